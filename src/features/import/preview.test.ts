import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { createPreviewer, impactYearOf, isImportable, isTickedByDefault, preview, yearImpact, type PreviewContext } from './preview';
import { reviseRow } from './revise';
import type { ImportRow, SourceRow } from './rows';
import { calEvent } from '../../core/calEvent.fixture';

const CAL = { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] };
let n = 0;
const event = (start_at: string, end_at: string, is_off: boolean, summary: string, more: Partial<CalEventItem> = {}) =>
  calEvent({ cal_id: CAL.cal_id, event_id: `cale.${++n}`, summary, start_at, end_at, is_off, created_at: 1000 + n, updated_at: 1000 + n, ...more });
let line = 1;
const row = (start: string, last: string, isOff: boolean, summary: string): ImportRow => ({ kind: 'row', line: ++line, summary, start, last, isOff, description: '' });
const context = (items: CalEventItem[]): PreviewContext => ({ calendar: CAL, items, year: 2026 });

describe('preview', () => {
  const national = event('2026-10-01', '2026-10-08', true, 'National Day');
  const duty = event('2026-10-03', '2026-10-05', false, 'On-call duty');
  const publicHoliday = event('2026-05-01', '2026-05-06', true, 'Labour Day', { cal_id: 'zh-cn.china.official', event_id: 'pub.1' });
  const restDay = event('2026-05-02', '2026-05-03', true, 'non-working day (Saturday)', { event_id: 'non_work.20260502', created_at: 0, updated_at: 0 });
  const items = [publicHoliday, restDay, national, duty];

  it('marks a row the calendar has already (same days, kind and trimmed summary) and a repeated row as already there', () => {
    const same = row('2026-10-01', '2026-10-07', true, 'National Day');
    const again = row('2026-12-25', '2026-12-25', true, 'Christmas');
    const repeated = { ...again, line: 99, summary: ' Christmas ' };
    const result = preview([same, again, repeated], context(items));
    expect(result.rows).toEqual([
      { status: 'already', row: same, sameAs: { event: national } },
      { status: 'new', row: again },
      { status: 'already', row: repeated, sameAs: { line: again.line } },
    ]);
    expect(result.counts).toEqual({ new: 1, unchanged: 0, already: 2, overlaps: 0, invalid: 0 });
  });

  it('does not call a row the same when its days, kind or summary differ', () => {
    const rows = [row('2026-10-01', '2026-10-06', true, 'National Day'), row('2026-10-01', '2026-10-07', false, 'National Day'), row('2026-10-01', '2026-10-07', true, 'National day')];
    expect(preview(rows, context(items)).rows.map((r) => r.status)).toEqual(['overlaps', 'overlaps', 'overlaps']);
  });

  it('names the own events a row overlaps, and flags one of the other kind', () => {
    const result = preview([row('2026-10-04', '2026-10-09', true, 'Longer holiday'), row('2026-10-07', '2026-10-09', true, 'Team days'), row('2026-05-01', '2026-05-01', true, 'Labour Day')], context(items));
    expect(result.rows[0]).toMatchObject({ status: 'overlaps', overlapping: [national, duty], oppositeKind: true });
    expect(result.rows[1]).toMatchObject({ status: 'overlaps', overlapping: [national], oppositeKind: false });
    // Public holidays and computed rest days are not own events: no overlap, nothing "already there";
    // but the linked calendar makes the day off already.
    expect(result.rows[2]).toMatchObject({ status: 'unchanged', by: 'public' });
  });

  it('calls a row whose days are already of its kind "already so", and flags one that contradicts the linked public-holiday calendar', () => {
    const makeUp = event('2026-05-09', '2026-05-10', false, 'Labour Day', { cal_id: 'zh-cn.china.official', event_id: 'pub.2' });
    const rows = [
      row('2026-05-02', '2026-05-03', true, '劳动节(休)'), // a public holiday on a weekend
      row('2026-05-09', '2026-05-09', false, '上班(补劳动节假期)'), // the linked calendar's make-up day
      row('2026-07-04', '2026-07-05', true, 'Weekend'), // the weekly rest days
      row('2026-05-04', '2026-05-04', false, 'Duty'), // a working day on a public holiday
      row('2026-05-08', '2026-05-09', true, 'Long weekend'), // a make-up day made off, and a Friday
    ];
    const result = preview(rows, context([...items, makeUp]));
    expect(result.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'new', 'new']);
    expect(result.rows[0]).toMatchObject({ by: 'public' });
    expect(result.rows[2]).toMatchObject({ by: 'pattern' });
    expect(result.rows[3]).toMatchObject({ contradicts: [publicHoliday] });
    expect(result.rows[4]).toMatchObject({ contradicts: [makeUp] });
    expect(result.counts).toMatchObject({ unchanged: 3, new: 2 });
  });

  it('passes invalid rows through with their reason and line', () => {
    const invalid: SourceRow = { kind: 'invalid', line: 7, summary: '', problem: { code: 'summaryEmpty' } };
    expect(preview([invalid], context(items)).rows).toEqual([{ status: 'invalid', row: invalid }]);
  });

  it('counts an own event listed in two years once', () => {
    const newYear = event('2026-12-31', '2027-01-02', true, 'New Year');
    const result = preview([row('2026-12-31', '2027-01-01', false, 'Duty')], context([newYear, { ...newYear }]));
    expect(result.rows[0]).toMatchObject({ status: 'overlaps', overlapping: [newYear] });
  });

  it('gives the days of the year that new and overlapping rows would change', () => {
    const rows = [
      row('2026-10-01', '2026-10-07', true, 'National Day'), // already there: not counted
      row('2026-10-09', '2026-10-10', true, 'Bridge day'), // Friday becomes off, Saturday already off
      row('2026-10-03', '2026-10-04', true, 'Weekend off'), // overlaps the duty (working) and makes it off again
      row('2026-05-02', '2026-05-02', false, 'Make-up Saturday'), // a public holiday and a weekend day: becomes working
    ];
    expect(preview(rows, context(items)).impact).toEqual({ becomeOff: ['2026-10-03', '2026-10-04', '2026-10-09'], becomeWorking: ['2026-05-02'] });
  });
});

describe('preview of a second source (other names for the same days)', () => {
  // The first source's events (Apple's 中国大陆节假日 names), then Public holidays → 中国 names them otherwise.
  const national = event('2026-10-01', '2026-10-08', true, '国庆');
  const makeUp = event('2026-02-14', '2026-02-15', false, '春节');
  const springA = event('2026-02-15', '2026-02-19', true, '春节');
  const springB = event('2026-02-19', '2026-02-24', true, '春节假期');

  it('calls a row on exactly an own event’s days and kind, whatever its name, already there: unticked, still tickable, naming that event', () => {
    const rows = [row('2026-10-01', '2026-10-07', true, '国庆节'), row('2026-02-14', '2026-02-14', false, '春节调休上班日')];
    const result = preview(rows, context([national, makeUp]));
    expect(result.rows).toEqual([
      { status: 'already', row: rows[0], sameAs: { named: national } },
      { status: 'already', row: rows[1], sameAs: { named: makeUp } },
    ]);
    expect(result.counts).toMatchObject({ new: 0, overlaps: 0, already: 2 });
    expect(result.rows.map(isTickedByDefault)).toEqual([false, false]);
    expect(result.rows.map(isImportable)).toEqual([true, true]);
    expect(result.impact).toEqual({ becomeOff: [], becomeWorking: [] });
  });

  it('does the same for a row whose days own events of its kind hold together, or a longer one: within them', () => {
    const rows = [row('2026-02-15', '2026-02-23', true, '春节'), row('2026-10-02', '2026-10-02', true, '国庆节 假期 第2天/共7天')];
    const result = preview(rows, context([springB, springA, national]));
    expect(result.rows).toEqual([
      { status: 'already', row: rows[0], sameAs: { within: [springB, springA] } },
      { status: 'already', row: rows[1], sameAs: { within: [national] } },
    ]);
    expect(result.rows.map(isTickedByDefault)).toEqual([false, false]);
  });

  it('keeps a row that would change a day as it was: another kind, a day left out, or an own event of the other kind among them', () => {
    const duty = event('2026-10-03', '2026-10-04', false, '值班');
    const gap = event('2026-02-21', '2026-02-24', true, '春节假期');
    const rows = [row('2026-10-01', '2026-10-07', false, '国庆节'), row('2026-10-01', '2026-10-09', true, '国庆节'), row('2026-02-15', '2026-02-23', true, '春节')];
    expect(preview(rows, context([national, springA, gap])).rows.map((r) => [r.status, isTickedByDefault(r)])).toEqual([
      ['overlaps', true],
      ['overlaps', true],
      ['overlaps', true],
    ]);
    const opposite = preview([row('2026-10-01', '2026-10-07', true, '国庆节')], context([national, duty])).rows[0];
    expect(opposite).toMatchObject({ status: 'overlaps', oppositeKind: true });
    expect(isTickedByDefault(opposite)).toBe(true);
  });

  it('still skips a row of the very same name without a tick box', () => {
    const same = preview([row('2026-10-01', '2026-10-07', true, '国庆')], context([national])).rows[0];
    expect(same).toEqual({ status: 'already', row: same.row, sameAs: { event: national } });
    expect(isImportable(same)).toBe(false);
  });
});

describe('createPreviewer', () => {
  const items = [event('2026-10-01', '2026-10-08', true, 'National Day'), event('2026-05-01', '2026-05-06', true, 'Labour Day', { cal_id: 'zh-cn.china.official', event_id: 'pub.9' })];

  it('answers an untouched row with the same object after an edit to another, and the edited row afresh', () => {
    const previewOf = createPreviewer(context(items)).preview;
    const rows: SourceRow[] = [row('2026-03-02', '2026-03-02', true, 'Team day'), row('2026-10-02', '2026-10-02', true, 'Offsite'), row('2026-06-01', '2026-06-01', true, 'Party')];
    const first = previewOf(rows);
    const edited = rows.map((r, i) => reviseRow(r, i === 2 ? { start: '2026-05-04', last: '2026-05-04' } : undefined));
    const second = previewOf(edited);
    expect(second.rows[0]).toBe(first.rows[0]);
    expect(second.rows[1]).toBe(first.rows[1]);
    // Moved out of the days the first call looked up, onto a public holiday: looked up again.
    expect(second.rows[2]).toMatchObject({ status: 'unchanged', by: 'public' });
    expect(second).toEqual(preview(edited, context(items)));
  });

  it('calls a row "already" once an edit makes an earlier row the same, and new again when it differs', () => {
    const previewOf = createPreviewer(context(items)).preview;
    const rows: SourceRow[] = [row('2026-03-02', '2026-03-02', true, 'Team day'), row('2026-03-02', '2026-03-02', true, 'Team days')];
    expect(previewOf(rows).rows[1].status).toBe('new');
    const same = rows.map((r, i) => reviseRow(r, i === 1 ? { summary: 'Team day' } : undefined));
    expect(previewOf(same).rows[1]).toEqual({ status: 'already', row: same[1], sameAs: { line: rows[0].line } });
    expect(previewOf(rows).rows[1].status).toBe('new');
  });
});

describe('yearImpact', () => {
  it('lets a later row decide over an earlier one, and counts only the year', () => {
    const rows = [row('2026-12-28', '2027-01-08', true, 'Winter break'), row('2026-12-31', '2026-12-31', false, 'Year-end duty')];
    expect(yearImpact(rows, context([]))).toEqual({ becomeOff: ['2026-12-28', '2026-12-29', '2026-12-30'], becomeWorking: [] });
  });

  it('changes nothing for no rows', () => {
    expect(yearImpact([], context([]))).toEqual({ becomeOff: [], becomeWorking: [] });
  });
});

describe('impactYearOf', () => {
  it('keeps the shown year while a row touches it, else takes the year most rows start in', () => {
    const newYear = row('2027-01-01', '2027-01-03', true, 'New Year');
    const makeUp = row('2027-01-09', '2027-01-09', false, 'Make-up day');
    const crossing = row('2026-12-31', '2027-01-01', true, 'Year end');
    expect(impactYearOf([newYear, makeUp], 2026)).toBe(2027);
    expect(impactYearOf([newYear, crossing], 2026)).toBe(2026);
    expect(impactYearOf([row('2028-05-01', '2028-05-01', true, 'A'), newYear, makeUp], 2026)).toBe(2027);
    expect(impactYearOf([row('2028-05-01', '2028-05-01', true, 'A'), newYear], 2026)).toBe(2027);
    expect(impactYearOf([], 2026)).toBe(2026);
  });

  it('counts the days of that year: rows of 2027 seen from 2026 change 2027, not nothing', () => {
    const rows = [row('2027-01-04', '2027-01-04', true, 'Extra day off')];
    const previewer = createPreviewer(context([]));
    expect(previewer.impact(rows)).toEqual({ becomeOff: [], becomeWorking: [] });
    expect(previewer.impact(rows, impactYearOf(rows, 2026))).toEqual({ becomeOff: ['2027-01-04'], becomeWorking: [] });
  });
});
