import { describe, expect, it } from 'vitest';
import { contextYears, MAX_CONTEXT_YEARS } from './contextLists';
import { reviseRow } from './revise';
import { checkRow } from './rows';

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
    const many = Array.from({ length: 20 }, (_, i) => row(`${2026 + i}-01-01`));
    expect(contextYears(many, 2026)).toHaveLength(MAX_CONTEXT_YEARS);
  });
});
