import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { textsFor } from '../../core/text';
import { impactDays } from './ImpactText';
import { IMPORT_TEXTS } from './importText';

const days = Array.from({ length: 19 }, (_, i) => addDays('2026-10-01', i));

describe('impactDays', () => {
  it('lists twelve days and counts the rest, as Chinese writes it: “…，另有 7 天”', () => {
    const text = impactDays(days, 'zh-CN', textsFor(IMPORT_TEXTS, 'zh-CN'));
    expect(text).toMatch(/、2026年10月12日周一，另有 7 天$/);
    expect(text).not.toContain('等另外');
  });

  it('in English: “…; and 7 more”; all days when there are twelve or fewer', () => {
    expect(impactDays(days, 'en', textsFor(IMPORT_TEXTS, 'en'))).toMatch(/12 Oct 2026; and 7 more$/);
    expect(impactDays(days.slice(0, 2), 'en', textsFor(IMPORT_TEXTS, 'en'))).not.toContain('more');
  });
});
