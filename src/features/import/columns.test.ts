import { describe, expect, it } from 'vitest';
import { columnOf, exportHeaders, headerMeaning, unreadableHeader } from './columns';
import { decodeFile } from './decodeText';
import { parseTable } from './parseTable';

describe('columnOf', () => {
  it('knows the form labels in both languages, in any case, with spaces around them', () => {
    expect(columnOf('Summary')).toBe('summary');
    expect(columnOf(' start DATE ')).toBe('startDate');
    expect(columnOf('END DATE')).toBe('endDate');
    expect(columnOf('day off')).toBe('dayOff');
    expect(columnOf('Description')).toBe('description');
    expect(columnOf('名称')).toBe('summary');
    expect(columnOf('开始日期')).toBe('startDate');
    expect(columnOf('结束日期')).toBe('endDate');
    expect(columnOf(' 休息日 ')).toBe('dayOff');
    expect(columnOf('描述')).toBe('description');
  });

  it('knows the Chinese labels in Traditional characters (a Big5 table from Taiwan)', () => {
    expect(['名稱', '開始日期', '結束日期', '休息日', '描述', '類型', '是否補班'].map(columnOf)).toEqual(['summary', 'startDate', 'endDate', 'dayOff', 'description', 'dayOff', 'dayOff']);
    expect(headerMeaning('是否補班')).toEqual({ key: 'dayOff', yesIsWorkingDay: true });
  });

  it('knows no other column', () => {
    expect(columnOf('Notes')).toBeUndefined();
    expect(columnOf('')).toBeUndefined();
  });

  it('names the export headers as the form does in the interface language, and reads them back', () => {
    expect(exportHeaders('en')).toEqual(['Summary', 'Start date', 'End date', 'Day off', 'Description']);
    expect(exportHeaders('zh-CN')).toEqual(['名称', '开始日期', '结束日期', '休息日', '描述']);
    expect(exportHeaders('zh-CN').map(columnOf)).toEqual(['summary', 'startDate', 'endDate', 'dayOff', 'description']);
  });
});

describe('a header with a stray byte', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  /** The file's bytes with the byte at `at` of the first occurrence of `inside` replaced by 0xFF. */
  const withStrayByte = (text: string, inside: string, at: number) => {
    const bytes = utf8(text);
    const start = utf8(text.slice(0, text.indexOf(inside))).length;
    bytes[start + at] = 0xff;
    return bytes;
  };
  const table = '名称\t开始日期\t结束日期\t休息日\t描述\n国庆节\t2026-10-01\t2026-10-07\t是\t全体\n';

  it('is flagged with its column and text, not read as "missing columns"', () => {
    const result = parseTable(decodeFile(withStrayByte(table, '开始日期', 7)).text);
    expect(result).toEqual({ ok: false, problem: { code: 'unreadableHeader', column: 2, header: expect.stringMatching(/^开始\uFFFD+期$/) } });
  });

  it('is flagged in an optional column too, which would otherwise be dropped without a word', () => {
    const result = parseTable(decodeFile(withStrayByte(table, '描述', 1)).text);
    expect(result).toMatchObject({ ok: false, problem: { code: 'unreadableHeader', column: 5 } });
  });

  it('and a control character in a header is flagged the same; a clean header reads', () => {
    expect(unreadableHeader(['Summary', 'Start\u0001date'])).toEqual({ column: 2, header: 'Start\u0001date' });
    expect(parseTable(table)).toMatchObject({ ok: true });
  });
});
