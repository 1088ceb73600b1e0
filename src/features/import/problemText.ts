// Each reason a row or a file cannot be imported, in the interface's language. The switch is
// exhaustive: a new code does not compile until it has a text.
import type { Locale } from '../../core/locale';
import { formatList, textsFor } from '../../core/text';
import { PAGE_TEXTS } from '../../i18n/messages';
import { COLUMNS, type ColumnKey, type HeaderAt } from './columns';
import type { ImportText } from './importText';
import type { FileProblem, RowProblem } from './rows';

const columnName = (column: ColumnKey, locale: Locale) => textsFor(PAGE_TEXTS, locale)(column);

export function rowProblemText(problem: RowProblem, text: ImportText, locale: Locale): string {
  switch (problem.code) {
    case 'dateMissing':
      return text('dateMissing', { column: columnName(problem.column, locale) });
    case 'badDate':
      return text('badDate', { column: columnName(problem.column, locale), value: problem.value });
    case 'endBeforeStart':
      return text('endBeforeStart');
    case 'tooLong':
      return text('tooLong', { days: problem.days, max: problem.max });
    case 'badDayOff':
      return text('badDayOff', { value: problem.value });
    case 'summaryEmpty':
      return text('summaryEmpty');
    case 'summaryInvisible':
      return text('summaryInvisible');
    case 'summaryTooLong':
      return text('summaryTooLong', { length: problem.length, max: problem.max });
    case 'descriptionTooLong':
      return text('descriptionTooLong', { length: problem.length, max: problem.max });
    case 'controlCharacters':
      return text('controlCharacters', { column: columnName(problem.column, locale) });
    case 'unclosedQuote':
      return text('unclosedQuote');
    case 'timedEvent':
      return text('timedEvent');
    case 'partialDay':
      return text('partialDay');
    case 'cancelled':
      return text('cancelled');
    case 'groupHoliday':
      return text('groupHoliday', { note: problem.note });
    case 'recurrenceTooLong':
      return text('recurrenceTooLong');
    case 'recurrenceNeverFalls':
      return text('recurrenceNeverFalls');
    case 'unreadableEvent':
      return text('unreadableEvent');
    case 'beforeFirstYear':
      return text('beforeFirstYear', { first: problem.first });
    case 'yearNotChecked':
      return text('yearNotChecked', { year: problem.year, max: problem.max });
  }
}

export function fileProblemText(problem: FileProblem, text: ImportText, locale: Locale): string {
  switch (problem.code) {
    case 'empty':
      return text('empty');
    case 'missingColumns':
      return text('missingColumns', { columns: formatList(locale, problem.columns.map((c) => columnName(c, locale))) });
    case 'unreadableHeader':
      return text('unreadableHeader', { column: problem.column, header: problem.header });
    case 'tooManyRows':
      return text('tooManyRows', { rows: problem.rows, max: problem.max });
    case 'notCalendar':
      return text('notCalendar');
    case 'notHolidayJson':
      return text('notHolidayJson');
    case 'readFailed':
      return text('readFailed');
    case 'readTooLong':
      return text('readTooLong', { seconds: problem.seconds });
  }
}

/** A table's columns the import does not read, named with the columns it reads. */
export function unreadColumnsText(unread: readonly HeaderAt[], text: ImportText, locale: Locale): string {
  const columns = formatList(locale, unread.map((at) => (at.header === '' ? text('unreadColumnNoHeader', { column: at.column }) : text('unreadColumn', { column: at.column, header: at.header }))));
  return text('unreadColumns', { count: unread.length, columns, known: formatList(locale, COLUMNS.map((c) => columnName(c, locale))) });
}
