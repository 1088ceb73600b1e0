// Apple's 中国大陆节假日 holiday calendar (iCloud), in its shape (testdata/appleCn2026.ts): each
// holiday's days off as “元旦（休）” marked X-APPLE-SPECIAL-DAY:WORK-HOLIDAY, its make-up working days
// “元旦（班）” marked ALTERNATE-WORKDAY, and beside them, unmarked, the festivals, the holidays' own names
// (a yearly series) and the solar terms (attacker round 10, H1: they were all imported as days off, 45
// days instead of 19).
import { describe, expect, it } from 'vitest';
import { weekday } from '../../core/dates';
import { parseIcs } from './parseIcs';
import { isTickedByDefault, preview, yearImpact } from './preview';
import { APPLE_CN_2026, appleEvent } from './testdata/appleCn2026';
import { wrongDays } from './testdata/chinaOfficial';

const PLAIN = ['元旦 2026-01-01', '立春 2026-02-04', '除夕 2026-02-16', '春节 2026-02-17', '元宵节 2026-03-03', '植树节 2026-03-12', '清明 2026-04-05', '立夏 2026-05-05', '儿童节 2026-06-01', '端午节 2026-06-19', '七夕 2026-08-19', '教师节 2026-09-10', '中秋节 2026-09-25', '国庆节 2026-10-01', '冬至 2026-12-22', '平安夜 2026-12-24', '圣诞节 2026-12-25'];

describe('Apple’s 中国大陆节假日 calendar', () => {
  const parsed = parseIcs(APPLE_CN_2026, 2026, 'Asia/Shanghai');
  const rows = parsed.ok ? parsed.rows : [];
  const context = { calendar: { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] }, items: [], year: 2026 };
  const shown = preview(rows, context).rows;
  const unmarked = (p: (typeof shown)[number]) => p.row.kind === 'row' && (p.row.notes ?? []).some((n) => n.code === 'appleUnmarked');

  it('unticks every unmarked event (festivals, solar terms, the holidays’ own names), with its reason', () => {
    expect(shown.filter(unmarked).map((p) => `${p.row.summary} ${p.row.kind === 'row' ? p.row.start : ''}`).sort()).toEqual([...PLAIN].sort());
    for (const p of shown.filter(unmarked)) {
      expect(isTickedByDefault(p), p.row.summary).toBe(false);
      expect(p.row.kind === 'row' && p.row.notes).toEqual([{ code: 'appleUnmarked' }]);
    }
  });

  it('keeps the marked days off and make-up working days, ticked where they change a day: 0 wrong days of 2026', () => {
    expect(shown.filter((p) => !unmarked(p))).toHaveLength(13);
    const ticked = shown.flatMap((p) => (isTickedByDefault(p) && p.row.kind === 'row' ? [p.row] : []));
    const { becomeOff, becomeWorking } = yearImpact(ticked, context);
    const weekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;
    expect(wrongDays(2026, (d) => (weekend(d) ? !becomeWorking.includes(d) : becomeOff.includes(d)))).toEqual([]);
  });

  it('keeps Apple’s name of a make-up working day, which says so (春节（班）), and names a day off as the holiday (春节)', () => {
    const marked = shown.filter((p) => !unmarked(p)).map((p) => p.row);
    expect(marked.filter((r) => r.kind === 'row' && r.start.startsWith('2026-02')).map((r) => [r.summary, r.kind === 'row' && r.isOff])).toEqual([
      ['春节（班）', false],
      ['春节', true],
      ['春节（班）', false],
    ]);
  });

  it('reads an unmarked event as before in a file without Apple’s marking', () => {
    const alone = parseIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', ...appleEvent('公司年会', '2026-01-16'), 'END:VCALENDAR', ''].join('\r\n'), 2026);
    expect(alone.ok && alone.rows).toEqual([expect.objectContaining({ summary: '公司年会', isOff: true })]);
    expect(alone.ok && alone.rows[0].kind === 'row' && alone.rows[0].notes).toBeFalsy();
  });
});
