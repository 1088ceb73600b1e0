// An iCalendar file (.ics): a holiday feed, another calendar's export, or ours. Its all-day events
// become rows for the chosen year; a recurring one (New Year every 1 January) gives a row for each
// occurrence in that year. The calendar holds whole days only: an event with a time of day (a 补班
// from 09:00 to 18:00) counts for the days it touches in the calendar's time zone, with a note. Each
// event's kind is read from the data (dayKind.ts): our export's marking, Apple's, then the words of
// Chinese feeds; anything else is a day off. A day off Google's feeds mark as an observance (纪念日,
// observance.ts) carries a note that leaves it unticked.
import ICAL from 'ical.js';
import { addDays, compareDates, daysInclusive, isIsoDate, toInclusiveEnd, type IsoDate } from '../../core/dates';
import { DAY_OFF_PROPERTY, unmarkedSummary } from '../../core/ics';
import { appleKindOf, kindOfTexts, type ReadKind } from './dayKind';
import { groupSeries, readCalendars, tolerateBareDates, uidOf, veventLines, type Component } from './icsCalendars';
import { neverFallsOnADay } from './impossibleRecurrence';
import { observanceOf } from './observance';
import { isoOf, keepAddedDays, ruleFits, takeExcludedDays } from './icsRecurrence';
import { MAX_IMPORT_ROWS, checkRow, invalidRow, type FileProblem, type RowNote, type SourceRow } from './rows';
import { dateIn, instantOf, isKnownZone } from './zonedTime';

type Event = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

export type IcsParseResult =
  /** `otherYears`: events (or whole series) that fall outside the chosen year and were left out. */
  | { ok: true; rows: SourceRow[]; otherYears: number }
  | { ok: false; problem: FileProblem };

/** Apple's calendars mark a make-up working day ALTERNATE-WORKDAY and a day off WORK-HOLIDAY. */
export const APPLE_SPECIAL_DAY_PROPERTY = 'X-APPLE-SPECIAL-DAY';

// Expanding a rule is slow in ical.js (a fifth of a millisecond a step). A yearly rule needs one step
// a year, a weekly one 52; a daily series begun decades ago would need thousands and freeze the page.
// Past these many steps a series is reported instead of expanded.
const MAX_STEPS_PER_SERIES = 2_000;
const MAX_STEPS_PER_FILE = 6_000;

/**
 * Reads the events of `year` from an iCalendar text; never throws. `zone` is the calendar's time
 * zone: an event with a time of day counts for the days it touches there.
 */
export function parseIcs(text: string, year: number, zone = 'UTC'): IcsParseResult {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const read = readCalendars(tolerateBareDates(text));
  if (!read) return { ok: false, problem: { code: 'notCalendar' } };
  const { calendars, source, broken } = read;

  const vevents = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  const lines = veventLines(source);
  const lineOf = new Map(vevents.map((v, i) => [v, lines[i] ?? 0]));
  const { series, exceptions } = groupSeries(vevents);

  const rows: SourceRow[] = [];
  let otherYears = 0;
  const budget = { steps: MAX_STEPS_PER_FILE };
  const appleMarks = vevents.some((v) => appleKindOf(textOf(v, APPLE_SPECIAL_DAY_PROPERTY.toLowerCase())) !== undefined);
  for (const vevent of series) {
    const found = rowsOfEvent(vevent, exceptions.get(uidOf(vevent)) ?? [], { line: lineOf.get(vevent) ?? 0, year, budget, zone, appleMarks });
    if (found.length === 0) otherYears++;
    rows.push(...found);
  }
  rows.push(...broken.map((b) => invalidRow(b.line, b.summary, { code: 'unreadableEvent' })));
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, problem: { code: 'tooManyRows', rows: rows.length, max: MAX_IMPORT_ROWS } };
  rows.sort((a, b) => a.line - b.line);
  return { ok: true, rows, otherYears };
}

interface Reading {
  line: number;
  year: number;
  /** Steps of rule expansion left for the rest of the file. */
  budget: { steps: number };
  /** The calendar's time zone. */
  zone: string;
  /** Whether events of the file carry Apple's day-off marking: then an unmarked one is no day off. */
  appleMarks: boolean;
}

function rowsOfEvent(vevent: Component, exceptions: Component[], reading: Reading): SourceRow[] {
  const { line, year } = reading;
  const summary = textOf(vevent, 'summary');
  try {
    const dtstart = vevent.getFirstProperty('dtstart');
    const recurring = vevent.hasProperty('rrule') || vevent.hasProperty('rdate');
    if (!dtstart) return [invalidRow(line, summary, { code: 'unreadableEvent' })];
    if (dtstart.type !== 'date') {
      if (!recurring) return timedRow(vevent, dtstart, reading);
      const startYear = Number(String(dtstart.jCal[3]).slice(0, 4));
      return startYear <= year ? [invalidRow(line, summary, { code: 'timedEvent' })] : [];
    }
    const first = rawDate(dtstart);
    if (!first) return [invalidRow(line, summary, { code: 'unreadableEvent' })];
    if (recurring) return expandSeries(new ICAL.Event(vevent, { exceptions, strictExceptions: true }), first, reading);
    return occurrenceRow(vevent, first, lastDayOfEvent(vevent, first), reading);
  } catch {
    return [invalidRow(line, summary, { code: 'unreadableEvent' })];
  }
}

/**
 * A DATE property's value as `YYYY-MM-DD`, read from its jCal form (RFC 7265) rather than as an
 * ical.js Time: making a Time for each of a thousand events costs more than everything else an
 * import does with them.
 */
function rawDate(property: Property): IsoDate | undefined {
  const value: unknown = property.jCal[3];
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
}

/** The last day of a one-off all-day event: from DTEND, else from DURATION (through ical.js), else its first day. */
function lastDayOfEvent(vevent: Component, first: IsoDate): IsoDate {
  const dtend = vevent.getFirstProperty('dtend');
  const end = dtend?.type === 'date' ? rawDate(dtend) : undefined;
  if (end) return lastDayOf(first, end);
  if (!dtend && !vevent.hasProperty('duration')) return first;
  return lastDayOf(first, isoOf(new ICAL.Event(vevent).endDate));
}

/** The last day of an event that ends (exclusive) on `end`; an end equal to the start (some producers write it for one day) is one day. */
const lastDayOf = (first: IsoDate, end: IsoDate) => (end === first ? first : toInclusiveEnd(end));

function expandSeries(event: Event, first: IsoDate, reading: Reading): SourceRow[] {
  const { line, year, budget } = reading;
  const last = lastDayOfEvent(event.component, first);
  if (compareDates(last, first) < 0) return [checkRow({ line, summary: event.summary ?? '', start: first, last, isOff: true, description: '' })];
  const days = daysInclusive(first, last);
  const rules = event.component.getAllProperties('rrule').map((p) => p.getFirstValue() as { parts?: Record<string, unknown> });
  if (rules.some((rule) => neverFallsOnADay(rule.parts))) return [invalidRow(line, event.summary ?? '', { code: 'recurrenceNeverFalls' })];
  // Before ical.js reads them: the excluded days (applied here), the added days that are dates.
  const excluded = takeExcludedDays(event.component);
  const added = keepAddedDays(event.component);
  const fits = ruleFits(event.component, first);
  const rows: SourceRow[] = [];
  const seen = new Set<string>();
  const iterator = event.iterator();
  for (let step = 0; ; step++) {
    if (step === MAX_STEPS_PER_SERIES || budget.steps-- <= 0) return [...rows, invalidRow(line, event.summary ?? '', { code: 'recurrenceTooLong' })];
    const next = iterator.next();
    // A changed occurrence may move a few days: the series is followed into the next year.
    if (!next || next.year > year + 1) return rows;
    if (next.year < year - 1) continue;
    const day = isoOf(next);
    if (excluded.has(day) || (!added.has(day) && !fits(next))) continue;
    for (const row of occurrenceOf(event, next, days, reading)) {
      // An RDATE that repeats a day of the rule, or a change moved onto another occurrence: one row.
      const key = row.kind === 'row' ? `${row.start} ${row.last} ${row.isOff} ${row.summary}` : `${row.problem.code} ${day}`;
      if (!seen.has(key)) rows.push(row);
      seen.add(key);
    }
  }
}

/**
 * The row of one occurrence: from its changed copy when there is one, else the series' length from
 * the occurrence's day. (ical.js's getOccurrenceDetails does the same at half a millisecond a call;
 * it is used only for the rare changes of "this and future" occurrences.)
 */
function occurrenceOf(event: Event, occurrence: Time, days: number, reading: Reading): SourceRow[] {
  // Typed as a list, ical.js keeps them by recurrence id.
  const changed = (event.exceptions as unknown as Record<string, Event | undefined>)[occurrence.toString()];
  if (changed || event.rangeExceptions.length > 0) {
    const { item, startDate, endDate } = event.getOccurrenceDetails(occurrence);
    if (!startDate.isDate) return []; // an occurrence changed to a time of day
    const first = isoOf(startDate);
    return occurrenceRow(item.component, first, lastDayOf(first, isoOf(endDate)), reading);
  }
  const first = isoOf(occurrence);
  return occurrenceRow(event.component, first, addDays(first, days - 1), reading);
}

/** The row of one occurrence, or none when it falls outside the year; a cancelled one (STATUS:CANCELLED) is a row not imported. */
function occurrenceRow(vevent: Component, first: IsoDate, last: IsoDate, { line, year, appleMarks }: Reading, extra: RowNote[] = []): SourceRow[] {
  if (compareDates(first, `${year}-12-31`) > 0 || compareDates(last, `${year}-01-01`) < 0) return [];
  if (textOf(vevent, 'status').trim().toUpperCase() === 'CANCELLED') return [invalidRow(line, textOf(vevent, 'summary'), { code: 'cancelled' })];
  const { isOff, why } = kindOfEvent(vevent);
  const description = textOf(vevent, 'description');
  const observance = isOff ? observanceOf(description) : undefined;
  // In Apple's holiday calendars only the days off and make-up working days carry the marking: the
  // festivals, the holidays' own names and the solar terms beside them are no days off.
  const unmarked = appleMarks && isOff && why?.code !== 'apple' && why?.code !== 'flashduty';
  const notes: RowNote[] = [
    ...(why && !isOff ? [{ code: 'kind' as const, why }] : []),
    ...(observance ? [{ code: 'observance' as const, word: observance }] : unmarked ? [{ code: 'appleUnmarked' as const }] : []),
    ...extra,
  ];
  // Our export ends a summary with a mark of its kind for other calendar apps: it is not part of the
  // name. Apple's own make-up working day (春节（班）, marked by Apple and not by us) keeps it: bare,
  // a working day named 春节 would read as the holiday.
  const ownName = why?.code === 'apple' && !isOff;
  const summary = ownName ? textOf(vevent, 'summary') : unmarkedSummary(textOf(vevent, 'summary'), isOff);
  return [checkRow({ line, summary, start: first, last, isOff, description, ...(notes.length > 0 ? { notes } : {}) })];
}

/** The kind of an event: our export's marking, then Apple's, then the words of a Chinese feed. */
function kindOfEvent(vevent: Component): ReadKind {
  const ours = textOf(vevent, DAY_OFF_PROPERTY.toLowerCase()).trim().toUpperCase();
  if (ours === 'TRUE' || ours === 'FALSE') return { isOff: ours === 'TRUE', why: { code: 'flashduty' } };
  const apple = appleKindOf(textOf(vevent, APPLE_SPECIAL_DAY_PROPERTY.toLowerCase()));
  if (apple) return apple;
  const categories = vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)).join(',');
  return kindOfTexts({ summary: textOf(vevent, 'summary'), description: textOf(vevent, 'description'), categories });
}

/**
 * A one-off event with a time of day: the days it touches in the calendar's zone, from its start to
 * the moment before its end. A time in UTC (…Z) or in a named zone the browser knows is an instant;
 * a floating time, or one in a zone it does not know, is read as the calendar's own clock.
 */
function timedRow(vevent: Component, dtstart: Property, reading: Reading): SourceRow[] {
  const { zone } = reading;
  const calendarZone = isKnownZone(zone) ? zone : 'UTC';
  const start = instantOfProperty(dtstart, calendarZone);
  if (start === undefined) return [invalidRow(reading.line, textOf(vevent, 'summary'), { code: 'unreadableEvent' })];
  const dtend = vevent.getFirstProperty('dtend');
  const duration = vevent.getFirstPropertyValue('duration');
  const end =
    dtend ? (instantOfProperty(dtend, calendarZone) ?? start)
    : duration instanceof ICAL.Duration ? start + duration.toSeconds() * 1000
    : start;
  const first = dateIn(start, calendarZone);
  const last = end > start ? dateIn(end - 1, calendarZone) : first;
  return occurrenceRow(vevent, first, compareDates(last, first) < 0 ? first : last, reading, [{ code: 'timed', zone: calendarZone }]);
}

/** The instant of a DATE-TIME (or DATE, as midnight) property, read in its TZID or the calendar's zone. */
function instantOfProperty(property: Property, calendarZone: string): number | undefined {
  const value: unknown = property.jCal[3];
  if (typeof value !== 'string') return undefined;
  if (property.type === 'date') return instantOf(`${value}T00:00:00`, calendarZone);
  if (value.endsWith('Z')) return instantOf(value, 'UTC');
  const tzid = property.getParameter('tzid');
  return instantOf(value, typeof tzid === 'string' && isKnownZone(tzid) ? tzid : calendarZone);
}

function textOf(vevent: Component, name: string): string {
  try {
    const value = vevent.getFirstPropertyValue(name);
    return typeof value === 'string' ? value : value == null ? '' : String(value);
  } catch {
    return '';
  }
}
