// A calendar's events as an iCalendar file, for a mail client or another calendar, and for an import
// into another service calendar: all-day events, DTEND exclusive as the API's end_at is.
import ICAL from 'ical.js';
import type { CalEventItem } from '../../core/apiContract';
import { DAY_OFF_PROPERTY } from './parseIcs';

type Component = InstanceType<typeof ICAL.Component>;

const PRODID = '-//Flashcat//Flashduty calendar panel//EN';

/**
 * The events as a VCALENDAR named `calendarName`. Each VEVENT's UID is the event id, so a calendar
 * that subscribes to exports updates events instead of doubling them. `now` stamps events that
 * carry no time of their own.
 */
export function toIcs(events: readonly CalEventItem[], calendarName: string, now: () => number = Date.now): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  addText(calendar, 'x-wr-calname', calendarName);
  for (const event of events) calendar.addSubcomponent(veventOf(event, now));
  return `${stringify(calendar)}\r\n`;
}

function veventOf(item: CalEventItem, now: () => number): Component {
  const vevent = new ICAL.Component('vevent');
  const event = new ICAL.Event(vevent);
  event.uid = item.event_id;
  const stampMs = (item.updated_at || item.created_at) * 1000 || now();
  vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(new Date(stampMs), true));
  event.startDate = ICAL.Time.fromDateString(item.start_at);
  event.endDate = ICAL.Time.fromDateString(item.end_at);
  event.summary = item.summary;
  // A lone CR would end the line in the file: ical.js escapes LF only.
  if (item.description !== '') event.description = item.description.replace(/\r\n?/g, '\n');
  // Read back by parseIcs; other calendars ignore it, and take every event as a day off.
  vevent.addPropertyWithValue(DAY_OFF_PROPERTY.toLowerCase(), item.is_off ? 'TRUE' : 'FALSE');
  return vevent;
}

/**
 * An X- property whose value is text. ical.js writes a property it does not know as it is given
 * (or, typed as text, with a VALUE=TEXT parameter that other readers do not expect), so the text is
 * escaped here as RFC 5545 escapes TEXT.
 */
function addText(component: Component, name: string, value: string) {
  const escaped = value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
  component.addPropertyWithValue(name, escaped);
}

/**
 * The component as text, CRLF line ends, lines folded at 75 octets. ical.js folds the first line at
 * its `foldLength` but each continuation line one octet longer (its leading space comes on top), so
 * it folds at 74 here, set and restored around this synchronous call.
 */
function stringify(component: Component): string {
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return component.toString();
  } finally {
    ICAL.foldLength = foldLength;
  }
}
