// China's public holidays as the State Council schedules them each year: the statutory holidays,
// the bridge days around them (调休放假) and the make-up working days (调休上班), from the chinese-days
// package (MIT), 2004 to its latest published year. For a later year, whose schedule is not
// published, the statutory days of the law in force (core/chinaStatutoryDays). Loaded with the
// holiday source, never with the first page.
import schedule from 'chinese-days/dist/chinese-days.json';
import { CHINA_STATUTORY_SINCE, chinaStatutoryDays, type StatutoryHoliday } from '../../core/chinaStatutoryDays';
import { addDays, compareDates, type IsoDate } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { textsFor } from '../../core/text';
import { IMPORT_TEXTS } from './importText';
import { checkRow, type SourceRow } from './rows';

type Days = Record<string, string>;
const { holidays, workdays } = schedule as { holidays: Days; workdays: Days };

/** The years the schedule covers. */
const YEARS = new Set(Object.keys(holidays).map((d) => Number(d.slice(0, 4))));

/** Whether the State Council's schedule for the year is in the data (2027 is not, as of its notice). */
export const chinaScheduleKnown = (year: number) => YEARS.has(year);

/** The data writes "Spring Festival,春节,4": the English name, the Chinese one, the number of statutory days. */
const NAME_COLUMN: Record<Locale, number> = { en: 0, 'zh-CN': 1 };
const nameOf = (entry: string, language: Locale) => {
  const names = entry.split(',');
  return names[NAME_COLUMN[language]] ?? names[0];
};

/** The statutory holidays named as the data names them. */
export const STATUTORY_NAMES: Readonly<Record<StatutoryHoliday, string>> = {
  newYear: "New Year's Day,元旦",
  springFestival: 'Spring Festival,春节',
  qingming: 'Tomb-sweeping Day,清明',
  labourDay: 'Labour Day,劳动节',
  dragonBoat: 'Dragon Boat Festival,端午',
  midAutumn: 'Mid-autumn Festival,中秋',
  nationalDay: 'National Day,国庆节',
};

/** The statutory days of a year, as the data writes a year's days off; a day of two holidays keeps the first. */
function statutoryDays(year: number): Days {
  const days: Days = {};
  for (const { date, holiday } of chinaStatutoryDays(year)) days[date] ??= STATUTORY_NAMES[holiday];
  return days;
}

/**
 * The year's days off as rows in date order, each holiday's days as one row (its bridge days
 * included), and each make-up working day as a row of its own: the State Council's schedule, or
 * for a later year the statutory days only (no make-up working day is known then). Undefined for
 * a year before the data and before the law in force.
 */
export function chinaScheduleRows(year: number, language: Locale): SourceRow[] | undefined {
  if (!chinaScheduleKnown(year) && year < CHINA_STATUTORY_SINCE) return undefined;
  const prefix = `${year}-`;
  const offDays = chinaScheduleKnown(year) ? holidays : statutoryDays(year);
  const runs: { start: IsoDate; last: IsoDate; summary: string; isOff: boolean }[] = [];
  for (const date of Object.keys(offDays).filter((d) => d.startsWith(prefix)).sort()) {
    const summary = nameOf(offDays[date], language);
    const previous = runs.at(-1);
    if (previous && previous.summary === summary && addDays(previous.last, 1) === date) previous.last = date;
    else runs.push({ start: date, last: date, summary, isOff: true });
  }
  for (const date of Object.keys(workdays).filter((d) => d.startsWith(prefix))) {
    const holiday = nameOf(workdays[date], language);
    runs.push({ start: date, last: date, summary: textsFor(IMPORT_TEXTS, language)('makeUpDayOf', { holiday }), isOff: false });
  }
  return runs
    .sort((a, b) => compareDates(a.start, b.start))
    .map((run, index) => checkRow({ ...run, line: index + 1, description: '' }));
}
