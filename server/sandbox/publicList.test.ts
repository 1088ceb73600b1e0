// A linkable public calendar's own list: what the settings form counts before a calendar links it.
import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../src/core/apiContract';
import { createSandbox } from './sandbox';

const sandbox = createSandbox();
const list = (body: unknown) => sandbox.handle('public-list', '/calendar/event/list', body, 'en') as { status: number; data: { items: CalEventItem[]; total: number } };

describe('event/list of a public-holiday calendar', () => {
  it('lists its holidays and make-up working days of the year, and nothing else', () => {
    const r = list({ cal_id: 'zh-cn.china.official', year: 2026 });
    expect(r.status).toBe(200);
    expect(r.data.total).toBeGreaterThan(0);
    expect(r.data.items.every((e) => e.cal_id === 'zh-cn.china.official')).toBe(true);
    expect(r.data.items.some((e) => !e.is_off)).toBe(true); // make-up working days are there
    expect(r.data.items.some((e) => e.event_id.startsWith('non_work.'))).toBe(false); // no computed rest days
  });

  it('lists a month of it', () => {
    const r = list({ cal_id: 'zh-cn.china.official', year: 2026, month: 10 });
    expect(r.data.items.length).toBeGreaterThan(0);
    expect(r.data.items.every((e) => e.start_at <= '2026-10-31' && e.end_at > '2026-10-01')).toBe(true);
  });

  it('still refuses an unknown calendar', () => {
    const r = sandbox.handle('public-list', '/calendar/event/list', { cal_id: 'xx.nowhere.official', year: 2026 }, 'en');
    expect('error' in r && r.error.code).toBe('ResourceNotFound');
  });
});
