import { describe, expect, it } from 'vitest';
import { effectiveDays } from './effectiveDays';
import { addMonths, daysFromMonday, formatMonth, isListedMonth, lastDay, parseMonth, sameDayMonthsOn, todayIn, weeksOf } from './months';

describe('months', () => {
  it('parses YYYY-MM from 2023 on, and nothing else', () => {
    expect(parseMonth('2026-10')).toEqual({ year: 2026, month: 10 });
    for (const bad of ['2026-13', '2026-00', '2022-12', '2026-1', '202610', 'oct', undefined]) expect(parseMonth(bad)).toBeUndefined();
  });

  it('adds months across years', () => {
    expect(formatMonth(addMonths({ year: 2026, month: 12 }, 1))).toBe('2027-01');
    expect(formatMonth(addMonths({ year: 2026, month: 1 }, -1))).toBe('2025-12');
    expect(formatMonth(addMonths({ year: 2026, month: 5 }, -17))).toBe('2024-12');
  });

  it('knows the last day, leap years included', () => {
    expect(lastDay({ year: 2028, month: 2 })).toBe('2028-02-29');
    expect(lastDay({ year: 2026, month: 2 })).toBe('2026-02-28');
    expect(lastDay({ year: 2026, month: 12 })).toBe('2026-12-31');
  });

  it('lays a month out in weeks from Monday', () => {
    const weeks = weeksOf({ year: 2026, month: 10 }); // 1 October 2026 is a Thursday
    expect(weeks[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(weeks.at(-1)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeksOf({ year: 2027, month: 2 })).toHaveLength(4); // February 2027 starts on a Monday
  });

  it('lays out and states the last month the API lists, December 9999, without reaching the day after it (a link to 9999-12 failed)', () => {
    const last = { year: 9999, month: 12 };
    expect(parseMonth('9999-12')).toEqual(last);
    expect(weeksOf(last).flat().filter(Boolean)).toHaveLength(31);
    const days = effectiveDays(`9999-12-01`, lastDay(last), { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] }, []);
    expect(days.map((d) => d.date).at(-1)).toBe('9999-12-31');
    expect(days.filter((d) => d.off)).toHaveLength(8);
  });

  it('asks for no month the API does not list: before 2023-01, after 9999-12', () => {
    expect([{ year: 2022, month: 12 }, { year: 2023, month: 1 }, { year: 9999, month: 12 }, { year: 10000, month: 1 }].map(isListedMonth)).toEqual([false, true, true, false]);
  });

  it('pages by a month to the same day, or the shorter month’s last day', () => {
    expect(sameDayMonthsOn('2026-01-31', 1)).toBe('2026-02-28');
    expect(sameDayMonthsOn('2028-03-31', -1)).toBe('2028-02-29');
    expect(sameDayMonthsOn('2026-12-15', 1)).toBe('2027-01-15');
    expect(sameDayMonthsOn('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('counts days from Monday', () => {
    expect(['2026-11-23', '2026-11-25', '2026-11-29'].map(daysFromMonday)).toEqual([0, 2, 6]);
  });

  it('takes today from the calendar’s time zone', () => {
    const instant = new Date('2026-10-31T20:00:00Z');
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-11-01');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-10-31');
  });
});
