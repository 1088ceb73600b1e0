// Instants and dates in an IANA time zone, through Intl only: an iCalendar event with a time of day
// (09:00–18:00 in Asia/Shanghai, or in UTC) becomes the calendar's days it touches.
import type { IsoDate } from '../../core/dates';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(zone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter ?? undefined;
}

/** Whether the browser knows the zone (an Outlook name such as "China Standard Time" it does not). */
export const isKnownZone = (zone: string) => formatterOf(zone) !== undefined;

/** The wall-clock parts of an instant in a zone. */
function partsAt(ms: number, zone: string): number[] {
  const parts = formatterOf(zone)!.formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

const offsetAt = (ms: number, zone: string) => {
  const [y, mo, d, h, mi, s] = partsAt(ms, zone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(ms / 1000) * 1000;
};

/** The instant of a wall-clock time (`YYYY-MM-DDTHH:MM:SS`) in a known zone. */
export function instantOf(wall: string, zone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(wall);
  if (!match || !isKnownZone(zone)) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  // Twice: the offset at the first guess may differ from the offset at the instant (a DST change).
  const first = guess - offsetAt(guess, zone);
  return guess - offsetAt(first, zone);
}

/** The date of an instant in a known zone. */
export function dateIn(ms: number, zone: string): IsoDate {
  const [y, mo, d] = partsAt(ms, zone);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
