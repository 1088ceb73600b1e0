import type { Locale } from './locale';
import type { IsoDate } from './dates';
import { defineTexts, formatList, textsFor } from './text';

const en = {
  dayRange: '{first} – {last}',
  weekdayRun: '{first}–{last}',
  everyDay: 'Every day',
} as const;

/** The words between dates and weekdays; the dates themselves are Intl.DateTimeFormat's. */
export const DATE_TEXTS = defineTexts('date', en, { dayRange: '{first} 至 {last}', weekdayRun: '{first}至{last}', everyDay: '每天' });

const DAY_OPTIONS: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  'zh-CN': { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
};

/** A calendar date for people, in the interface language. Formatted in UTC from a UTC date: no shift. */
export function formatDay(date: IsoDate, locale: Locale): string {
  return formatter(locale, DAY_OPTIONS[locale]).format(utc(date));
}

const utc = (date: IsoDate) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const LANG: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

// Making a formatter costs far more than using one: each is made once (a month's grid uses dozens),
// and only when first used. The first of a language loads its locale data (tens of ms on a slow
// phone): a page in English never makes a Chinese one, nor loading this module any.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(LANG[locale], { ...options, timeZone: 'UTC' })));
  return f;
}

/** "Thursday, 1 October 2026": a day cell's name for a screen reader. */
export function formatLongDay(date: IsoDate, locale: Locale): string {
  const key = locale + date;
  let name = longDays.get(key);
  if (name === undefined) longDays.set(key, (name = formatter(locale, LONG_DAY).format(utc(date))));
  return name;
}
// A month's grid and the year view name every day, again at each showing: each date is formatted
// once (a few thousand short strings at most, for the years a scheduler looks at).
const longDays = new Map<string, string>();
const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** "October 2026" / "2026年10月". */
export function formatMonthName(year: number, month: number, locale: Locale): string {
  return formatter(locale, { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** Days from `first` to `last`, both included: one date when they are the same ("Wed, 16 Dec 2026"). */
export function formatDayRange(first: string, last: string, locale: Locale): string {
  if (first === last) return formatDay(first, locale);
  return textsFor(DATE_TEXTS, locale)('dayRange', { first: formatDay(first, locale), last: formatDay(last, locale) });
}

/** The months' names, January first. */
export function monthNames(locale: Locale): string[] {
  // Chinese months are numbered (10月), not spelled (十月).
  const f = formatter(locale, { month: locale === 'zh-CN' ? 'numeric' : 'long' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2026, i, 1))));
}

/** The weekdays' names, indexed like the API's `workdays` (0 = Sunday). */
export function weekdayNames(locale: Locale, width: 'short' | 'long'): string[] {
  const f = formatter(locale, { weekday: width });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2026, 1, 1 + i)))); // 1 Feb 2026 is a Sunday
}

const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

/**
 * A calendar's working days in a few words: "Mon–Fri", "Sun–Thu", "Mon, Wed, Fri" (周一至周五, …).
 * Runs of three or more days are ranges; the week wraps, so Sunday to Thursday is one run. Empty
 * when there are none.
 */
export function describeWorkdays(workdays: readonly number[], locale: Locale): string {
  const names = weekdayNames(locale, 'short');
  const on = new Set(workdays);
  const text = textsFor(DATE_TEXTS, locale);
  if (on.size === 7) return text('everyDay');
  // Start after the last missing day before Monday, so that a run never splits across the start.
  const lastMissing = MONDAY_FIRST.findLastIndex((d) => !on.has(d));
  const order = [...MONDAY_FIRST.slice(lastMissing + 1), ...MONDAY_FIRST.slice(0, lastMissing + 1)];
  const runs: number[][] = [];
  let run: number[] = [];
  for (const d of order) {
    if (on.has(d)) {
      run.push(d);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return formatList(
    locale,
    runs.flatMap((r) => (r.length >= 3 ? [text('weekdayRun', { first: names[r[0]], last: names[r[r.length - 1]] })] : r.map((d) => names[d]))),
    'unit',
  );
}

/** An instant (seconds since the epoch, as the API gives `created_at`) in a time zone: "3 Dec 2026, 14:05". */
export function formatInstant(seconds: number, timeZone: string, locale: Locale): string {
  const key = `${locale} ${timeZone}`;
  let f = instantFormatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone };
    try {
      f = new Intl.DateTimeFormat(LANG[locale], options);
    } catch {
      f = new Intl.DateTimeFormat(LANG[locale], { ...options, timeZone: 'UTC' }); // an unknown zone
    }
    instantFormatters.set(key, f);
  }
  return f.format(new Date(seconds * 1000));
}
// The month's event list formats two instants an event, in the same zone: one formatter each.
const instantFormatters = new Map<string, Intl.DateTimeFormat>();
