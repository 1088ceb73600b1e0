// Months as `YYYY-MM` strings and the days they hold, by the same UTC day arithmetic as the dates.
import { daysFrom, weekday } from './dates';

export interface Month {
  year: number;
  /** 1 to 12. */
  month: number;
}

/** The API lists events from 2023 on. */
export const FIRST_YEAR = 2023;
export const LAST_YEAR = 9999;

/** A month of a year the API lists (nothing is asked for before 2023-01 or after 9999-12). */
export const isListedMonth = ({ year, month }: Month) => month >= 1 && month <= 12 && year >= FIRST_YEAR && year <= LAST_YEAR;

export function parseMonth(value: string | undefined): Month | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})$/);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return isListedMonth({ year, month }) ? { year, month } : undefined;
}

export const formatMonth = ({ year, month }: Month) => `${year}-${String(month).padStart(2, '0')}`;

export function addMonths({ year, month }: Month, count: number): Month {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const firstDay = (m: Month) => `${formatMonth(m)}-01`;
/** The month's last day (not the day after it: after 9999-12-31 comes "10000-01-01", which no longer sorts as text). */
export const lastDay = (m: Month) => `${formatMonth(m)}-${new Date(Date.UTC(m.year, m.month, 0)).getUTCDate()}`;
export const monthOf = (date: string): Month => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) });

/** Days since the Monday of the date's week (0 for a Monday … 6 for a Sunday). */
export const daysFromMonday = (date: string) => (weekday(date) + 6) % 7;

/** The same day of the month `count` months on, or the month's last day when it is shorter (31 Jan → 28 Feb). */
export function sameDayMonthsOn(date: string, count: number): string {
  const m = addMonths(monthOf(date), count);
  const last = lastDay(m);
  const day = `${formatMonth(m)}-${date.slice(8)}`;
  return day > last ? last : day;
}

/** The month's weeks, Monday first; days of the neighbouring months are `null`. */
export function weeksOf(m: Month): (string | null)[][] {
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array(daysFromMonday(firstDay(m))).fill(null);
  for (const date of daysFrom(firstDay(m), lastDay(m))) {
    week.push(date);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array(7 - week.length).fill(null)]);
  return weeks;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date where the calendar is: its days begin at its own midnight. */
export function todayIn(timeZone: string, now = new Date()): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    // en-CA writes dates as YYYY-MM-DD; an unknown time zone falls back to the browser's.
    const options = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
    try {
      f = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en-CA', options);
    }
    dayFormats.set(timeZone, f);
  }
  return f.format(now);
}
