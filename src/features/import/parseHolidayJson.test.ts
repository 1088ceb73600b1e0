// NateScarlet's holiday-cn JSON (attacker round 6, L2): the shape of its 2026.json, shortened to three
// holidays and the next year's first day; the file, read through the worker's job as a chosen file is.
import { describe, expect, it } from 'vitest';
import { textsFor } from '../../core/text';
import { IMPORT_TEXTS } from './importText';
import { fileProblemText } from './problemText';
import { runReadJob, type FileRead, type SourceRead } from './readSource';

const day = (name: string, date: string, isOffDay: boolean) => ({ name, date, isOffDay });
/** As holiday-cn writes it (pretty-printed, with its $schema and papers), a few days of 2026 and of 2027. */
const HOLIDAY_CN_2026 = JSON.stringify(
  {
    $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
    $id: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2026.json',
    year: 2026,
    papers: ['https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm'],
    days: [
      day('元旦', '2026-01-01', true), day('元旦', '2026-01-02', true), day('元旦', '2026-01-03', true), day('元旦', '2026-01-04', false),
      // Out of order in the list, and split by a make-up working day: still the days as they are.
      day('国庆节', '2026-10-10', false), day('国庆节', '2026-09-20', false),
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => day('国庆节', `2026-10-${d}`, true)),
      day('元旦', '2027-01-01', true),
    ],
  },
  null,
  4,
);

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const read = (text: string, year = 2026) => runReadJob({ kind: 'read', name: '2026.json', bytes: bytesOf(text), year, zone: 'Asia/Shanghai' }) as FileRead;
const rowsOf = (result: FileRead) => (result.rows ?? []).map((r) => (r.kind === 'row' ? [r.summary, r.start, r.last, r.isOff] : [r.summary, r.problem.code]));

describe('a holiday-cn JSON file', () => {
  it('is read: days off in a row as one event, each make-up working day (isOffDay false) as its own', () => {
    const result = read(HOLIDAY_CN_2026);
    expect(result.problem).toBeUndefined();
    expect(rowsOf(result)).toEqual([
      ['元旦', '2026-01-01', '2026-01-03', true],
      ['元旦调休上班日', '2026-01-04', '2026-01-04', false],
      ['国庆节调休上班日', '2026-09-20', '2026-09-20', false],
      ['国庆节', '2026-10-01', '2026-10-07', true],
      ['国庆节调休上班日', '2026-10-10', '2026-10-10', false],
    ]);
    expect(result.otherYears).toBe(1); // 2027-01-01
    expect(rowsOf(read(HOLIDAY_CN_2026, 2027))).toEqual([['元旦', '2027-01-01', '2027-01-01', true]]);
  });

  it('pasted as text is read the same', () => {
    const pasted = runReadJob({ kind: 'parse', text: HOLIDAY_CN_2026, ics: false, year: 2026, zone: 'Asia/Shanghai' }) as SourceRead;
    expect(pasted.rows).toHaveLength(5);
  });

  it('with a date that is not one: that day is an invalid row, the others are read', () => {
    const result = read(JSON.stringify({ year: 2026, days: [day('元旦', '2026-13-01', true), day('元旦', '2026-01-01', true)] }));
    expect(rowsOf(result)).toEqual([['元旦', 'badDate'], ['元旦', '2026-01-01', '2026-01-01', true]]);
  });
});

describe('another JSON', () => {
  it('is refused saying it is not holiday-cn’s and which formats the import reads, not “missing columns”', () => {
    for (const text of ['{"holidays":[{"date":"2026-10-01"}]}', '[1, 2]', '{"days":[{"name":"x","date":"2026-10-01"}]}', '{"days": [', '\uFEFF{}']) {
      expect(read(text).problem, text).toEqual({ code: 'notHolidayJson' });
    }
    const problem = { code: 'notHolidayJson' } as const;
    expect(fileProblemText(problem, textsFor(IMPORT_TEXTS, 'en'), 'en')).toMatch(/not in holiday-cn’s form.*tables \(CSV, TSV, TXT\) and iCalendar \(\.ics\)/);
    expect(fileProblemText(problem, textsFor(IMPORT_TEXTS, 'zh-CN'), 'zh-CN')).toMatch(/不是 holiday-cn 的格式.*表格（CSV、TSV、TXT）和 iCalendar（\.ics）文件/);
  });
});
