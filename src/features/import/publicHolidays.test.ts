import { describe, expect, it } from 'vitest';
import type { SourceRow } from './rows';
import { countries, linkableCalendarOf, publicHolidayRows, regions } from './publicHolidays';

const brief = (rows: SourceRow[]) => rows.map((r) => (r.kind === 'row' ? `${r.line} ${r.start}..${r.last} ${r.summary}` : `${r.line} ${r.problem.code} ${r.summary}`));

describe('publicHolidayRows', () => {
  it("gives China's public holidays in Chinese, consecutive days of one holiday as one row, group and half-day holidays skipped", () => {
    expect(brief(publicHolidayRows('CN', 2026, 'zh-CN'))).toEqual([
      '1 2026-01-01..2026-01-01 元旦',
      '2 2026-02-16..2026-02-18 春节',
      '3 groupHoliday 国际妇女节',
      '4 2026-04-05..2026-04-05 清明节 清明節',
      '5 2026-05-01..2026-05-01 劳动节',
      '6 groupHoliday 青年节',
      '7 groupHoliday 六一儿童节',
      '8 2026-06-19..2026-06-19 端午节',
      '9 groupHoliday 建军节',
      '10 2026-09-25..2026-09-25 中秋节',
      '11 2026-10-01..2026-10-03 国庆节',
    ]);
    expect(publicHolidayRows('CN', 2026, 'zh-CN')[2]).toMatchObject({ problem: { code: 'groupHoliday', note: 'Women' } });
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
