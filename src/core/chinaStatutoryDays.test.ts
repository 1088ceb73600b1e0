import { getLunarDate, getSolarTerms } from 'chinese-days';
import Holidays from 'date-holidays';
import { afterEach, describe, expect, it } from 'vitest';
import { chinaStatutoryDays, type StatutoryHoliday } from './chinaStatutoryDays';

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035];
const days = (year: number, holiday: StatutoryHoliday) =>
  chinaStatutoryDays(year)
    .filter((d) => d.holiday === holiday)
    .map((d) => d.date);

/** Runs `f` with the process in time zone `tz` (Node reads TZ again when it changes). */
const inTimeZone = <T>(tz: string, f: () => T): T => {
  process.env.TZ = tz;
  return f();
};
const originalTz = process.env.TZ;

describe('chinaStatutoryDays', () => {
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('2027 by the amended law: 元旦 1 Jan, 春节 the eve and the first three days, 清明, 劳动节 1–2 May, 端午, 中秋, 国庆 1–3 Oct', () => {
    expect(chinaStatutoryDays(2027).map((d) => `${d.date} ${d.holiday}`)).toEqual([
      '2027-01-01 newYear',
      '2027-02-05 springFestival',
      '2027-02-06 springFestival',
      '2027-02-07 springFestival',
      '2027-02-08 springFestival',
      '2027-04-05 qingming',
      '2027-05-01 labourDay',
      '2027-05-02 labourDay',
      '2027-06-09 dragonBoat',
      '2027-09-15 midAutumn',
      '2027-10-01 nationalDay',
      '2027-10-02 nationalDay',
      '2027-10-03 nationalDay',
    ]);
  });

  it.each(YEARS)('%i: 13 days; the lunar ones on 12/29 or 12/30 and 1/1 to 1/3, 5/5 and 8/15 of ordinary months', (year) => {
    const lunar = (date: string) => {
      const l = getLunarDate(date);
      return `${l.isLeap ? 'leap ' : ''}${l.lunarMon}/${l.lunarDay}`;
    };
    expect(chinaStatutoryDays(year)).toHaveLength(13);
    expect(days(year, 'springFestival').map(lunar).join(' ')).toMatch(/^12\/(29|30) 1\/1 1\/2 1\/3$/);
    expect(days(year, 'dragonBoat').map(lunar)).toEqual(['5/5']);
    expect(days(year, 'midAutumn').map(lunar)).toEqual(['8/15']);
  });

  it('gives the same days in every time zone (chinese-days’ solar terms and lunar-to-solar dates do not)', () => {
    const all = () => YEARS.map((year) => chinaStatutoryDays(year));
    const shanghai = inTimeZone('Asia/Shanghai', all);
    for (const tz of ['America/Los_Angeles', 'Pacific/Pago_Pago', 'UTC', 'Pacific/Kiritimati']) expect(inTimeZone(tz, all), tz).toEqual(shanghai);
    // What a browser in California met: 7 Feb for 正月初一 2027, 14 Sep for 中秋.
    expect(inTimeZone('America/Los_Angeles', () => days(2027, 'midAutumn'))).toEqual(['2027-09-15']);
  });

  it.each(YEARS)('%i: 清明 is the day chinese-days gives, read in China', (year) => {
    const terms = inTimeZone('Asia/Shanghai', () => getSolarTerms(`${year}-04-01`, `${year}-04-10`));
    expect(days(year, 'qingming')).toEqual(terms.filter((t) => t.name === '清明').map((t) => t.date));
  });

  // date-holidays computes the lunar calendar and the solar terms astronomically, on its own.
  it.each(YEARS)('%i: the lunar days and 清明 are the ones date-holidays computes (but 中秋 2033)', (year) => {
    const byRule = new Map(
      new Holidays('CN')
        .getHolidays(year)
        .filter((h) => h.rule.startsWith('chinese'))
        .map((h) => [h.rule, h.date.slice(0, 10)]),
    );
    // Its three days of the Spring Festival are the eve and the first two (the law before 2025).
    expect(days(year, 'springFestival').slice(0, 3)).toEqual(['chinese 01-0-00', 'chinese 01-0-01', 'chinese 01-0-02'].map((r) => byRule.get(r)));
    expect(days(year, 'qingming')).toEqual([byRule.get('chinese 5-01 solarterm')]);
    expect(days(year, 'dragonBoat')).toEqual([byRule.get('chinese 05-0-05')]);
    // 2033: the national standard (GB/T 33661-2017) has a leap eleventh month; date-holidays a leap
    // seventh, which puts its eighth month a month late.
    expect(days(year, 'midAutumn')).toEqual([year === 2033 ? '2033-09-08' : byRule.get('chinese 08-0-15')]);
    if (year === 2033) expect(byRule.get('chinese 08-0-15')).toBe('2033-10-07');
  });

  it('a day that is two holidays is given for both, in the law’s order (中秋 on 3 October 2028)', () => {
    expect(chinaStatutoryDays(2028).filter((d) => d.date === '2028-10-03').map((d) => d.holiday)).toEqual(['midAutumn', 'nationalDay']);
  });
});
