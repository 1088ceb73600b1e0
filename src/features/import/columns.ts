// The columns of an import or export table are the form's fields, named as the form labels them in
// either language ("Start date" or "开始日期"), so a table someone fills in by hand reads as the form.
import { PAGE_TEXTS } from '../../i18n/messages';
import { textsFor } from '../../core/text';
import { LOCALES, type Locale } from '../../core/locale';

/** The table's columns, in export order; each is also the message key of its label. */
export const COLUMNS = ['summary', 'startDate', 'endDate', 'dayOff', 'description'] as const;
export type ColumnKey = (typeof COLUMNS)[number];

/** Columns a table must have; an empty end date is a one-day event, an empty Day off cell means yes. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['summary', 'startDate'];

/** The headers an export writes, in the interface's language (the import reads either). */
export const exportHeaders = (locale: Locale): string[] => COLUMNS.map(textsFor(PAGE_TEXTS, locale));

/**
 * The Traditional characters of the headers below, as Simplified: a Taiwanese or Hong Kong table's
 * 名稱, 開始日期, 結束日期, 類型, 是否補班 name the same columns (dayWords.ts reads its kind words too).
 */
const SIMPLIFIED: Record<string, string> = { 稱: '称', 開: '开', 結: '结', 類: '类', 別: '别', 節: '节', 補: '补', 調: '调', 說: '说', 備: '备', 註: '注' };
const TRADITIONAL = new RegExp(`[${Object.keys(SIMPLIFIED).join('')}]`, 'gu');

/**
 * A header as compared: in any case, in Simplified characters, without spaces, underscores, hyphens,
 * a trailing question or colon mark, or a trailing hint in brackets ("Is day off?", "is_off_day",
 * "是否休息日（是/否）").
 */
const normalise = (header: string) =>
  header
    .toLowerCase()
    .replace(TRADITIONAL, (c) => SIMPLIFIED[c])
    .replace(/[(（[【][^()（）[\]【】]*[)）\]】]\s*$/u, '')
    .replace(/[?？:：]+\s*$/u, '')
    .replace(/[\s_-]+/gu, '');

/**
 * Other headers a spreadsheet gives the kind column, beside the form's label. In these a yes (是)
 * means a day off; kind words (休息日, 工作日, 休, 班) mean what they say under any header.
 */
const DAY_OFF_HEADERS = ['is day off', 'off day', 'is off day', 'rest day', 'is rest day', 'is holiday', 'type', 'kind', 'day type',
  '是否休息日', '是否休息', '是否放假', '是否节假日', '放假', '类型', '类别', '日期类型'];
/** Headers of a kind column that asks the other question: a yes (是) means a working day. */
const WORKING_DAY_HEADERS = ['working day', 'is working day', 'workday', 'is workday', 'work day', 'is work day',
  '工作日', '是否工作日', '是否上班', '上班', '是否补班', '补班', '是否调休上班'];

/** What a header names: its column, and for the kind column whether a yes in it means a working day. */
export interface HeaderMeaning {
  key: ColumnKey;
  yesIsWorkingDay?: true;
}

const MEANING_OF_HEADER = new Map<string, HeaderMeaning>([
  ...WORKING_DAY_HEADERS.map((h) => [normalise(h), { key: 'dayOff', yesIsWorkingDay: true }] as const),
  ...DAY_OFF_HEADERS.map((h) => [normalise(h), { key: 'dayOff' }] as const),
  // The form's labels last: they decide over a variant spelled the same.
  ...LOCALES.flatMap((locale) => COLUMNS.map((key) => [normalise(textsFor(PAGE_TEXTS, locale)(key)), { key }] as const)),
]);

/** What a header names, in any case and spelling `normalise` forgives; undefined for a column the import does not read. */
export function headerMeaning(header: string): HeaderMeaning | undefined {
  return MEANING_OF_HEADER.get(normalise(header));
}

/** The column a header names; undefined for another column. */
export const columnOf = (header: string): ColumnKey | undefined => headerMeaning(header)?.key;

/**
 * Bytes a file's encoding could not read (U+FFFD) or control characters: a header holding one
 * names no column for sure. Read anyway, 开始�期 would silently drop the start dates and then
 * report them missing, and a stray byte in 描述 would drop the descriptions without a word.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNREADABLE = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A header of a table: its column (from 1) and its text. */
export interface HeaderAt {
  column: number;
  header: string;
}

/** The first header that cannot be read, if any. */
export function unreadableHeader(headers: readonly string[]): HeaderAt | undefined {
  const index = headers.findIndex((h) => UNREADABLE.test(h));
  return index < 0 ? undefined : { column: index + 1, header: headers[index].trim() };
}
