import { describe, expect, it } from 'vitest';
import type { SourceRow } from './rows';
import type { CalEventItem } from '../../core/apiContract';
import { toExclusiveEnd } from '../../core/dates';
import { effectiveDays } from '../../core/effectiveDays';
import { chinaScheduleKnown, countries, linkableCalendarOf, publicHolidayDays, publicHolidayRows, regions } from './publicHolidays';
import { wrongDays } from './testdata/chinaOfficial';

const brief = (rows: SourceRow[]) => rows.map((r) => (r.kind === 'row' ? `${r.line} ${r.start}..${r.last} ${r.summary}` : `${r.line} ${r.problem.code} ${r.summary}`));

describe('publicHolidayRows', () => {
  it("gives China's State Council schedule of 2025 and 2026: 0 wrong days of the year, bridge and make-up days included", () => {
    for (const year of [2025, 2026] as const) {
      const rows = publicHolidayRows('CN', year, 'zh-CN');
      const items: CalEventItem[] = rows.flatMap((r, i) =>
        r.kind === 'row' ? [{ cal_id: 'cal.t', event_id: `cale.${i}`, summary: r.summary, description: '', start_at: r.start, end_at: toExclusiveEnd(r.last), is_off: r.isOff, created_at: i, updated_at: i }] : [],
      );
      const days = new Map(effectiveDays(`${year}-01-01`, `${year}-12-31`, { cal_id: 'cal.t', workdays: [1, 2, 3, 4, 5] }, items).map((d) => [d.date, d.off]));
      expect(wrongDays(year, (d) => days.get(d)!)).toEqual([]);
    }
    expect(brief(publicHolidayRows('CN', 2026, 'zh-CN')).slice(0, 4)).toEqual(['1 2026-01-01..2026-01-03 元旦', '2 2026-01-04..2026-01-04 元旦调休上班日', '3 2026-02-14..2026-02-14 春节调休上班日', '4 2026-02-15..2026-02-23 春节']);
    expect(brief(publicHolidayRows('CN', 2026, 'en'))[1]).toBe("2 2026-01-04..2026-01-04 New Year's Day: make-up working day");
  });

  it("gives China's statutory days only, by the law as amended in 2024, for a year whose schedule is not published", () => {
    expect(chinaScheduleKnown(2026)).toBe(true);
    expect(chinaScheduleKnown(2027)).toBe(false);
    // The Spring Festival is the eve and the first three days (8 Feb 2027 a Monday), Labour Day 1 and 2 May.
    expect(brief(publicHolidayRows('CN', 2027, 'zh-CN'))).toEqual([
      '1 2027-01-01..2027-01-01 元旦',
      '2 2027-02-05..2027-02-08 春节',
      '3 2027-04-05..2027-04-05 清明',
      '4 2027-05-01..2027-05-02 劳动节',
      '5 2027-06-09..2027-06-09 端午',
      '6 2027-09-15..2027-09-15 中秋',
      '7 2027-10-01..2027-10-03 国庆节',
    ]);
    expect(brief(publicHolidayRows('CN', 2027, 'en'))).toEqual([
      "1 2027-01-01..2027-01-01 New Year's Day",
      '2 2027-02-05..2027-02-08 Spring Festival',
      '3 2027-04-05..2027-04-05 Tomb-sweeping Day',
      '4 2027-05-01..2027-05-02 Labour Day',
      '5 2027-06-09..2027-06-09 Dragon Boat Festival',
      '6 2027-09-15..2027-09-15 Mid-autumn Festival',
      '7 2027-10-01..2027-10-03 National Day',
    ]);
    expect(publicHolidayRows('CN', 2027, 'en').every((r) => r.kind === 'row' && r.isOff)).toBe(true);
    // 中秋 on the third day of National Day: both named, no day in two rows.
    expect(brief(publicHolidayRows('CN', 2028, 'en')).slice(-2)).toEqual(['6 2028-10-01..2028-10-02 National Day', '7 2028-10-03..2028-10-03 Mid-autumn Festival']);
  });

  it("skips a holiday of some people only (its note names them), not one whose note describes the day (India's national days)", () => {
    const india = publicHolidayRows('IN', 2026, 'en');
    const off = india.flatMap((r) => (r.kind === 'row' ? [`${r.start} ${r.summary}`] : []));
    expect(off).toEqual(expect.arrayContaining(['2026-01-26 Republic Day', '2026-08-15 Independence Day', '2026-10-02 Gandhi Jayanti', '2026-12-25 Christmas Day']));
    expect(india.filter((r) => r.kind !== 'row')).toEqual([]);
    expect(publicHolidayRows('BW', 2026, 'en').filter((r) => r.kind !== 'row')).toEqual([]); // "except mining industy"
    const madagascar = publicHolidayRows('MG', 2026, 'en');
    const skipped = madagascar.flatMap((r) => (r.kind === 'row' ? [] : [r.summary]));
    expect(skipped).toEqual(expect.arrayContaining(["International Women's Day", 'End of Ramadan (Eid al-Fitr)']));
  });

  it('tells the public holidays of a country from its observances', () => {
    const us = publicHolidayDays('US', 2026);
    expect(us.has('2026-07-03')).toBe(true);
    expect(us.has('2026-02-02')).toBe(false); // Groundhog Day
    expect(us.has('2026-04-15')).toBe(false); // Tax Day
    expect(publicHolidayDays('CN', 2026).has('2026-02-20')).toBe(true); // a bridge day
  });

  it('names holidays in English, days off, no description', () => {
    const rows = publicHolidayRows('US', 2026, 'en');
    expect(rows[0]).toEqual({ kind: 'row', line: 1, summary: "New Year's Day", start: '2026-01-01', last: '2026-01-01', isOff: true, description: '' });
    expect(brief(rows)).toContain('12 2026-12-25..2026-12-25 Christmas Day');
    expect(rows.every((r) => r.kind === 'row' && r.isOff)).toBe(true);
  });

  it("takes only type 'public' days, and a state's own holidays when asked", () => {
    const japan = brief(publicHolidayRows('JP', 2026, 'en'));
    expect(japan.some((r) => r.includes('January 2nd'))).toBe(false); // a bank holiday in the data
    const california = brief(publicHolidayRows('US', 2026, 'en', 'CA'));
    expect(california.some((r) => r.includes('César Chávez Day'))).toBe(true);
    expect(brief(publicHolidayRows('US', 2026, 'en')).some((r) => r.includes('César Chávez Day'))).toBe(false);
  });

  it('reads dates from the data, not from instants in the browser timezone', () => {
    // Asia/Tokyo midnight is 15:00 UTC the day before; in any timezone west of Japan `start` is the day before.
    expect(brief(publicHolidayRows('JP', 2026, 'en'))[0]).toBe("1 2026-01-01..2026-01-01 New Year's Day");
  });

  it('gives holidays of several days their days, those that begin the evening before included', () => {
    // Russia: one entry of five days. Saudi Arabia: Eid from the evening of 18 March to the evening of 22 March.
    expect(brief(publicHolidayRows('RU', 2026, 'en'))).toContain('2 2026-01-02..2026-01-06 New Year Holiday');
    expect(brief(publicHolidayRows('SA', 2026, 'en'))).toContainEqual(expect.stringMatching(/^\d+ 2026-03-19\.\.2026-03-22 /));
  });

  it('gives no rows for a country it does not know', () => {
    expect(publicHolidayRows('XX', 2026, 'en')).toEqual([]);
  });
});

describe('countries and regions', () => {
  it('lists countries named in the interface language, sorted for it', () => {
    const en = countries('en');
    expect(en.length).toBeGreaterThan(150);
    expect(en.find((c) => c.code === 'CN')?.name).toBe('China');
    expect(en.map((c) => c.name)).toEqual([...en.map((c) => c.name)].sort(new Intl.Collator('en').compare));
    const zh = countries('zh-CN');
    expect(zh.find((c) => c.code === 'US')?.name).toBe('美国');
  });

  it('starts the Chinese list on 中国, the rest in order; the English list keeps its alphabetical order', () => {
    const zh = countries('zh-CN');
    expect(zh[0]).toEqual({ code: 'CN', name: '中国' });
    expect(zh.filter((c) => c.code === 'CN')).toHaveLength(1);
    const rest = zh.slice(1).map((c) => c.name);
    expect(rest).toEqual([...rest].sort(new Intl.Collator('zh-CN').compare));
    expect(countries('en')[0].name).not.toBe('China');
  });

  it("lists a country's states, or none", () => {
    expect(regions('US', 'en').find((r) => r.code === 'CA')?.name).toBe('California');
    expect(regions('SG', 'en')).toEqual([]);
  });
});

describe('linkableCalendarOf', () => {
  it("names Flashduty's official calendar for a country that has one", () => {
    expect(linkableCalendarOf('CN')).toBe('zh-cn.china.official');
    expect(linkableCalendarOf('us')).toBe('en-us.usa.official');
    expect(linkableCalendarOf('JP')).toBe('ja-jp.japan.official');
    expect(linkableCalendarOf('SG')).toBe('en-sg.singapore.official');
    expect(linkableCalendarOf('DE')).toBeUndefined();
    expect(linkableCalendarOf('constructor')).toBeUndefined();
  });
});
