import { describe, expect, it } from 'vitest';
import { calEvent } from '../../core/calEvent.fixture';
import type { CalEventItem } from '../../core/apiContract';
import { toExclusiveEnd } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { copyRows, daysOffOf } from './copyRows';
import { movedHolidayCheck } from './movedHolidays';
import { publicHolidayRows } from './publicHolidays';

const event = (summary: string, start: string, last = start, is_off = true) => calEvent({ event_id: `cale.${start}`, summary, start_at: start, end_at: toExclusiveEnd(last), is_off });

/** A country's 2025 public holidays as Import → Public holidays wrote them, and `more` days. */
const calendarOf = (country: string, locale: Locale, more: CalEventItem[] = []) => [
  ...publicHolidayRows(country, 2025, locale).flatMap((r) => (r.kind === 'row' ? [event(r.summary, r.start, r.last, r.isOff)] : [])),
  ...more,
];

/** Each row copied to 2026 from a calendar in `zone`: its new start and why it is unticked ('kept' when it is not). */
const copied = (events: CalEventItem[], zone: string) =>
  Object.fromEntries(
    copyRows(events, 2026, movedHolidayCheck(zone, daysOffOf(events))).map((r) => {
      const note = r.kind === 'row' ? r.notes?.find((n) => n.code === 'yearly') : undefined;
      return [r.summary, `${r.kind === 'row' ? r.start : 'invalid'} ${!note ? 'kept' : note.observed ? 'observed' : 'moves'}`];
    }),
  );

describe('movedHolidayCheck: a day off copied to the same month and day of another year', () => {
  it('United States 2025 to 2026: the Monday and Thursday holidays move, the fixed dates stay, 4 July is observed on Friday 3 July too', () => {
    expect(copied(calendarOf('US', 'en', [event('Company day', '2025-03-18')]), 'America/New_York')).toEqual({
      "New Year's Day": '2026-01-01 kept',
      'Martin Luther King Jr. Day': '2026-01-20 moves',
      "Washington's Birthday": '2026-02-17 moves',
      'Memorial Day': '2026-05-26 moves',
      Juneteenth: '2026-06-19 kept',
      'Independence Day': '2026-07-04 observed',
      'Labour Day': '2026-09-01 moves',
      'Columbus Day': '2026-10-13 moves',
      'Veterans Day': '2026-11-11 kept',
      'Thanksgiving Day': '2026-11-27 moves',
      'Christmas Day': '2026-12-25 kept',
      'Company day': '2026-03-18 kept',
    });
  });

  it('judges a US calendar by its own holidays in Chinese too, and a feed’s other names by their days', () => {
    const zh = copied(calendarOf('US', 'zh-CN'), 'America/Los_Angeles');
    expect([zh['元旦'], zh['劳动节'], zh['Thanksgiving Day']]).toEqual(['2026-01-01 kept', '2026-09-01 moves', '2026-11-27 moves']);
    const feed = copied([event('Thanksgiving', '2025-11-27'), event('New Year', '2025-01-01'), event('MLK Day', '2025-01-20'), event('Christmas', '2025-12-25')], 'America/Chicago');
    expect(feed).toEqual({ Thanksgiving: '2026-11-27 moves', 'New Year': '2026-01-01 kept', 'MLK Day': '2026-01-20 moves', Christmas: '2026-12-25 kept' });
  });

  it('United Kingdom, Japan and Singapore: Easter, bank holidays, Happy Mondays, equinoxes and lunar days move', () => {
    const gb = copied(calendarOf('GB', 'en'), 'Europe/London');
    expect([gb['Good Friday'], gb['Easter Monday'], gb['Early May bank holiday'], gb["New Year's Day"], gb['Boxing Day']]).toEqual(['2026-04-18 moves', '2026-04-21 moves', '2026-05-05 moves', '2026-01-01 kept', '2026-12-26 observed']);
    const jp = Object.values(copied(calendarOf('JP', 'en'), 'Asia/Tokyo'));
    expect(jp.filter((v) => v.endsWith('moves')).length).toBeGreaterThanOrEqual(6);
    const sg = copied(calendarOf('SG', 'en'), 'Asia/Singapore');
    expect(Object.entries(sg).filter(([, v]) => v.endsWith('kept')).map(([k]) => k)).toEqual(expect.arrayContaining(["New Year's Day", 'Labour Day', 'Christmas Day']));
    const lunar = Object.entries(sg).filter(([k]) => /Chinese New Year|Vesak|Deepavali|Hari Raya/.test(k));
    expect(lunar.length).toBeGreaterThanOrEqual(4); // the names are there: not an empty check
    expect(lunar.filter(([, v]) => !v.endsWith('moves'))).toEqual([]);
  });

  it('a Chinese company’s lunar festivals that are no statutory day move; its fixed days stay', () => {
    const own = [event('元宵节', '2025-02-12'), event('重阳节', '2025-10-29'), event('腊八节', '2025-01-07'), event('公司成立日', '2025-03-18'), event('元宵节', '2025-02-20')];
    expect(copyRows(own, 2026, movedHolidayCheck('Asia/Shanghai', daysOffOf(own))).map((r) => r.kind === 'row' && r.notes?.length === 1)).toEqual([true, true, true, false, false]);
  });

  it('is judged on the calendar’s zone: China’s 元旦 and a US New Year’s Day are both 1 January 2025', () => {
    expect(copied(calendarOf('CN', 'en'), 'America/New_York')["New Year's Day"]).toBe('2026-01-01 moves');
    expect(copied(calendarOf('US', 'en'), 'America/New_York')["New Year's Day"]).toBe('2026-01-01 kept');
  });
});
