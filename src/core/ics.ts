// iCalendar (RFC 5545) as the panel writes it: the export's .ics file in the browser and the
// subscription feed on the server. All-day events, DTEND exclusive as the API's end_at is, CRLF line
// ends, lines folded at 75 octets, text escaped, and no control character written raw (a CR in a
// summary from the API would end the line in the file). An event whose summary's words do not say its
// kind says it with a mark, in the file's language, so that any calendar app shows a make-up working
// day as one, and the import reads the kind back without the X- properties.
import type { IsoDate } from './dates';
import { kindOfWords } from './dayWords';
import { LOCALES, type Locale } from './locale';
import { defineTexts, textsFor } from './text';

/** Read back by the import: FALSE for a working-day event; other calendars ignore it. */
export const DAY_OFF_PROPERTY = 'X-FLASHDUTY-DAY-OFF';

const PRODID = '-//Flashcat//Flashduty calendar panel//EN';

/**
 * What a SUMMARY ends with when its words would not tell another calendar app (and our import, once
 * that app dropped the X- properties) the event's kind: 班 marks a working day, 休 a day off, as in
 * the year view.
 */
export const ICS_TEXTS = defineTexts('ics', { workingDayMark: ' (working day)', dayOffMark: ' (day off)' } as const, { workingDayMark: '（班）', dayOffMark: '（休）' });
const markOfKind = (isOff: boolean, locale: Locale) => textsFor(ICS_TEXTS, locale)(isOff ? 'dayOffMark' : 'workingDayMark');

/** The kind a summary's mark (of either language, at its end) says, and the mark. */
export function markOf(summary: string): { isOff: boolean; mark: string } | undefined {
  for (const isOff of [false, true]) {
    for (const mark of LOCALES.map((locale) => markOfKind(isOff, locale))) if (summary.endsWith(mark)) return { isOff, mark };
  }
  return undefined;
}

/**
 * The summary as a calendar app shows it: marked with the event's kind, unless its words already say
 * that kind as the import reads them ("Labour Day make-up workday", 国庆节调休上班; a day off by default)
 * and it ends with no mark of its own.
 */
export function markedSummary(summary: string, isOff: boolean, locale: Locale, description = ''): string {
  const readOff = kindOfWords({ summary, description })?.isOff ?? true;
  return readOff === isOff && !markOf(summary) ? summary : summary + markOfKind(isOff, locale);
}

/** The summary without the mark of its kind (one, at the end, of either language), for an import. */
export function unmarkedSummary(summary: string, isOff: boolean): string {
  const marked = markOf(summary);
  return marked?.isOff === isOff ? summary.slice(0, -marked.mark.length) : summary;
}

export interface IcsEvent {
  uid: string;
  start: IsoDate;
  /** The day after the last day, as the API's end_at. */
  end: IsoDate;
  /** The event's own summary; the working-day mark is added here. */
  summary: string;
  description?: string;
  isOff: boolean;
  /** DTSTAMP, in milliseconds since the epoch. */
  stampMs: number;
}

export interface IcsCalendar {
  name: string;
  events: readonly IcsEvent[];
  /** The language of the working-day mark. */
  locale: Locale;
  /** For a feed: how often a subscribed calendar app should fetch it again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshMinutes?: number;
}

/** The calendar as iCalendar text. */
export function toIcsText({ name, events, locale, refreshMinutes }: IcsCalendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(name)}`];
  if (refreshMinutes !== undefined) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${refreshMinutes}M`, `X-PUBLISHED-TTL:PT${refreshMinutes}M`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utcStamp(event.stampMs)}`,
      `DTSTART;VALUE=DATE:${event.start.replaceAll('-', '')}`,
      `DTEND;VALUE=DATE:${event.end.replaceAll('-', '')}`,
      `SUMMARY:${escapeText(markedSummary(event.summary, event.isOff, locale, event.description))}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    // A day off or working day does not make anyone busy; Apple Calendar marks the two kinds of day.
    lines.push('TRANSP:TRANSPARENT', `X-APPLE-SPECIAL-DAY:${event.isOff ? 'WORK-HOLIDAY' : 'ALTERNATE-WORKDAY'}`);
    lines.push(`${DAY_OFF_PROPERTY}:${event.isOff ? 'TRUE' : 'FALSE'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

// Control characters other than the tab and the line breaks: RFC 5545 TEXT allows none of them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A TEXT value as RFC 5545 escapes it; line breaks (CRLF, CR, LF) become `\n`, other control characters are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded at 75 octets (a continuation's leading space included), never inside a character. */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      parts.push(part);
      part = ' ';
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n');
}

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as a UTC DATE-TIME, 20260921T141320Z. */
function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
}
