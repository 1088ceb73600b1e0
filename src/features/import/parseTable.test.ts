import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTable, readRecords } from './parseTable';
import type { ParseResult, SourceRow } from './rows';

const rowsOf = (result: ParseResult): SourceRow[] => {
  if (!result.ok) throw new Error(`file problem ${result.problem.code}`);
  return result.rows;
};
const row = (line: number, summary: string, start: string, last: string, isOff = true, description = '') => ({
  kind: 'row',
  line,
  summary,
  start,
  last,
  isOff,
  description,
});

describe('parseTable', () => {
  it('finds the header under a title line, and takes Excel’s “sep=;” line as the delimiter (attacker round 7)', () => {
    expect(rowsOf(parseTable('2026年节假日安排\n名称,开始日期,休息日\n国庆,2026-10-01,是\n'))).toEqual([row(3, '国庆', '2026-10-01', '2026-10-01')]);
    expect(rowsOf(parseTable('sep=;\r\nSummary;Start date;Day off\r\nOffsite;2026-06-11;no\r\n'))).toEqual([row(3, 'Offsite', '2026-06-11', '2026-06-11', false)]);
    // Rows above the header are no title: not skipped without a word, the columns are said missing (attacker round 8).
    expect(parseTable('国庆调休,2026-10-10,否\n名称,开始日期,休息日\n国庆,2026-10-01,是\n')).toMatchObject({ ok: false, problem: { code: 'missingColumns' } });
    // A first line that names no column and a table without the needed ones: still said missing.
    expect(parseTable('Holidays\nName,Date\nA,2026-10-01\n')).toMatchObject({ ok: false, problem: { code: 'missingColumns' } });
  });

  it('reads a CSV with the form labels as headers', () => {
    const csv = 'Summary,Start date,End date,Day off,Description\nNational Day,2026-10-01,2026-10-07,yes,Golden week\nMake-up day,2026-10-10,,no,\n';
    expect(rowsOf(parseTable(csv))).toEqual([row(2, 'National Day', '2026-10-01', '2026-10-07', true, 'Golden week'), row(3, 'Make-up day', '2026-10-10', '2026-10-10', false)]);
  });

  it('reads cells copied from a spreadsheet (tabs), Chinese headers in any order, dates as typed there', () => {
    const tsv = '休息日\t结束日期\t名称\t开始日期\n是\t2026年10月7日\t国庆节\t2026/10/1\n否\t\t调休上班\t2026-9-28\n';
    expect(rowsOf(parseTable(tsv))).toEqual([row(2, '国庆节', '2026-10-01', '2026-10-07'), row(3, '调休上班', '2026-09-28', '2026-09-28', false)]);
  });

  it('matches headers in any case with spaces around them, and ignores other columns', () => {
    const csv = ' SUMMARY , start DATE ,Notes\nOffsite,2026-06-01,ignored\n';
    expect(rowsOf(parseTable(csv))).toEqual([row(2, 'Offsite', '2026-06-01', '2026-06-01')]);
  });

  it('takes a missing Day off column or an empty cell as a day off', () => {
    expect(rowsOf(parseTable('Summary,Start date\nA,2026-01-01\n'))[0]).toMatchObject({ isOff: true });
    expect(rowsOf(parseTable('Summary,Start date,Day off\nA,2026-01-01,\n'))[0]).toMatchObject({ isOff: true });
  });

  it("reads Excel's text: byte order mark, CRLF, quoted cells with line breaks, tabs and quotes", () => {
    const excel = '\uFEFFSummary\tStart date\tEnd date\tDay off\tDescription\r\n' +
      'Spring Festival\t2026-02-16\t2026-02-22\tTRUE\t"First line\r\nsecond ""quoted"" line\twith a tab"\r\n' +
      'Team day\t2026-03-02\t\tFALSE\t\r\n';
    expect(rowsOf(parseTable(excel))).toEqual([
      row(2, 'Spring Festival', '2026-02-16', '2026-02-22', true, 'First line\nsecond "quoted" line\twith a tab'),
      row(4, 'Team day', '2026-03-02', '2026-03-02', false), // line 4: the quoted cell ran over two lines
    ]);
  });

  it('picks the tab for a paste whose descriptions hold commas, and reads semicolon CSV', () => {
    expect(rowsOf(parseTable('Summary\tStart date\tDescription\nA\t2026-01-01\tone, two, three, four\n'))[0]).toMatchObject({ description: 'one, two, three, four' });
    expect(rowsOf(parseTable('Summary;Start date;End date\nA;2026-01-01;2026-01-02\n'))[0]).toMatchObject({ last: '2026-01-02' });
  });

  it('skips blank lines and rows of empty cells, counting lines as the file has them', () => {
    const csv = '\n\nSummary,Start date\n\n,\nA,2026-01-01\r\rB,2026-01-02';
    expect(rowsOf(parseTable(csv)).map((r) => [r.line, r.summary])).toEqual([
      [6, 'A'],
      [8, 'B'],
    ]);
  });

  it('reads back a cell an export protected from spreadsheet formulas', () => {
    expect(rowsOf(parseTable(`Summary,Start date\n"'=1+1",2026-01-01\n'-1 day,2026-01-02\n`)).map((r) => r.summary)).toEqual(['=1+1', '-1 day']);
  });

  it('gives each bad row a reason code, its line and what it read', () => {
    // What was read, kept for mending the row in the preview: the dates as written.
    const draft = (summary: string, start: string, last: string) => ({ summary, start, last, isOff: true, description: '' });
    const csv = [
      'Summary,Start date,End date,Day off,Description',
      'No start,,,,',
      'Bad start,2026-02-30,,,',
      'Bad end,2026-01-01,01/05/2026,,',
      'Backwards,2026-01-05,2026-01-01,,',
      'Odd kind,2026-01-01,,maybe,',
      ',2026-01-01,,,',
      `${'x'.repeat(41)},2026-01-01,,,`,
      `Long text,2026-01-01,,,${'y'.repeat(501)}`,
      'Whole year and more,2026-01-01,2027-06-30,,',
    ].join('\n');
    expect(rowsOf(parseTable(csv))).toEqual([
      { kind: 'invalid', line: 2, summary: 'No start', problem: { code: 'dateMissing', column: 'startDate' }, draft: draft('No start', '', '') },
      { kind: 'invalid', line: 3, summary: 'Bad start', problem: { code: 'badDate', column: 'startDate', value: '2026-02-30' }, draft: draft('Bad start', '2026-02-30', '') },
      { kind: 'invalid', line: 4, summary: 'Bad end', problem: { code: 'badDate', column: 'endDate', value: '01/05/2026' }, draft: draft('Bad end', '2026-01-01', '01/05/2026') },
      { kind: 'invalid', line: 5, summary: 'Backwards', problem: { code: 'endBeforeStart' }, draft: draft('Backwards', '2026-01-05', '2026-01-01') },
      { kind: 'invalid', line: 6, summary: 'Odd kind', problem: { code: 'badDayOff', value: 'maybe' }, draft: draft('Odd kind', '2026-01-01', '') },
      { kind: 'invalid', line: 7, summary: '', problem: { code: 'summaryEmpty' }, draft: draft('', '2026-01-01', '2026-01-01') },
      { kind: 'invalid', line: 8, summary: 'x'.repeat(41), problem: { code: 'summaryTooLong', length: 41, max: 40 }, draft: draft('x'.repeat(41), '2026-01-01', '2026-01-01') },
      {
        kind: 'invalid',
        line: 9,
        summary: 'Long text',
        problem: { code: 'descriptionTooLong', length: 501, max: 500 },
        draft: { ...draft('Long text', '2026-01-01', '2026-01-01'), description: 'y'.repeat(501) },
      },
      { kind: 'invalid', line: 10, summary: 'Whole year and more', problem: { code: 'tooLong', days: 546, max: 366 }, draft: draft('Whole year and more', '2026-01-01', '2027-06-30') },
    ]);
  });

  it('reports a quote that never closes on its row, keeping the rows before it', () => {
    const rows = rowsOf(parseTable('Summary,Start date\nA,2026-01-01\n"B,2026-01-02\nC,2026-01-03\n'));
    expect(rows).toEqual([row(2, 'A', '2026-01-01', '2026-01-01'), { kind: 'invalid', line: 3, summary: 'B,2026-01-02\nC,2026-01-03\n', problem: { code: 'unclosedQuote' } }]);
  });

  it('names the missing required columns in one file problem', () => {
    expect(parseTable('Name,Date\nA,2026-01-01\n')).toEqual({ ok: false, problem: { code: 'missingColumns', columns: ['summary', 'startDate'] } });
    expect(parseTable('名称,结束日期\nA,2026-01-01\n')).toEqual({ ok: false, problem: { code: 'missingColumns', columns: ['startDate'] } });
    expect(parseTable('2026-01-01,National Day\n')).toMatchObject({ ok: false, problem: { code: 'missingColumns' } });
  });

  it('reports an empty text as empty', () => {
    for (const text of ['', '  \n\t\n', '\uFEFF', '""', ',,,\n']) expect(parseTable(text), JSON.stringify(text)).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('refuses a table far larger than a year of holidays', () => {
    const csv = `Summary,Start date\n${'A,2026-01-01\n'.repeat(5001)}`;
    expect(parseTable(csv)).toEqual({ ok: false, problem: { code: 'tooManyRows', rows: 5001, max: 5000 } });
  });

  it('stops reading as soon as the rows pass the limit: 160,000 CR-separated rows (2 MB) are not all visited', () => {
    const csv = `Summary,Start date\r${'a,2026-01-01\r'.repeat(160_000)}`;
    expect(parseTable(csv)).toEqual({ ok: false, problem: { code: 'tooManyRows', rows: 160_000, max: 5000 } });
    const { records, stopped } = readRecords(csv.replace(/\r/g, '\n'), ',', 5000);
    expect(stopped).toEqual({ rows: 5001, at: expect.any(Number) });
    expect(records).toHaveLength(5002); // the header, 5,000 rows, and the one past the limit
    // At the limit, every row is read (the header, 5,000 rows and the empty record after the last line end).
    expect(readRecords(`Summary,Start date\n${'a,2026-01-01\n'.repeat(5000)}`, ',', 5000)).toMatchObject({ stopped: undefined, records: { length: 5002 } });
  });

  it('never throws, whatever it is given', () => {
    const unit = fc.constantFrom('Summary', 'Start date', '名称', ',', '\t', ';', '"', '\n', '\r', '\r\n', '2026-01-01', '\uFEFF', 'yes', ' ', 'x', '\u0000');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const result = parseTable(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void parseTable(`Summary,Start date\n${text}`)));
  });
});
