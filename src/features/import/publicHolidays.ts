// A country's public holidays for a year, as rows to import: for China the State Council's schedule
// (chinaSchedule.ts: bridge days and make-up working days included; for a year not published yet,
// the statutory days of the amended holiday law), for the rest the date-holidays data. Where
// Flashduty keeps an official holiday calendar for the country, linking it (extra_cal_ids) is
// better than copying: Flashduty keeps it up to date.
import Holidays from 'date-holidays';
import { addDays, compareDates, type IsoDate } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { regionName } from '../../core/regionName';
import { chinaScheduleKnown, chinaScheduleRows } from './chinaSchedule';
import { checkRow, invalidRow, type SourceRow } from './rows';

export { chinaScheduleKnown };
export { movedHolidayCheck } from './movedHolidays';

/** Flashduty's public-holiday calendars a calendar can link instead of importing, by country code. */
export const LINKABLE_HOLIDAY_CALENDARS: Readonly<Record<string, string>> = {
  CN: 'zh-cn.china.official',
  US: 'en-us.usa.official',
  JP: 'ja-jp.japan.official',
  SG: 'en-sg.singapore.official',
};

/** The Flashduty calendar to link for a country, when there is one. */
export function linkableCalendarOf(country: string): string | undefined {
  return Object.hasOwn(LINKABLE_HOLIDAY_CALENDARS, country.toUpperCase()) ? LINKABLE_HOLIDAY_CALENDARS[country.toUpperCase()] : undefined;
}

/** date-holidays names languages by ISO 639-1 code. */
const DATA_LANGUAGE: Record<Locale, string> = { en: 'en', 'zh-CN': 'zh' };

export interface PlaceOption {
  code: string;
  name: string;
}

/** The country a Chinese page's users most often mean: its list starts there. */
const FIRST_COUNTRY: Partial<Record<Locale, string>> = { 'zh-CN': 'CN' };

/**
 * The countries date-holidays knows, named in the interface language, in its alphabetical order;
 * in Chinese 中国 first (a Chinese scheduler's list should not open on 阿尔巴尼亚).
 */
export function countries(language: Locale): PlaceOption[] {
  // The data names most countries in English or their own language only: the browser's names
  // (中国, 美国) read better in Chinese, and 中国香港 as a Chinese product writes it (core/regionName).
  const options = Object.entries(new Holidays().getCountries(DATA_LANGUAGE[language])).map(([code, name]) => ({ code, name: regionName(code, language) ?? name }));
  const sorted = sortByName(options, language);
  const first = sorted.findIndex((o) => o.code === FIRST_COUNTRY[language]);
  return first > 0 ? [sorted[first], ...sorted.slice(0, first), ...sorted.slice(first + 1)] : sorted;
}

/** A country's states or provinces that have holidays of their own (empty when none do). */
export function regions(country: string, language: Locale): PlaceOption[] {
  const states = new Holidays().getStates(country, DATA_LANGUAGE[language]) ?? {};
  return sortByName(Object.entries(states).map(([code, name]) => ({ code, name })), language);
}

const sortByName = (options: PlaceOption[], language: Locale) => {
  const collator = new Intl.Collator(language);
  return options.sort((a, b) => collator.compare(a.name, b.name));
};

/**
 * Whether date-holidays' note on a public holiday says the day is off for some people only (China's
 * "Women", "Youth from the age of 14 to 28", "Military personnel in active service"; "For Muslim",
 * "only for women", "orthodox"). Its other notes describe a day off for everyone: India's "Celebrates
 * adoption of Constitution", Peru's law, Botswana's "except mining industy", Guyana's "tentative".
 */
const GROUP_NOTE = /\b(only|women|youth|children|military|personnel|orthodox|muslims?|islamic|faith)\b/i;

/**
 * The public holidays (type `public` only: not bank, school or observance days) of a country, or of
 * one of its states, in a year, as day-off rows in date order. Days in a row with the same name are
 * one row (the data gives the Spring Festival as three holidays). A holiday of part of a day (an
 * afternoon) or of part of the people (Children's Day in China) is a skipped row: it is no day off
 * for a team. An unknown country gives no rows.
 */
export function publicHolidayRows(country: string, year: number, language: Locale, region?: string): SourceRow[] {
  const china = country.toUpperCase() === 'CN' && !region ? chinaScheduleRows(year, language) : undefined;
  if (china) return china;
  const holidays = new Holidays(country, region ?? '', { types: ['public'] });
  const skipped: { start: IsoDate; row: SourceRow }[] = [];
  const merged: { start: IsoDate; last: IsoDate; summary: string }[] = [];
  for (const holiday of holidays.getHolidays(year, DATA_LANGUAGE[language])) {
    if (holiday.type !== 'public') continue;
    // The holiday's own date as the data writes it, in the country's time. `start` and `end` are
    // instants: as dates in the browser's timezone they could fall on the day before.
    const start = holiday.date.slice(0, 10);
    const note = (holiday as { note?: string }).note;
    const group = note !== undefined && GROUP_NOTE.test(note);
    const days = wholeDays(holiday);
    if (group || days === undefined) {
      skipped.push({ start, row: invalidRow(0, holiday.name, group ? { code: 'groupHoliday', note } : { code: 'partialDay' }) });
      continue;
    }
    const last = addDays(start, days - 1);
    const previous = merged.at(-1);
    if (previous && previous.summary === holiday.name && addDays(previous.last, 1) === start) previous.last = last;
    else merged.push({ start, last, summary: holiday.name });
  }
  const rows = merged.map((h) => ({ start: h.start, row: checkRow({ ...h, line: 0, isOff: true, description: '' }) }));
  return [...rows, ...skipped]
    .sort((a, b) => compareDates(a.start, b.start))
    .map(({ row }, index) => ({ ...row, line: index + 1 }));
}

/**
 * Whether a country's public holidays (as publicHolidayRows gives them) cover a day: to tell a
 * public holiday from an observance (Groundhog Day, Tax Day) in another source's rows.
 */
export function publicHolidayDays(country: string, year: number): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const row of publicHolidayRows(country, year, 'en')) {
    if (row.kind !== 'row' || !row.isOff) continue;
    for (let d = row.start; compareDates(d, row.last) <= 0; d = addDays(d, 1)) days.add(d);
  }
  return days;
}

/** Whether a day is one of a country's public holidays (publicHolidayDays), each year's days looked up once. */
export function publicHolidayDay(country: string): (date: IsoDate) => boolean {
  const byYear = new Map<number, Set<IsoDate>>();
  return (date) => {
    const year = Number(date.slice(0, 4));
    let days = byYear.get(year);
    if (!days) byYear.set(year, (days = publicHolidayDays(country, year)));
    return days.has(date);
  };
}

/**
 * The days a holiday takes off: from its date, each day whose noon it covers. Holidays of religions
 * whose days begin at sunset start the evening before their date (the data writes "-0600") and may
 * end an evening: the day they end on counts when it is mostly off. Undefined for a holiday that
 * starts within its day (an afternoon off) or lasts no whole day.
 */
function wholeDays(holiday: { date: string; start: Date; end: Date }): number | undefined {
  const match = /^\d{4}-\d{2}-\d{2} 00:00:00(?: ([+-])(\d{2})(\d{2}))?$/.exec(holiday.date);
  if (!match) return undefined;
  const earlyMs = match[1] ? (match[1] === '-' ? 1 : -1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
  const midnight = holiday.start.getTime() + earlyMs;
  const days = Math.ceil((holiday.end.getTime() - midnight - 12 * 3_600_000) / 86_400_000);
  return days >= 1 ? days : undefined;
}
