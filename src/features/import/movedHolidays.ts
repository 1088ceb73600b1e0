// Whether a day off copied to another year on the same month and day is the same holiday there
// (Import → Copy, copyRows). New Year's Day, Christmas, 4 July: yes. Martin Luther King Jr. Day
// (3rd Monday in January), Easter, Chinese New Year, China's whole schedule, 元宵节: no, their date
// moves. 4 July 2026 is a Saturday: the day itself repeats, but it is observed on Friday 3 July too.
//
// The countries looked up are the time zone's (as date-holidays gives zones to countries: America/
// New_York is the United States') and China; the calendar's country is the one of them whose public
// holidays most of the copied days off are (a Chinese team's calendar in America/Los_Angeles holding
// China's schedule is China's). A row named as a holiday on its days (the names date-holidays and
// China's schedule give in English and Chinese, as Import → Public holidays wrote them) is judged by
// that holiday, the calendar's country's first; a row of another name (a feed's "Thanksgiving", a
// team's own words) by the calendar's country's holidays on its days. A Chinese lunar festival
// named in the row (元宵节, 重阳节, 腊八…) on its lunar day moves whatever else the day is. Each
// country's year is looked up once.
// chinese-days by its default export: see core/chinaStatutoryDays.ts.
import chineseDays from 'chinese-days';
import Holidays from 'date-holidays';
import { data } from 'date-holidays/data';
import { addDays, compareDates, daysInclusive, someDay, type IsoDate } from '../../core/dates';
import { chinaScheduleRows } from './chinaSchedule';

/** How a moved day off differs in its new year: its date moves, or it is observed on another day too. */
export type HolidayChange = 'moves' | 'observed';

/** A day off of `start`..`last` named `summary`, moved to start on `moved`: how its holiday differs there, if it does. */
export type HolidayCheck = (row: { start: IsoDate; last: IsoDate; moved: IsoDate; summary: string }) => HolidayChange | undefined;

interface Holiday {
  date: IsoDate;
  /** Its names in English and Chinese, lower case. */
  names: string[];
  /** date-holidays' rule (the same holiday in another year has the same); undefined for China's schedule, set each year. */
  rule?: string;
  substitute: boolean;
}

const normalName = (name: string) => name.trim().toLowerCase();

const years = new Map<string, Holiday[]>();

/**
 * A country's public holidays in a year: China's schedule for China (its dates are set each year),
 * date-holidays' for the others and for China before the schedule's data.
 */
function holidaysOf(country: string, year: number): Holiday[] {
  const key = `${country}:${year}`;
  let found = years.get(key);
  if (!found) years.set(key, (found = (country === 'CN' ? chinaHolidays(year) : undefined) ?? dataHolidays(country, year)));
  return found;
}

const days = new Map<string, Map<IsoDate, Holiday[]>>();

/** A country's public holidays on a day. */
function holidaysOn(country: string, date: IsoDate): Holiday[] {
  const key = `${country}:${date.slice(0, 4)}`;
  let byDate = days.get(key);
  if (!byDate) {
    days.set(key, (byDate = new Map()));
    for (const h of holidaysOf(country, Number(date.slice(0, 4)))) byDate.set(h.date, [...(byDate.get(h.date) ?? []), h]);
  }
  return byDate.get(date) ?? [];
}

function chinaHolidays(year: number): Holiday[] | undefined {
  const english = chinaScheduleRows(year, 'en');
  const chinese = chinaScheduleRows(year, 'zh-CN');
  if (!english || !chinese) return undefined;
  const names = new Map<IsoDate, string[]>();
  for (const row of [...english, ...chinese]) {
    if (row.kind !== 'row' || !row.isOff) continue;
    for (let d = row.start; compareDates(d, row.last) <= 0; d = addDays(d, 1)) names.set(d, [...(names.get(d) ?? []), normalName(row.summary)]);
  }
  return [...names].map(([date, dayNames]) => ({ date, names: dayNames, substitute: false }));
}

function dataHolidays(country: string, year: number): Holiday[] {
  const data = new Holidays(country, { types: ['public'] });
  const english = data.getHolidays(year, 'en');
  const chinese = data.getHolidays(year, 'zh');
  return english.map((h, i) => ({
    date: h.date.slice(0, 10),
    names: [h.name, chinese[i]?.name ?? h.name].map(normalName),
    rule: h.rule,
    substitute: Boolean(h.substitute),
  }));
}

let zones: Map<string, string[]> | undefined;
/** The countries date-holidays gives a time zone to (America/New_York: US; Asia/Shanghai: CN), read from its data as is (a Holidays per country takes half a second). */
function countriesOfZone(zone: string): string[] {
  if (!zones) {
    zones = new Map();
    for (const [country, { zones: own }] of Object.entries(data.holidays)) for (const z of own ?? []) zones.set(z, [...(zones.get(z) ?? []), country]);
  }
  return zones.get(zone) ?? [];
}

/** How `holiday`, moved to `target`, differs in the target's year: its rule's date there, or a substitute day near it. */
function changeOf(country: string, holiday: Holiday, target: IsoDate): HolidayChange | 'same' {
  if (holiday.rule === undefined || holiday.substitute) return 'moves';
  // A substitute day a week around the target may be listed in the year next to it (31 December for 1 January).
  const near = [...new Set([addDays(target, -7), addDays(target, 7)].map((d) => Number(d.slice(0, 4))))];
  // A substitute's rule is its holiday's ("07-04 and if saturday then previous friday") or names it ("substitutes 12-26 if saturday…").
  const same = near.flatMap((y) => holidaysOf(country, y)).filter((h) => h.rule === holiday.rule || h.rule?.startsWith(`substitutes ${holiday.rule} `));
  if (!same.some((h) => !h.substitute && h.date === target)) return 'moves';
  return same.some((h) => h.substitute && Math.abs(daysInclusive(h.date, target) - 1) <= 7) ? 'observed' : 'same';
}

const WORST = ['same', 'observed', 'moves'] as const;
const worse = (a: HolidayChange | 'same' | undefined, b: HolidayChange | 'same') => (a && WORST.indexOf(a) > WORST.indexOf(b) ? a : b);

/** A country's holidays on the row's days: how they differ when moved, and whether one is named as the row. */
function judge(country: string, row: Parameters<HolidayCheck>[0], name: string) {
  let change: HolidayChange | 'same' | undefined;
  let named = false;
  for (let d = row.start, t = row.moved; compareDates(d, row.last) <= 0; d = addDays(d, 1), t = addDays(t, 1)) {
    for (const holiday of holidaysOn(country, d)) {
      named ||= holiday.names.includes(name);
      change = worse(change, changeOf(country, holiday, t));
    }
  }
  return change && { change, named };
}

/** Lunar festivals by lunar month and day: their Gregorian dates move every year. */
const LUNAR_FESTIVALS: readonly (readonly [string, number, number])[] = [
  ['春节', 1, 1],
  ['元宵', 1, 15],
  ['龙抬头', 2, 2],
  ['端午', 5, 5],
  ['七夕', 7, 7],
  ['中元', 7, 15],
  ['中秋', 8, 15],
  ['重阳', 9, 9],
  ['寒衣', 10, 1],
  ['下元', 10, 15],
  ['腊八', 12, 8],
  ['小年', 12, 23],
  ['小年', 12, 24],
];

/** Whether the row names a lunar festival that falls on one of its days. */
function isLunarFestival(row: Parameters<HolidayCheck>[0]): boolean {
  const festivals = LUNAR_FESTIVALS.filter(([name]) => row.summary.includes(name));
  if (festivals.length === 0) return false;
  for (let d = row.start; compareDates(d, row.last) <= 0; d = addDays(d, 1)) {
    // Only the lunar month and day: chinese-days labels its answer with the day before west of UTC.
    const lunar = chineseDays.getLunarDate(d);
    if (!lunar.isLeap && festivals.some(([, month, day]) => lunar.lunarMon === month && lunar.lunarDay === day)) return true;
  }
  return false;
}

/** A day off of the calendar: its first and last day. */
type DaysOff = { start: IsoDate; last: IsoDate };

/**
 * The calendar's countries: of `candidates`, those whose public holidays fall on the most of its
 * days off (a calendar of China's schedule in America/Los_Angeles is China's, not the United States').
 */
function calendarCountries(candidates: string[], daysOff: readonly DaysOff[]): string[] {
  const isHoliday = (country: string) => (date: IsoDate) => holidaysOn(country, date).length > 0;
  const counts = candidates.map((c) => daysOff.filter((r) => someDay(r.start, r.last, isHoliday(c))).length);
  return candidates.filter((_, i) => counts[i] === Math.max(...counts));
}

/**
 * The check for a calendar in `zone` whose copied days off are `daysOff`. The countries looked up
 * are the zone's and China; the calendar's are those of them whose holidays its days off are. Where
 * several holidays decide, the one that differs most.
 */
export function movedHolidayCheck(zone: string, daysOff: readonly DaysOff[]): HolidayCheck {
  const countries = [...new Set([...countriesOfZone(zone), 'CN'])];
  const home = calendarCountries(countries, daysOff);
  return (row) => {
    if (isLunarFestival(row)) return 'moves';
    const name = normalName(row.summary);
    // The verdicts of the calendar's holidays named as the row, of other countries' named so, of the calendar's on its days.
    const groups: (HolidayChange | 'same' | undefined)[] = [undefined, undefined, undefined];
    for (const country of countries) {
      const found = judge(country, row, name);
      if (!found) continue;
      const group = home.includes(country) ? (found.named ? 0 : 2) : found.named ? 1 : undefined;
      if (group !== undefined) groups[group] = worse(groups[group], found.change);
    }
    const change = groups.find((g) => g !== undefined);
    return change === 'same' ? undefined : change;
  };
}
