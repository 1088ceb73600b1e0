// Another year's or another calendar's own events as rows: "the same holidays next year" for the
// fixed-date ones, or a copy from one team's calendar to another's. A moved row whose date does not
// repeat (a make-up working day, a lunar or rule-based holiday) is marked so: the preview leaves it unticked.
import type { CalEventItem } from '../../core/apiContract';
import { addDays, compareDates, daysInclusive, isIsoDate, toInclusiveEnd, type IsoDate } from '../../core/dates';
import type { HolidayCheck } from './movedHolidays';
import { checkRow, invalidRow, type RowNote, type SourceRow } from './rows';

/**
 * Rows for `events` (a calendar's own events), moved to `targetYear` when one is given: the same
 * month and day, the same number of days (an event over New Year moves with its start), 29 February
 * becoming the 28th in a common year. Each row's line is the event's position in the list, from 1.
 * A row moved to another year is noted `yearly` when its date does not repeat there: every working
 * day (each year's schedule sets its make-up working days), and every day off whose holiday differs
 * there, as `check` tells (movedHolidays: a date that moves, or a day observed on another day too);
 * a fixed-date day (New Year's Day, a founding day) moves as it is.
 */
export function copyRows(events: readonly CalEventItem[], targetYear?: number, check: HolidayCheck = () => undefined): SourceRow[] {
  return events.map((event, index) => {
    const line = index + 1;
    if (!isIsoDate(event.start_at)) return invalidRow(line, event.summary, { code: 'badDate', column: 'startDate', value: event.start_at });
    if (!isIsoDate(event.end_at)) return invalidRow(line, event.summary, { code: 'badDate', column: 'endDate', value: event.end_at });
    // end_at is exclusive: the days from start_at to the day before it.
    const days = daysInclusive(event.start_at, event.end_at) - 1;
    const start = targetYear === undefined ? event.start_at : inYear(event.start_at, targetYear);
    if (!start) return invalidRow(line, event.summary, { code: 'badDate', column: 'startDate', value: `${targetYear}${event.start_at.slice(4)}` });
    const moved = targetYear !== undefined && start !== event.start_at;
    const change = !moved ? undefined : event.is_off ? check({ start: event.start_at, last: addDays(event.start_at, days - 1), moved: start, summary: event.summary }) : 'moves';
    const notes: RowNote[] | undefined = change ? [{ code: 'yearly', year: Number(start.slice(0, 4)), ...(change === 'observed' ? { observed: true as const } : {}) }] : undefined;
    return checkRow({ line, summary: event.summary, start, last: addDays(start, days - 1), isOff: event.is_off, description: event.description, ...(notes ? { notes } : {}) });
  });
}

/** The readable days off among `events`, first and last day: what tells a calendar's country (movedHolidayCheck). */
export function daysOffOf(events: readonly CalEventItem[]): { start: IsoDate; last: IsoDate }[] {
  return events.filter((e) => e.is_off && isIsoDate(e.start_at) && isIsoDate(e.end_at) && compareDates(e.start_at, e.end_at) < 0).map((e) => ({ start: e.start_at, last: toInclusiveEnd(e.end_at) }));
}

/** The same month and day in another year; 29 February is the 28th in a common year. */
function inYear(date: IsoDate, year: number): IsoDate | undefined {
  const moved = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  if (isIsoDate(moved)) return moved;
  const feb28 = moved.replace(/-02-29$/, '-02-28');
  return isIsoDate(feb28) ? feb28 : undefined;
}
