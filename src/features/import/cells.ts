// Reading and writing the cells of a table: dates as people and spreadsheets write them, the day-off
// column in words, and text cells a spreadsheet must not run as formulas.
import { isIsoDate, type IsoDate } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { textsFor } from '../../core/text';
import { EXPORT_TEXTS } from './exportText';

// 2026-10-01, 2026-10-1, 2026/10/01, 2026/10/1, 2026年10月1日 (spaces allowed around the parts, as
// Chinese spreadsheets sometimes write them). Never M/D/Y or D/M/Y: 03/04/2026 is one date in the
// United States and another in Europe, so it is refused instead of guessed.
const DATE_FORMS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/];

/** A date cell as `YYYY-MM-DD`, or undefined when it is not a real date in one of the accepted forms. */
export function parseDateCell(cell: string): IsoDate | undefined {
  const text = cell.trim();
  for (const form of DATE_FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
    return isIsoDate(date) ? date : undefined;
  }
  return undefined;
}

// Yes and no answer the column's question (Day off? or, under a header such as 是否上班, Working day?).
const YES_NO_WORDS = new Map<string, boolean>([
  ...['yes', 'y', 'true', '1', '是'].map((w) => [w, true] as const),
  ...['no', 'n', 'false', '0', '否'].map((w) => [w, false] as const),
]);
// The kind named outright: a day off (true) or a working day (false), whatever the header asks.
const KIND_WORDS = new Map<string, boolean>([
  // As a 类型 / Type column writes them too: 节假日, 放假, 假期, holiday; 调休上班, 补班日. (调休 alone
  // is either, so it stays a question.)
  ...['day off', 'off', 'holiday', 'public holiday', '休息日', '休息', '休', '节假日', '法定节假日', '假日', '假期', '放假'].map((w) => [w, true] as const),
  ...['working day', 'work', 'workday', '工作日', '工作', '上班', '班', '补班', '补班日', '上班日', '调休上班', '调休上班日'].map((w) => [w, false] as const),
]);

/**
 * The day-off cell as a boolean. An empty cell is a day off: the form starts with Day off ticked,
 * and most rows of a holiday table are holidays, so only the make-up working days need saying.
 * Under a header that asks for a working day (`yesIsWorkingDay`: 是否上班, Working day) yes means
 * a working day. Undefined for any other word.
 */
export function parseDayOffCell(cell: string, yesIsWorkingDay = false): boolean | undefined {
  const text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return true;
  const answer = YES_NO_WORDS.get(text);
  return answer === undefined ? KIND_WORDS.get(text) : answer !== yesIsWorkingDay;
}

/** The day-off cell an export writes, in the interface's language (both read back by parseDayOffCell). */
export const dayOffCell = (isOff: boolean, locale: Locale = 'en') => textsFor(EXPORT_TEXTS, locale)(isOff ? 'dayOffCellYes' : 'dayOffCellNo');

// A cell that a spreadsheet would run as a formula: =, +, - or @ first, or a tab or line break
// (OWASP's "CSV injection"), after any spaces and apostrophes. Apostrophes are part of the pattern
// so that a text that already starts with one gets a second: reading drops exactly one, and every
// text reads back as it was written. Line feeds count with carriage returns, because an import
// turns CRLF into LF before it reads a cell.
const FORMULA_LIKE = /^['\s]*[=+\-@\t\r\n]/;

/** A text cell as an export writes it: a formula-like text gets a leading apostrophe, shown as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/** The text an export's cell stands for: the apostrophe `neutraliseFormula` added, taken off again. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_LIKE.test(cell.slice(1)) ? cell.slice(1) : cell;
}
