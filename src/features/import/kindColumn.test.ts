// The kind column as Chinese and English spreadsheets head it (是否休息日, Is day off?, 类型, 是否上班,
// Working day…), with the polarity each header asks for, and the columns the import does not read.
import { describe, expect, it } from 'vitest';
import { textsFor } from '../../core/text';
import { parseDayOffCell } from './cells';
import { columnOf } from './columns';
import { IMPORT_TEXTS } from './importText';
import { parseTable } from './parseTable';
import { unreadColumnsText } from './problemText';
import type { ParseResult } from './rows';

/** Each row's summary and kind as read (invalid rows as their problem's code). */
const kinds = (result: ParseResult) => {
  if (!result.ok) throw new Error(`file problem ${result.problem.code}`);
  return result.rows.map((r) => (r.kind === 'row' ? [r.summary, r.isOff ? 'off' : 'work'] : [r.summary, r.problem.code]));
};

describe('the kind column', () => {
  it('is found under the headers spreadsheets give it, in either language, with a question or a hint after it', () => {
    const headers = ['是否休息日', '是否休息', '是否放假', '类型', '日期类型', 'Is day off', 'Is day off?', 'is_off_day', 'isOffDay', 'Type', 'Kind', 'Rest day',
      '是否休息日（是/否）', 'Day off (yes/no)', '休息日：', '是否上班', '是否工作日', '工作日', '是否补班', 'Working day', 'Workday', 'is_workday', 'Is working day?'];
    for (const header of headers) expect(columnOf(header), header).toBe('dayOff');
  });

  it('is not guessed from a header that names something else ("Holiday" names the holiday)', () => {
    for (const header of ['Holiday', '节日', 'Notes', '备注', '负责人', '']) expect(columnOf(header), header).toBeUndefined();
  });

  it('headed 是否休息日: 否 is a make-up working day (attacker round 6, M3)', () => {
    const csv = '名称,开始日期,结束日期,是否休息日\n国庆节,2026-10-01,2026-10-07,是\n国庆节调休,2026-10-10,,否\n';
    expect(kinds(parseTable(csv))).toEqual([['国庆节', 'off'], ['国庆节调休', 'work']]);
  });

  it('headed by the working day (是否上班, 是否工作日, Working day): yes is a working day, no a day off', () => {
    for (const [header, yes, no] of [['是否上班', '是', '否'], ['是否工作日', '是', '否'], ['Working day', 'yes', 'no'], ['is_workday', 'TRUE', 'FALSE']]) {
      const csv = `Summary,Start date,${header}\nMake-up,2026-10-10,${yes}\nHoliday,2026-10-01,${no}\n`;
      expect(kinds(parseTable(csv)), header).toEqual([['Make-up', 'work'], ['Holiday', 'off']]);
    }
  });

  it('a kind word means what it says under either question: 休/班, 休息日/工作日', () => {
    const csv = '名称,开始日期,是否上班\n国庆节,2026-10-01,休\n调休上班,2026-10-10,班\n春节,2026-02-16,休息日\n补班,2026-02-14,工作日\n';
    expect(kinds(parseTable(csv))).toEqual([['国庆节', 'off'], ['调休上班', 'work'], ['春节', 'off'], ['补班', 'work']]);
    expect(parseDayOffCell('休', true)).toBe(true);
    expect(parseDayOffCell('是', true)).toBe(false);
    expect(parseDayOffCell('', true)).toBe(true);
  });

  it('headed 类型 or Type: the kind words of its cells decide, as such a column writes them', () => {
    const csv = '名称,开始日期,类型\n国庆节,2026-10-01,休息日\n国庆节调休,2026-10-10,工作日\n春节,2026-02-16,节假日\n春节,2026-02-14,调休上班\n元旦,2026-01-01,放假\n元旦,2026-01-04,补班日\n中秋,2026-09-25,调休\n';
    expect(kinds(parseTable(csv))).toEqual([['国庆节', 'off'], ['国庆节调休', 'work'], ['春节', 'off'], ['春节', 'work'], ['元旦', 'off'], ['元旦', 'work'], ['中秋', 'badDayOff']]);
    expect(kinds(parseTable('Summary,Start date,Type\nNew Year,2026-01-01,Public holiday\nMake-up,2026-01-04,Workday\n'))).toEqual([['New Year', 'off'], ['Make-up', 'work']]);
  });
});

describe('a column the import does not read', () => {
  it('is named with its position, rather than dropped without a word', () => {
    const result = parseTable('名称,开始日期,负责人,是否休息日,,Notes\n国庆节,2026-10-01,张三,是,,x\n');
    expect(result).toMatchObject({ ok: true, unread: [{ column: 3, header: '负责人' }, { column: 6, header: 'Notes' }] });
  });

  it('is named when it repeats a column read already (the first one is read)', () => {
    const result = parseTable('Summary,Start date,Day off,是否休息日\nA,2026-10-01,yes,no\n');
    expect(result).toMatchObject({ ok: true, unread: [{ column: 4, header: '是否休息日' }] });
    expect(kinds(result)).toEqual([['A', 'off']]);
  });

  it('is named when it has no header but holds something: a 否 typed past the header, a description cut at an unquoted comma (attacker round 7)', () => {
    const result = parseTable('名称,开始日期,结束日期\n国庆节调休,2026-10-10,,否\nOffsite,2026-06-11,,,Team day, all hands\nTrailing,2026-06-12,,,\n');
    expect(result).toMatchObject({ ok: true, unread: [{ column: 4, header: '' }, { column: 5, header: '' }, { column: 6, header: '' }] });
    expect(unreadColumnsText([{ column: 4, header: '' }], textsFor(IMPORT_TEXTS, 'zh-CN'), 'zh-CN')).toBe(
      '有 1 列未读取：没有表头的第 4 列（单元格内含逗号时，须用引号括起该单元格）。导入只读取名称、开始日期、结束日期、休息日和描述这几列（表头用中文或英文均可）。',
    );
    // Trailing empty cells, as spreadsheets write them, name nothing.
    expect(parseTable('Summary,Start date,,\nA,2026-10-01,,\n')).not.toHaveProperty('unread');
  });

  it('is not there when every column is read', () => {
    expect(parseTable('Summary,Start date\nA,2026-10-01\n')).not.toHaveProperty('unread');
  });
});

describe('unreadColumnsText', () => {
  const unread = [{ column: 3, header: '负责人' }, { column: 6, header: 'Notes' }];
  it('names each column and the columns the import reads, in Chinese as a Chinese product writes it', () => {
    expect(unreadColumnsText(unread, textsFor(IMPORT_TEXTS, 'zh-CN'), 'zh-CN')).toBe(
      '有 2 列未读取：第 3 列“负责人”和第 6 列“Notes”。导入只读取名称、开始日期、结束日期、休息日和描述这几列（表头用中文或英文均可）。',
    );
  });
  it('and in English, one column or several', () => {
    expect(unreadColumnsText(unread.slice(0, 1), textsFor(IMPORT_TEXTS, 'en'), 'en')).toBe(
      '1 column is not read: “负责人” (column 3). The import reads Summary, Start date, End date, Day off, and Description only (named in either language).',
    );
    expect(unreadColumnsText(unread, textsFor(IMPORT_TEXTS, 'en'), 'en')).toMatch(/^2 columns are not read: “负责人” \(column 3\) and “Notes” \(column 6\)\. /);
  });
});
