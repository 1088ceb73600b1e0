import { describe, expect, it } from 'vitest';
import { settingsImpact } from './settingsImpact';
import { calEvent } from '../../core/calEvent.fixture';

const CAL = 'cal.Mine';
const event = (cal_id: string, event_id: string, start_at: string, end_at: string, is_off: boolean) => calEvent({ cal_id, event_id, summary: event_id, start_at, end_at, is_off });
const MON_FRI = [1, 2, 3, 4, 5];
const SUN_THU = [0, 1, 2, 3, 4];
const noLinks = () => [];

describe('settingsImpact', () => {
  it('counts nothing when nothing changes', () => {
    const impact = settingsImpact(2026, CAL, { workdays: MON_FRI, extra_cal_ids: [] }, { workdays: MON_FRI, extra_cal_ids: [] }, [], noLinks);
    expect(impact).toEqual({ toOff: [], toWork: [], byMonth: [] });
  });

  it('moves the weekend from Saturday–Sunday to Friday–Saturday', () => {
    const impact = settingsImpact(2026, CAL, { workdays: MON_FRI, extra_cal_ids: [] }, { workdays: SUN_THU, extra_cal_ids: [] }, [], noLinks);
    // 2026 has 52 Fridays and 52 Sundays (it starts on a Thursday and has 365 days: 53 Thursdays).
    expect(impact.toOff).toHaveLength(52);
    expect(impact.toWork).toHaveLength(52);
    expect(impact.toOff[0]).toBe('2026-01-02'); // the first Friday
    expect(impact.toWork[0]).toBe('2026-01-04'); // the first Sunday
    expect(impact.byMonth[0]).toEqual({ month: 1, toOff: 5, toWork: 4 });
    expect(impact.byMonth).toHaveLength(12);
  });

  it('leaves the days of the calendar’s own events to those events', () => {
    const own = event(CAL, 'cale.1', '2026-01-02', '2026-01-03', false); // Friday 2 Jan made a working day
    const impact = settingsImpact(2026, CAL, { workdays: MON_FRI, extra_cal_ids: [] }, { workdays: SUN_THU, extra_cal_ids: [] }, [own], noLinks);
    expect(impact.toOff).not.toContain('2026-01-02');
    expect(impact.toOff[0]).toBe('2026-01-09');
  });

  it('linking a public calendar adds its holidays and its make-up working days', () => {
    const holidays = [
      event('zh-cn.china.official', 'pub.national', '2026-10-01', '2026-10-08', true), // Thu 1 – Wed 7 Oct
      event('zh-cn.china.official', 'pub.makeup', '2026-10-10', '2026-10-11', false), // Saturday 10 Oct
    ];
    const impact = settingsImpact(
      2026,
      CAL,
      { workdays: MON_FRI, extra_cal_ids: [] },
      { workdays: MON_FRI, extra_cal_ids: ['zh-cn.china.official'] },
      [],
      (id) => (id === 'zh-cn.china.official' ? holidays : []),
    );
    // Of 1–7 October, Saturday 3 and Sunday 4 are off already.
    expect(impact.toOff).toEqual(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(impact.toWork).toEqual(['2026-10-10']);
    expect(impact.byMonth).toEqual([{ month: 10, toOff: 5, toWork: 1 }]);
  });

  it('unlinking takes a linked calendar’s days from the year’s list', () => {
    const inherited = event('en-us.usa.official', 'pub.july4', '2026-07-03', '2026-07-04', true); // Friday, observed
    const impact = settingsImpact(
      2026,
      CAL,
      { workdays: MON_FRI, extra_cal_ids: ['en-us.usa.official'] },
      { workdays: MON_FRI, extra_cal_ids: [] },
      [inherited],
      () => {
        throw new Error('a calendar already linked is read from the year’s list');
      },
    );
    expect(impact.toWork).toEqual(['2026-07-03']);
    expect(impact.toOff).toEqual([]);
  });

  it('counts only the days of the year, for an event across the year’s end', () => {
    const newYear = event('ja-jp.japan.official', 'pub.newyear', '2026-12-29', '2027-01-04', true);
    const impact = settingsImpact(
      2026,
      CAL,
      { workdays: MON_FRI, extra_cal_ids: [] },
      { workdays: MON_FRI, extra_cal_ids: ['ja-jp.japan.official'] },
      [],
      () => [newYear],
    );
    // Tue 29, Wed 30, Thu 31 December: the January days belong to 2027's count.
    expect(impact.toOff).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
    const next = settingsImpact(2027, CAL, { workdays: MON_FRI, extra_cal_ids: [] }, { workdays: MON_FRI, extra_cal_ids: ['ja-jp.japan.official'] }, [], () => [newYear]);
    expect(next.toOff).toEqual(['2027-01-01']); // Fri 1 Jan; 2 and 3 are a weekend
  });
});
