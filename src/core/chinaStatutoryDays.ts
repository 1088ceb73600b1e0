// China's statutory holidays (法定节假日) of a year: the days off for everyone by the holiday law
// (全国年节及纪念日放假办法) as amended in 2024, in force since 2025. The State Council's schedule of
// each year adds bridge days, days in lieu of statutory days on a weekend and make-up working days:
// no rule gives those. The lunar dates and the solar term come from chinese-days, whose lunar
// calendar follows the national standard (GB/T 33661-2017): date-holidays' own computation puts
// 2033's leap month after the seventh month instead of the eleventh, and its 中秋 a month late.
import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { addDays, compareDates, type IsoDate } from './dates';

/** The first year of the law as amended. */
export const CHINA_STATUTORY_SINCE = 2025;

export type StatutoryHoliday = 'newYear' | 'springFestival' | 'qingming' | 'labourDay' | 'dragonBoat' | 'midAutumn' | 'nationalDay';

/** A date of the lunar year that begins in `year` (month-day), in its ordinary month, not a leap one. */
const lunar = (year: number, monthDay: string): IsoDate => getSolarDateFromLunar(`${year}-${monthDay}`).date;

/** The law's days of each holiday, in its order. */
const LAW: readonly (readonly [StatutoryHoliday, (year: number) => IsoDate[]])[] = [
  ['newYear', (year) => [`${year}-01-01`]],
  // 农历除夕、正月初一至初三: the eve is the last day of the twelfth month, its 29th or 30th.
  ['springFestival', (year) => [-1, 0, 1, 2].map((n) => addDays(lunar(year, '01-01'), n))],
  // 农历清明当日: the day of the solar term 清明, in April.
  ['qingming', (year) => [getSolarTermDate(year, 4, 'pure_brightness')]],
  ['labourDay', (year) => [`${year}-05-01`, `${year}-05-02`]],
  ['dragonBoat', (year) => [lunar(year, '05-05')]],
  ['midAutumn', (year) => [lunar(year, '08-15')]],
  ['nationalDay', (year) => [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`]],
];

/**
 * The statutory days of a year (13 since 2025), in date order. A day may be two holidays (中秋 on
 * 3 October 2028): then it is given for both, in the law's order. Not the days of a year before CHINA_STATUTORY_SINCE.
 */
export function chinaStatutoryDays(year: number): { date: IsoDate; holiday: StatutoryHoliday }[] {
  const days = LAW.flatMap(([holiday, datesOf]) => datesOf(year).map((date) => ({ date, holiday })));
  // Array#sort is stable: a day of two holidays keeps the law's order.
  return days.sort((a, b) => compareDates(a.date, b.date));
}
