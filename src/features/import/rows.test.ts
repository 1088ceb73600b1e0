import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_DAYS, checkRow, type RowCandidate } from './rows';

const candidate = (more: Partial<RowCandidate> = {}): RowCandidate => ({
  line: 2,
  summary: 'National Day',
  start: '2026-10-01',
  last: '2026-10-07',
  isOff: true,
  description: '',
  ...more,
});

describe('checkRow', () => {
  it('passes a valid row, its summary trimmed as the form trims it', () => {
    expect(checkRow(candidate({ summary: '  National Day ' }))).toEqual({
      kind: 'row',
      line: 2,
      summary: 'National Day',
      start: '2026-10-01',
      last: '2026-10-07',
      isOff: true,
      description: '',
    });
  });

  it('applies the form rules, each with a reason code and what a message needs', () => {
    const problem = (more: Partial<RowCandidate>) => {
      const row = checkRow(candidate(more));
      return row.kind === 'invalid' ? row.problem : undefined;
    };
    expect(problem({ summary: '  ' })).toEqual({ code: 'summaryEmpty' });
    expect(problem({ summary: '\u200b' })).toEqual({ code: 'summaryInvisible' });
    expect(problem({ summary: 'x'.repeat(41) })).toEqual({ code: 'summaryTooLong', length: 41, max: 40 });
    expect(problem({ summary: '国'.repeat(40) })).toBeUndefined();
    expect(problem({ summary: 'a\u202Eb' })).toEqual({ code: 'controlCharacters', column: 'summary' });
    expect(problem({ description: 'x'.repeat(501) })).toEqual({ code: 'descriptionTooLong', length: 501, max: 500 });
    expect(problem({ description: 'a\u0000' })).toEqual({ code: 'controlCharacters', column: 'description' });
    expect(problem({ description: 'two\nlines' })).toBeUndefined();
    expect(problem({ last: '2026-09-30' })).toEqual({ code: 'endBeforeStart' });
    expect(problem({ start: '' })).toEqual({ code: 'dateMissing', column: 'startDate' });
    expect(problem({ last: '2026-02-30' })).toEqual({ code: 'badDate', column: 'endDate', value: '2026-02-30' });
  });

  it('refuses a row longer than a year, most likely an end date in the wrong year', () => {
    expect(checkRow(candidate({ start: '2026-01-01', last: '2026-12-31' })).kind).toBe('row');
    const row = checkRow(candidate({ start: '2026-10-01', last: '2027-10-07' }));
    expect(row).toMatchObject({ kind: 'invalid', line: 2, summary: 'National Day', problem: { code: 'tooLong', days: 372, max: MAX_IMPORT_DAYS } });
  });

  it('keeps the summary as read on an invalid row, so the reader can find it', () => {
    expect(checkRow(candidate({ summary: ' Long '.repeat(10) }))).toMatchObject({ kind: 'invalid', summary: ' Long '.repeat(10) });
  });
});
