import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { copyRows, daysOffOf } from './copyRows';
import { calEvent } from '../../core/calEvent.fixture';
import { toExclusiveEnd } from '../../core/dates';
import { isTickedByDefault, isYearly, preview, type PreviewRow } from './preview';
import { movedHolidayCheck, publicHolidayRows } from './publicHolidays';
import type { HolidayCheck } from './movedHolidays';
import { reviseRow } from './revise';
import type { SourceRow } from './rows';

const event = (start_at: string, end_at: string, more: Partial<CalEventItem> = {}) => calEvent({ event_id: `cale.${start_at}`, summary: 'Holiday', description: 'Why', start_at, end_at, ...more });
const spans = (rows: ReturnType<typeof copyRows>) => rows.map((r) => (r.kind === 'row' ? `${r.start}..${r.last}` : r.problem.code));

describe('copyRows', () => {
  it('keeps the events as they are without a target year, end_at made the last day', () => {
    expect(copyRows([event('2026-10-01', '2026-10-08', { is_off: false, summary: 'Duty' })])).toEqual([
      { kind: 'row', line: 1, summary: 'Duty', start: '2026-10-01', last: '2026-10-07', isOff: false, description: 'Why' },
    ]);
  });

  it('moves events to the target year, same month and day, same length', () => {
    expect(spans(copyRows([event('2026-05-01', '2026-05-06'), event('2026-12-25', '2026-12-26')], 2027))).toEqual(['2027-05-01..2027-05-05', '2027-12-25..2027-12-25']);
    expect(spans(copyRows([event('2026-05-01', '2026-05-06')], 2025))).toEqual(['2025-05-01..2025-05-05']);
  });

  it('moves an event over New Year with its start', () => {
    expect(spans(copyRows([event('2026-12-31', '2027-01-03')], 2027))).toEqual(['2027-12-31..2028-01-02']);
  });

  it('makes 29 February the 28th in a common year, and keeps it in a leap year', () => {
    expect(spans(copyRows([event('2028-02-29', '2028-03-02')], 2029))).toEqual(['2029-02-28..2029-03-01']);
    expect(spans(copyRows([event('2028-02-29', '2028-03-01')], 2032))).toEqual(['2032-02-29..2032-02-29']);
    expect(spans(copyRows([event('2027-02-28', '2027-03-01')], 2028))).toEqual(['2028-02-28..2028-02-28']);
  });

  it('checks each copy with the form rules, and reports events it cannot read', () => {
    const rows = copyRows([event('2026-01-01', '2026-01-02', { summary: 'x'.repeat(41) }), event('2026-01-05', '2026-01-05'), event('soon', '2026-01-02')], 2027);
    expect(rows.map((r) => (r.kind === 'invalid' ? [r.line, r.problem.code] : r.line))).toEqual([
      [1, 'summaryTooLong'],
      [2, 'endBeforeStart'],
      [3, 'badDate'],
    ]);
  });
});

describe('copyRows: dates that do not repeat in another year', () => {
  const CAL = { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] };
  const yearly = (rows: SourceRow[]) => rows.map((r) => r.kind === 'row' && (r.notes ?? []).some((n) => n.code === 'yearly'));

  it('notes every working day moved to another year, and a day off only when the check says its holiday differs', () => {
    const events = [event('2025-09-06', '2025-09-08', { is_off: false }), event('2025-03-18', '2025-03-19'), event('2025-10-05', '2025-10-06')];
    const scheduleDay: HolidayCheck = (r) => (r.start === '2025-10-05' && r.moved === '2026-10-05' ? 'moves' : undefined);
    expect(yearly(copyRows(events, 2026, scheduleDay))).toEqual([true, false, true]);
    expect(copyRows(events, 2026, scheduleDay)[0]).toMatchObject({ notes: [{ code: 'yearly', year: 2026 }] });
    // Not moved (the same year, or no target year): nothing to note.
    expect(yearly(copyRows(events, 2025, scheduleDay))).toEqual([false, false, false]);
    expect(yearly(copyRows(events, undefined, scheduleDay))).toEqual([false, false, false]);
  });

  it.each(['Asia/Shanghai', 'America/Los_Angeles'])('China 2025 moved to 2026 (a calendar in %s): every holiday and make-up working day unticked with its reason, a fixed private day ticked', (zone) => {
    const china2025 = publicHolidayRows('CN', 2025, 'zh-CN').flatMap((r) => (r.kind === 'row' ? [r] : []));
    expect(china2025).toHaveLength(13);
    const events = [
      ...china2025.map((r) => event(r.start, toExclusiveEnd(r.last), { summary: r.summary, is_off: r.isOff, description: '' })),
      event('2025-03-18', '2025-03-19', { summary: '公司成立日', description: '' }),
    ];
    const rows = copyRows(events, 2026, movedHolidayCheck(zone, daysOffOf(events)));
    const shown = preview(rows, { calendar: CAL, items: [], year: 2026 }).rows;
    // The attacker's wrong dates (春节 from 28 January, 端午 from 31 May, the working Sundays 8 Feb and 11 Oct) are among them.
    const dates = (p: PreviewRow) => (p.status === 'invalid' ? '' : `${p.row.start}..${p.row.last}`);
    expect(shown.filter((p) => !isTickedByDefault(p)).map(dates)).toEqual(expect.arrayContaining(['2026-01-28..2026-02-04', '2026-05-31..2026-06-02', '2026-02-08..2026-02-08', '2026-10-11..2026-10-11']));
    expect(shown.filter(isTickedByDefault).map((p) => p.row.summary)).toEqual(['公司成立日']);
    // Each of the 13 is unticked for its date (not for being already so): the preview says why.
    expect(shown.filter((p) => p.status !== 'invalid' && isYearly(p.row))).toHaveLength(13);
    // The moved rows that miss the 2026 schedule as published (all but 劳动节, 1–5 May both years): none ticked.
    const real = new Set(publicHolidayRows('CN', 2026, 'zh-CN').map((r) => (r.kind === 'row' ? `${r.start}..${r.last}|${r.isOff}` : '')));
    const wrong = shown.filter((p) => p.status !== 'invalid' && !real.has(`${dates(p)}|${p.row.isOff}`));
    expect(wrong.length).toBeGreaterThanOrEqual(12);
    expect(wrong.filter((p) => p.row.summary !== '公司成立日' && isTickedByDefault(p))).toEqual([]);
  });

  it('drops the note once the scheduler sets the dates, not when only the kind changes', () => {
    const [moved] = copyRows([event('2025-09-06', '2025-09-07', { is_off: false })], 2026);
    expect(yearly([reviseRow(moved, { isOff: true })])).toEqual([true]);
    expect(yearly([reviseRow(moved, { start: '2026-09-05', last: '2026-09-05' })])).toEqual([false]);
  });
});
