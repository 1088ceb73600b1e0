// China's statutory holidays (法定节假日) of a year: the days off for everyone by the holiday law
// (全国年节及纪念日放假办法) as amended in 2024, in force since 2025. The State Council's schedule of
// each year adds bridge days, days in lieu of statutory days on a weekend and make-up working days:
// no rule gives those.
//
// The lunar dates are read from chinese-days' lunar table, which follows the national standard
// (GB/T 33661-2017): date-holidays computes 2033 with a leap seventh month instead of the eleventh,
// and its 中秋 a month late. Only chinese-days' getLunarDate is used: its lunar-to-solar and
// solar-term functions give the day before or after in a time zone west of UTC. The solar term 清明
// comes from date-holidays, which gives it the same in every time zone.
// chinese-days by its default export: Node (the e2e specs, the server) loads the package's
// CommonJS build, whose named exports it cannot see; bundlers load its ES module, whose default
// export holds them all.
import chineseDays from 'chinese-days';
import Holidays from 'date-holidays';
import { addDays, compareDates, type IsoDate } from './dates';

/** The first year of the law as amended. */
export const CHINA_STATUTORY_SINCE = 2025;

export type StatutoryHoliday = 'newYear' | 'springFestival' | 'qingming' | 'labourDay' | 'dragonBoat' | 'midAutumn' | 'nationalDay';

/** The first day from `from` on (at most 60 days) that is `day` of the lunar `month`, not of a leap month. */
function lunarDay(from: IsoDate, month: number, day: number): IsoDate {
  for (let n = 0; n < 60; n++) {
    const date = addDays(from, n);
    const lunar = chineseDays.getLunarDate(date);
    if (!lunar.isLeap && lunar.lunarMon === month && lunar.lunarDay === day) return date;
  }
  throw new RangeError(`No lunar ${month}/${day} in the 60 days from ${from}`);
}

let solarTerms: Holidays | undefined;
/** The day of the solar term 清明 (the fifth counted from 立春) in China. */
function qingming(year: number): IsoDate {
  if (!solarTerms) {
    solarTerms = new Holidays();
    solarTerms.setTimezone('Asia/Shanghai');
    solarTerms.setHoliday('chinese 5-01 solarterm', { name: { en: '清明' }, type: 'public' });
  }
  return solarTerms.getHolidays(year)[0].date.slice(0, 10);
}

/** The law's days of each holiday, in its order. The lunar ones fall within the windows searched. */
const LAW: readonly (readonly [StatutoryHoliday, (year: number) => IsoDate[]])[] = [
  ['newYear', (year) => [`${year}-01-01`]],
  // 农历除夕、正月初一至初三: the eve is the last day of the twelfth month, its 29th or 30th.
  ['springFestival', (year) => [-1, 0, 1, 2].map((n) => addDays(lunarDay(`${year}-01-20`, 1, 1), n))],
  ['qingming', (year) => [qingming(year)]],
  ['labourDay', (year) => [`${year}-05-01`, `${year}-05-02`]],
  ['dragonBoat', (year) => [lunarDay(`${year}-05-25`, 5, 5)]],
  ['midAutumn', (year) => [lunarDay(`${year}-09-05`, 8, 15)]],
  ['nationalDay', (year) => [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`]],
];

/**
 * The statutory days of a year (13 since 2025), in date order. A day may be two holidays (中秋 on
 * 3 October 2028): then it is given for both, in the law's order. Not the days of a year before
 * CHINA_STATUTORY_SINCE.
 */
export function chinaStatutoryDays(year: number): { date: IsoDate; holiday: StatutoryHoliday }[] {
  const days = LAW.flatMap(([holiday, datesOf]) => datesOf(year).map((date) => ({ date, holiday })));
  // Array#sort is stable: a day of two holidays keeps the law's order.
  return days.sort((a, b) => compareDates(a.date, b.date));
}
