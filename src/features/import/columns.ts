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

const normalise = (header: string) => header.trim().toLowerCase();

const COLUMN_OF_HEADER = new Map<string, ColumnKey>(
  LOCALES.flatMap((locale) => COLUMNS.map((key) => [normalise(textsFor(PAGE_TEXTS, locale)(key)), key] as const)),
);

/** The column a header names, in any case and with any spaces around it; undefined for another column. */
export function columnOf(header: string): ColumnKey | undefined {
  return COLUMN_OF_HEADER.get(normalise(header));
}

/**
 * Bytes a file's encoding could not read (U+FFFD) or control characters: a header holding one
 * names no column for sure. Read anyway, 开始�期 would silently drop the start dates and then
 * report them missing, and a stray byte in 描述 would drop the descriptions without a word.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNREADABLE = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The first header that cannot be read (its column from 1, and its text), if any. */
export function unreadableHeader(headers: readonly string[]): { column: number; header: string } | undefined {
  const index = headers.findIndex((h) => UNREADABLE.test(h));
  return index < 0 ? undefined : { column: index + 1, header: headers[index].trim() };
}
