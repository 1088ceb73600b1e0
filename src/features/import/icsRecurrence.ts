// Reading a recurring all-day event's own rules where ical.js reads them otherwise than RFC 5545:
// excluded days listed twice, days a month lacks, added days that are no date. parseIcs.ts expands
// the series with ical.js and asks these which occurrences stand.
import ICAL from 'ical.js';
import { isIsoDate, type IsoDate } from '../../core/dates';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

export const isoOf = (t: Time): IsoDate => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

/**
 * Takes the EXDATE days out of a series, to be skipped here: ical.js walks its sorted list of
 * excluded days one step per occurrence, so a day listed twice left the next excluded day in.
 */
export function takeExcludedDays(vevent: Component): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const property of vevent.getAllProperties('exdate')) {
    for (const value of property.jCal.slice(3)) if (typeof value === 'string' && isIsoDate(value.slice(0, 10))) days.add(value.slice(0, 10));
    vevent.removeProperty(property);
  }
  return days;
}

/** The RDATE days of a series, with those that are no calendar date (20260230) dropped: ical.js would move them to March. */
export function keepAddedDays(vevent: Component): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const property of vevent.getAllProperties('rdate')) {
    const values = property.jCal.slice(3);
    const kept = values.filter((v) => typeof v !== 'string' || isIsoDate(v.slice(0, 10)));
    for (const v of kept) if (typeof v === 'string') days.add(v.slice(0, 10));
    if (kept.length === values.length) continue;
    property.removeAllValues();
    if (kept.length === 0) vevent.removeProperty(property);
    else property.jCal.push(...kept);
  }
  return days;
}

/**
 * Whether an occurrence is one the rule names. ical.js rolls a day the month lacks into the next
 * (BYMONTHDAY=30 in February gave 2 March; a yearly 29 February gave 1 March); RFC 5545 skips it.
 * The first day (DTSTART) always counts.
 */
export function ruleFits(vevent: Component, first: IsoDate): (t: Time) => boolean {
  const rules = vevent.getAllProperties('rrule');
  if (rules.length !== 1) return () => true;
  const recur = rules[0].getFirstValue() as { freq?: string; parts?: Record<string, unknown> };
  const part = (name: string) => (Array.isArray(recur.parts?.[name]) && (recur.parts[name] as unknown[]).length > 0 ? (recur.parts[name] as number[]) : undefined);
  const [, firstMonth, firstDay] = first.split('-').map(Number);
  const dayPicked = ['BYDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTHDAY'].some((name) => part(name));
  const months = part('BYMONTH') ?? (recur.freq === 'YEARLY' && !dayPicked ? [firstMonth] : undefined);
  const monthDays = part('BYMONTHDAY') ?? ((recur.freq === 'YEARLY' || recur.freq === 'MONTHLY') && !dayPicked ? [firstDay] : undefined);
  return (t) => {
    if (isoOf(t) === first) return true;
    if (months && !months.includes(t.month)) return false;
    const length = ICAL.Time.daysInMonth(t.month, t.year);
    return !monthDays || monthDays.some((d) => (d > 0 ? d : length + 1 + d) === t.day);
  };
}
