// What every import source (a table, an iCalendar file, public holidays, another year's events)
// produces: rows checked by the event form's own rules, or invalid rows with a typed reason that the
// interface words in its language. Nothing here is English text meant for a reader.
import { daysInclusive, isIsoDate, type IsoDate } from '../../core/dates';
import { eventFormSchema, type FormMessageKey } from '../../core/eventSchema';
import { FIRST_YEAR } from '../../core/months';
import { DESCRIPTION_MAX, SUMMARY_MAX, codePointLength } from '../../core/limits';
import type { ColumnKey, HeaderAt } from './columns';
import type { KindReason } from './dayKind';

/** What the preview says about how a row was read. */
export type RowNote =
  /** Its kind was read from the data (a word of a Chinese feed, Apple's or our marking). */
  | { code: 'kind'; why: KindReason }
  /** An event with a time of day, counted for the days it touches in the calendar's time zone. */
  | { code: 'timed'; zone: string }
  /** A day off the feed marks as an observance, not a public holiday (`word`: its marking, Google's 纪念日): unticked. */
  | { code: 'observance'; word: string }
  /**
   * A day off in a file whose other events carry Apple's day-off marking (X-APPLE-SPECIAL-DAY: Apple's
   * holiday calendars mark days off and make-up working days so), this one unmarked: a festival or a
   * solar term, not a day off. Unticked.
   */
  | { code: 'appleUnmarked' }
  /**
   * A copy moved to `year` whose date does not repeat there: a working day (each year's schedule
   * sets its make-up working days) or a holiday whose date moves (movedHolidays); `observed` when
   * the date repeats but the holiday is observed on another day too there (4 July on a Saturday).
   * Unticked until the scheduler ticks it.
   */
  | { code: 'yearly'; year: number; observed?: true };

/** An event to create: `last` is its last day, included (the API's `end_at` is the day after). */
export interface ImportRow {
  kind: 'row';
  /** Where it came from: the line in the source text, or its position (from 1) in a list. */
  line: number;
  summary: string;
  start: IsoDate;
  last: IsoDate;
  isOff: boolean;
  description: string;
  notes?: RowNote[];
}

/** Why a row cannot be imported; the fields beside `code` are what a message needs. */
export type RowProblem =
  | { code: 'dateMissing'; column: 'startDate' }
  | { code: 'badDate'; column: 'startDate' | 'endDate'; value: string }
  | { code: 'endBeforeStart' }
  | { code: 'tooLong'; days: number; max: number }
  | { code: 'badDayOff'; value: string }
  | { code: 'summaryEmpty' }
  | { code: 'summaryInvisible' }
  | { code: 'summaryTooLong'; length: number; max: number }
  | { code: 'descriptionTooLong'; length: number; max: number }
  | { code: 'controlCharacters'; column: 'summary' | 'description' }
  /** A table cell opened with a quote that never closes: the rest of the file fell into it. */
  | { code: 'unclosedQuote' }
  /** An iCalendar event with a time of day: the calendar holds whole days only. */
  | { code: 'timedEvent' }
  /** A public holiday of part of a day (an afternoon off): not a day off. */
  | { code: 'partialDay' }
  /** An iCalendar event (or one occurrence of a series) marked STATUS:CANCELLED where it comes from. */
  | { code: 'cancelled' }
  /** A public holiday of some people only (`note` says whom, in English, from the data). */
  | { code: 'groupHoliday'; note: string }
  /** A recurring iCalendar event whose rule takes too many steps to reach the year (a daily series begun years ago). */
  | { code: 'recurrenceTooLong' }
  /** A recurring iCalendar event whose rule names no day at all (BYMONTH=2;BYMONTHDAY=30). */
  | { code: 'recurrenceNeverFalls' }
  /** An iCalendar event without a start, or with values ical.js cannot read. */
  | { code: 'unreadableEvent' }
  /** A row starting before the first year the API lists (FIRST_YEAR): it can be neither checked nor shown. */
  | { code: 'beforeFirstYear'; first: number }
  /** A row in a year whose events the import did not read (more years than it reads at once): never passed as new. */
  | { code: 'yearNotChecked'; year: number; max: number };


export interface InvalidRow {
  kind: 'invalid';
  line: number;
  /** The summary as it was read (maybe empty or too long), so the reader can tell which row it is. */
  summary: string;
  problem: RowProblem;
  /** The row as read, for the scheduler to mend in the preview; absent when nothing usable was read. */
  draft?: RowDraft;
}

/** A row as read, its dates as written (maybe not dates at all). */
export interface RowDraft {
  summary: string;
  start: string;
  last: string;
  isOff: boolean;
  description: string;
  notes?: RowNote[];
}

export type SourceRow = ImportRow | InvalidRow;

/** Why a whole file cannot be read. */
export type FileProblem =
  | { code: 'empty' }
  | { code: 'missingColumns'; columns: ColumnKey[] }
  /** A header with bytes that are not text (or control characters): which column it names cannot be told. */
  | { code: 'unreadableHeader'; column: number; header: string }
  | { code: 'tooManyRows'; rows: number; max: number }
  /** Not an iCalendar file, or one broken beyond reading. */
  | { code: 'notCalendar' }
  /** JSON that is not holiday-cn's (the one JSON the import reads). */
  | { code: 'notHolidayJson' }
  /** The reader (a Web Worker) failed: nothing was read. */
  | { code: 'readFailed' }
  /** The reader ran past its time limit and was stopped (a rule that repeats without end): nothing was read. */
  | { code: 'readTooLong'; seconds: number };


/** `unread`: the table's columns the import does not read, for the preview to name. */
export type ParseResult = { ok: true; rows: SourceRow[]; unread?: HeaderAt[] } | { ok: false; problem: FileProblem };

/**
 * The longest event an import creates. The form sets no bound, but an import is a year of holidays:
 * a longer row is nearly always a typing slip (an end date in the wrong year) that would turn months
 * into days off at once.
 */
export const MAX_IMPORT_DAYS = 366;

/**
 * More rows than any year of holidays needs: past it a file is the wrong file, and an import of it
 * would take minutes at 1,000 requests a minute.
 */
export const MAX_IMPORT_ROWS = 5000;

/** A row as read, before the form's rules: dates already `YYYY-MM-DD`. */
export interface RowCandidate {
  line: number;
  summary: string;
  start: IsoDate;
  last: IsoDate;
  isOff: boolean;
  description: string;
  notes?: RowNote[];
}

export const invalidRow = (line: number, summary: string, problem: RowProblem, draft?: RowDraft): InvalidRow =>
  draft ? { kind: 'invalid', line, summary, problem, draft } : { kind: 'invalid', line, summary, problem };

export const draftOf = ({ summary, start, last, isOff, description, notes }: RowCandidate): RowDraft => (notes ? { summary, start, last, isOff, description, notes } : { summary, start, last, isOff, description });

/** Checks a row with the event form's schema, so an import accepts exactly what the form accepts. */
export function checkRow(candidate: RowCandidate): SourceRow {
  const { line, summary, start, last, isOff, description, notes } = candidate;
  const parsed = eventFormSchema.safeParse({ cal_id: '-', summary, description, is_off: isOff, start_date: start, last_date: last });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalidRow(line, summary, problemOf(issue.message as FormMessageKey, issue.path[0], candidate), draftOf(candidate));
  }
  const days = daysInclusive(parsed.data.start_date, parsed.data.last_date);
  if (days > MAX_IMPORT_DAYS) return invalidRow(line, summary, { code: 'tooLong', days, max: MAX_IMPORT_DAYS }, draftOf(candidate));
  const v = parsed.data;
  const row: ImportRow = { kind: 'row', line, summary: v.summary, start: v.start_date, last: v.last_date, isOff: v.is_off, description: v.description };
  return notes && notes.length > 0 ? { ...row, notes } : row;
}

function problemOf(key: FormMessageKey, field: PropertyKey | undefined, row: RowCandidate): RowProblem {
  switch (key) {
    case 'dateBeforeFirstYear':
      // The API lists no year before the first: such a row could not be checked against the calendar, nor shown once saved.
      return { code: 'beforeFirstYear', first: FIRST_YEAR };
    case 'summaryRequired':
      return { code: 'summaryEmpty' };
    case 'summaryInvisible':
      return { code: 'summaryInvisible' };
    case 'summaryTooLong':
      return { code: 'summaryTooLong', length: codePointLength(row.summary.trim()), max: SUMMARY_MAX };
    case 'descriptionTooLong':
      return { code: 'descriptionTooLong', length: codePointLength(row.description), max: DESCRIPTION_MAX };
    case 'controlCharacters':
      return { code: 'controlCharacters', column: field === 'description' ? 'description' : 'summary' };
    case 'endBeforeStart':
      return { code: 'endBeforeStart' };
    case 'dateRequired':
      return field === 'start_date' ? { code: 'dateMissing', column: 'startDate' } : { code: 'badDate', column: 'endDate', value: row.last };
    case 'dateInvalid':
    case 'calendarRequired':
    case 'eventIdTooLong':
      // Sources hand over real dates (or report a bad one themselves) and there is no calendar or id
      // in a row: this is a date the source let through.
      return field === 'last_date' || isIsoDate(row.start)
        ? { code: 'badDate', column: 'endDate', value: row.last }
        : { code: 'badDate', column: 'startDate', value: row.start };
  }
}
