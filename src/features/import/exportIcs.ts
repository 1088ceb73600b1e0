// A calendar's events as an iCalendar file, for a mail client or another calendar, and for an import
// into another service calendar: all-day events, DTEND exclusive as the API's end_at is. The writer
// is src/core/ics.ts, shared with the server's subscription feed.
import type { CalEventItem } from '../../core/apiContract';
import { toIcsText, type IcsEvent } from '../../core/ics';
import type { Locale } from '../../core/locale';

/** An own event as the writer takes it: UID from the event id, stamped with its last change (or `now`). */
export const icsEventOf = (item: CalEventItem, now: () => number): IcsEvent => ({
  uid: item.event_id,
  start: item.start_at,
  end: item.end_at,
  summary: item.summary,
  description: item.description,
  isOff: item.is_off,
  stampMs: (item.updated_at || item.created_at) * 1000 || now(),
});

/**
 * The events as a VCALENDAR named `calendarName`. Each VEVENT's UID is the event id, so a calendar
 * that subscribes to exports updates events instead of doubling them. Working-day events say so in
 * `locale`. `now` stamps events that carry no time of their own.
 */
export function toIcs(events: readonly CalEventItem[], calendarName: string, locale: Locale = 'en', now: () => number = Date.now): string {
  return toIcsText({ name: calendarName, locale, events: events.map((e) => icsEventOf(e, now)) });
}
