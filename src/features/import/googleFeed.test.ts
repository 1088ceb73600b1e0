// A Google Calendar holiday feed (src/features/import/testdata/google-cn-2026.ics, written for these
// tests in the shape of Google's 中国的节假日 export): public holidays marked DESCRIPTION:公众假期,
// observances DESCRIPTION:纪念日 with Google's hint to hide them, every event TRANSP:TRANSPARENT.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcs } from './parseIcs';
import { isTickedByDefault, preview } from './preview';

describe('a Google Calendar 中国的节假日 feed (zh-CN)', () => {
  const text = readFileSync(new URL('./testdata/google-cn-2026.ics', import.meta.url), 'utf8');
  const parsed = parseIcs(text, 2026, 'Asia/Shanghai');
  const rows = parsed.ok ? parsed.rows : [];
  const shown = preview(rows, { calendar: { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] }, items: [], year: 2026 }).rows;
  const OBSERVANCES = ['情人节', '妇女节', '植树节', '青年节', '母亲节', '儿童节', '建军节', '教师节', '平安夜', '圣诞节'];
  const isObservance = (summary: string) => OBSERVANCES.includes(summary);

  it('unticks every observance by default, with its reason', () => {
    expect(shown).toHaveLength(23);
    const observances = shown.filter((p) => isObservance(p.row.summary));
    expect(observances.map((p) => p.row.summary)).toEqual(OBSERVANCES);
    for (const p of observances) {
      expect(isTickedByDefault(p), p.row.summary).toBe(false);
      expect(p.row.kind === 'row' && p.row.notes).toEqual([{ code: 'observance', word: '纪念日' }]);
    }
  });

  it('keeps every public holiday and make-up working day as it was: ticked, without a note', () => {
    const holidays = shown.filter((p) => !isObservance(p.row.summary));
    expect(holidays).toHaveLength(13);
    for (const p of holidays) {
      expect(isTickedByDefault(p), p.row.summary).toBe(true);
      expect(p.row.kind === 'row' && (p.row.notes ?? []).filter((n) => n.code === 'observance')).toEqual([]);
    }
    expect(holidays.filter((p) => p.row.kind === 'row' && !p.row.isOff).map((p) => p.row.summary)).toEqual(['元旦补班', '春节补班', '春节补班', '劳动节补班', '国庆节补班', '国庆节补班']);
  });
});
