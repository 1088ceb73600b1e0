import { describe, expect, it } from 'vitest';
import { calEvent } from '../../core/calEvent.fixture';
import { checkedRows, contextYears, MAX_CONTEXT_YEARS } from './contextLists';
import { preview } from './preview';
import { reviseRow } from './revise';
import { checkRow, type ImportRow } from './rows';

const row = (start: string, last = start) => checkRow({ line: 2, summary: 'Company anniversary', start, last, isOff: true, description: '' });

describe('contextYears', () => {
  it('reads the shown year and the years the rows start and end in, the nearest first', () => {
    expect(contextYears([row('2026-12-31', '2027-01-02'), row('2024-05-01')], 2026)).toEqual([2026, 2027, 2024]);
    expect(contextYears(undefined, 2026)).toEqual([2026]);
  });

  it('reads the year a mend moved a row into (Change dates), not only the year it was read with', () => {
    const mended = reviseRow(row('2026-03-18'), { start: '2027-03-18', last: '2027-03-18' });
    expect(contextYears([mended], 2026)).toEqual([2026, 2027]);
  });

  it('leaves out an invalid row and keeps at most the nearest years', () => {
    const invalid = reviseRow(row('2026-03-18'), { start: '2027-13-40' });
    expect(contextYears([invalid], 2026)).toEqual([2026]);
    const many = Array.from({ length: MAX_CONTEXT_YEARS + 5 }, (_, i) => row(`${2026 + i}-01-01`));
    expect(contextYears(many, 2026)).toEqual(Array.from({ length: MAX_CONTEXT_YEARS }, (_, i) => 2026 + i));
  });

  it('reads every year of a fixed day off planned 16 years ahead (2023 to 2038): the far years are checked too', () => {
    const rows = Array.from({ length: 16 }, (_, i) => row(`${2023 + i}-03-18`));
    expect([...contextYears(rows, 2026)].sort()).toEqual(Array.from({ length: 16 }, (_, i) => 2023 + i));
  });
});

describe('checkedRows', () => {
  const CAL = { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] };
  const rows = Array.from({ length: 16 }, (_, i) => row(`${2023 + i}-03-18`) as ImportRow);

  it('judges every year the rows touch by its events: a day off already there in 2038 is skipped, not stored twice', () => {
    const years = contextYears(rows, 2026);
    const saved = calEvent({ summary: 'Company anniversary', start_at: '2038-03-18', end_at: '2038-03-19' });
    const shown = preview(checkedRows(rows, years), { calendar: CAL, items: [saved], year: 2026 });
    expect(shown.rows[15]).toMatchObject({ status: 'already', sameAs: { event: saved } });
    // The days of every year are looked up, the far ones too: 18 Mar falls on a weekend in 2023, 2028, 2029, 2034 and 2035: days off already.
    expect(shown.rows.filter((p) => p.status === 'unchanged').map((p) => p.row.kind === 'row' && p.row.start)).toEqual(['2023-03-18', '2028-03-18', '2029-03-18', '2034-03-18', '2035-03-18']);
  });

  it('refuses a row in a year not read as not checked, and keeps its refusal while it is not mended', () => {
    const years = contextYears(rows, 2026).filter((y) => y !== 2037);
    const checked = checkedRows(rows, years);
    expect(checked[14]).toMatchObject({ kind: 'invalid', problem: { code: 'yearNotChecked', year: 2037, max: MAX_CONTEXT_YEARS }, draft: { start: '2037-03-18', last: '2037-03-18' } });
    expect(checkedRows(rows, years)[14]).toBe(checked[14]);
    expect(checked.filter((r) => r.kind === 'invalid')).toHaveLength(1);
    const across = row('2037-12-31', '2038-01-01');
    expect(checkedRows([across], [2038])[0]).toMatchObject({ problem: { code: 'yearNotChecked', year: 2037 } });
  });

  it('refuses a row before 2023, the first year the calendar lists: it can be neither checked nor shown', () => {
    expect(row('2022-03-18')).toMatchObject({ kind: 'invalid', problem: { code: 'beforeFirstYear', first: 2023 }, draft: { start: '2022-03-18' } });
    expect(row('2022-12-31', '2023-01-01')).toMatchObject({ kind: 'invalid', problem: { code: 'beforeFirstYear' } });
    expect(row('2023-01-01')).toMatchObject({ kind: 'row' });
  });
});
