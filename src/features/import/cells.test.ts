import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseDateCell, parseDayOffCell, restoreFormula } from './cells';

describe('parseDateCell', () => {
  it('reads the forms people and spreadsheets write', () => {
    for (const cell of ['2026-10-01', '2026-10-1', '2026/10/01', '2026/10/1', '2026年10月1日', '2026 年 10 月 1 日', ' 2026-10-01 ']) {
      expect(parseDateCell(cell), cell).toBe('2026-10-01');
    }
    expect(parseDateCell('2026-2-3')).toBe('2026-02-03');
  });

  it('refuses dates that do not exist, and forms whose order is a guess', () => {
    for (const cell of ['2026-02-29', '2026-13-01', '2026/4/31', '10/01/2026', '01.10.2026', '26-10-01', '2026-10', '', 'tomorrow', '2026-10-01 00:00']) {
      expect(parseDateCell(cell), cell).toBeUndefined();
    }
    expect(parseDateCell('2028-02-29')).toBe('2028-02-29');
  });
});

describe('parseDayOffCell', () => {
  it('reads yes and no in words, numbers and both languages, in any case', () => {
    for (const cell of ['yes', 'YES', 'Y', 'true', 'TRUE', '1', '是', 'day off', ' Day  Off ', '休息日']) expect(parseDayOffCell(cell), cell).toBe(true);
    for (const cell of ['no', 'No', 'n', 'false', 'FALSE', '0', '否', 'working day', 'Working day', '工作日']) expect(parseDayOffCell(cell), cell).toBe(false);
  });

  it('takes an empty cell as a day off, as the form starts', () => {
    expect(parseDayOffCell('')).toBe(true);
    expect(parseDayOffCell('  ')).toBe(true);
  });

  it('refuses other words', () => {
    for (const cell of ['maybe', '2', 'holiday?', '√']) expect(parseDayOffCell(cell), cell).toBeUndefined();
  });
});

describe('neutraliseFormula', () => {
  it('puts an apostrophe before a text a spreadsheet would run', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('-1 day')).toBe("'-1 day");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('  =1')).toBe("'  =1");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('\r\nx')).toBe("'\r\nx");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['National Day', 'a=b', '国庆节', "It's", '', '1-2']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('reads back every text as it was written, apostrophes included', () => {
    for (const text of ["'=1", "''-x", "'plain", "'", '=1']) expect(restoreFormula(neutraliseFormula(text))).toBe(text);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', '\t', '\r', '\n', '\r\n', 'a', '1') }), (text) => {
        expect(restoreFormula(neutraliseFormula(text))).toBe(text);
        // An import reads CRLF and CR as LF before it reads cells.
        const lf = (t: string) => t.replace(/\r\n?/g, '\n');
        expect(restoreFormula(lf(neutraliseFormula(text)))).toBe(lf(text));
        expect(neutraliseFormula(text)).not.toMatch(/^\s*[=+\-@]/);
      }),
    );
  });
});
