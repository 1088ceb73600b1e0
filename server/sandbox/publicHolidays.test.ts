// The public-holiday calendars hold real dates: each static table is checked here against the
// date-holidays package (its "public" holidays of 2025 to 2027), China's against its statutory days
// by the amended holiday law (src/core/chinaStatutoryDays). Where a table differs from them, the
// difference is written here with its reason; nothing else may differ.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { chinaStatutoryDays } from '../../src/core/chinaStatutoryDays';
import { addDays, compareDates, weekday } from '../../src/core/dates';
import { publicCalendars, publicEvents } from './publicHolidays';

const YEARS = [2025, 2026, 2027];
const CN = 'zh-cn.china.official';
const US = 'en-us.usa.official';
const JP = 'ja-jp.japan.official';
const SG = 'en-sg.singapore.official';

/** date-holidays' public holidays of a country in YEARS. */
function reference(country: string) {
  const holidays = new Holidays(country);
  return YEARS.flatMap((year) => holidays.getHolidays(year, 'en')).filter((h) => h.type === 'public');
}
/** The day of a date-holidays entry ("2026-05-27 00:00:00 -0600" is 27 May wherever it is read). */
const dayOf = (h: { date: string }) => h.date.slice(0, 10);
const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;
const sorted = (days: Iterable<string>) => [...new Set(days)].sort();

/** Each day of an event, end_at excluded. */
function eachDay(e: { start_at: string; end_at: string }): string[] {
  const days: string[] = [];
  for (let d = e.start_at; compareDates(d, e.end_at) < 0; d = addDays(d, 1)) days.push(d);
  return days;
}
const eventsOf = (calId: string, isOff: boolean) => publicEvents().filter((e) => e.cal_id === calId && e.is_off === isOff);
const daysOf = (calId: string, isOff: boolean) => sorted(eventsOf(calId, isOff).flatMap(eachDay));
const inYear = (year: number) => (day: string) => day.startsWith(`${year}-`);

describe('the public-holiday calendars', () => {
  it('are the four linkable calendars, each named "(sample)"', () => {
    expect(publicCalendars().map((c) => [c.cal_id, c.kind])).toEqual([
      [CN, 'region.official.holiday'],
      [US, 'region.official.holiday'],
      [JP, 'region.official.holiday'],
      [SG, 'region.official.holiday'],
    ]);
    for (const c of publicCalendars()) expect(c.cal_name).toMatch(/\(sample\)$/);
  });

  it.each([CN, US, JP, SG])('%s: holidays in each of 2025–2027, sorted, apart, with unique ids and an exclusive end_at', (calId) => {
    const events = publicEvents().filter((e) => e.cal_id === calId);
    for (const year of YEARS) expect(events.some((e) => e.is_off && e.start_at.startsWith(`${year}-`))).toBe(true);
    expect(new Set(events.map((e) => e.event_id)).size).toBe(events.length);
    for (const [i, e] of events.entries()) {
      expect(compareDates(e.end_at, e.start_at), e.event_id).toBeGreaterThan(0);
      expect(e.summary).toMatch(/\S \(sample\)$/);
      // Each starts after the one before it has ended: no day is in two events.
      if (i > 0) expect(compareDates(e.start_at, events[i - 1].end_at), e.event_id).toBeGreaterThanOrEqual(0);
    }
  });

  it.each([CN, US, JP, SG])('%s: every holiday has a Chinese name for a Chinese caller, with no Latin letter left', (calId) => {
    for (const e of publicEvents('zh-CN').filter((e) => e.cal_id === calId)) expect(e.summary, e.event_id).toMatch(/^[^A-Za-z]+（示例）$/);
  });

  it('names them as Chinese writes them: 美国独立日（补假）, 春分日, 屠妖节', () => {
    const zh = (id: string) => publicEvents('zh-CN').find((e) => e.event_id === id)?.summary;
    expect(zh('pub.us.20260703')).toBe('美国独立日（补假）（示例）');
    expect(zh('pub.jp.20260320')).toBe('春分日（示例）');
    expect(zh('pub.sg.20261108')).toBe('屠妖节（示例）');
    expect(publicEvents('en').find((e) => e.event_id === 'pub.us.20260703')?.summary).toBe('Independence Day, observed (sample)');
  });
});

describe('the tables agree with date-holidays', () => {
  it('United States: the federal holidays as observed (a Saturday one on the Friday before, a Sunday one on the Monday after)', () => {
    const holidays = reference('US');
    const weekendOnes = holidays.filter((h) => isWeekend(dayOf(h)));
    // date-holidays lists a weekend holiday on its own day and again on the day it is observed.
    for (const h of weekendOnes) {
      const observed = addDays(dayOf(h), weekday(dayOf(h)) === 6 ? -1 : 1);
      expect(holidays.some((s) => s.substitute && s.rule === h.rule && dayOf(s) === observed), `${h.name} ${h.date}`).toBe(true);
    }
    expect(daysOf(US, true)).toEqual(sorted(holidays.filter((h) => !isWeekend(dayOf(h))).map(dayOf)));
    expect(eventsOf(US, false)).toEqual([]);
    expect(publicEvents().find((e) => e.event_id === 'pub.us.20260703')).toMatchObject({ summary: 'Independence Day, observed (sample)', start_at: '2026-07-03', end_at: '2026-07-04', is_off: true });
  });

  it('Japan: the national holidays, with substitute holidays and the citizens’ holiday', () => {
    expect(daysOf(JP, true)).toEqual(sorted(reference('JP').map(dayOf)));
    expect(eventsOf(JP, false)).toEqual([]);
  });

  it('Singapore: the public holidays, with the Mondays after Sunday ones, and Polling Day 2025', () => {
    // Not in date-holidays: Polling Day of the 2025 general election (Saturday 3 May), a public
    // holiday by the Parliamentary Elections Act, as the Ministry of Manpower confirmed.
    const notInReference = ['2025-05-03'];
    expect(daysOf(SG, true)).toEqual(sorted([...reference('SG').map(dayOf), ...notInReference]));
    expect(eventsOf(SG, false)).toEqual([]);
  });

  describe('China', () => {
    // Not date-holidays' China, which predates the amended holiday law (in force since 2025): the
    // statutory days by that law, as the import takes them for a year without a schedule.
    const statutoryDays = (year: number) => sorted(chinaStatutoryDays(year).map((d) => d.date));

    it.each([2025, 2026])('%i: the State Council’s schedule holds every statutory day, adds only bridge days to them, and has make-up working days on weekends', (year) => {
      const off = daysOf(CN, true).filter(inYear(year));
      expect(off).toEqual(expect.arrayContaining(statutoryDays(year)));
      for (const e of eventsOf(CN, true).filter((e) => inYear(year)(e.start_at))) {
        expect(eachDay(e).some((d) => statutoryDays(year).includes(d)), e.summary).toBe(true);
      }
      const work = daysOf(CN, false).filter(inYear(year));
      expect(work.length).toBeGreaterThan(0);
      for (const day of work) {
        expect(isWeekend(day), day).toBe(true);
        expect(off).not.toContain(day);
      }
    });

    it('2025 and 2026: the days of the official schedules', () => {
      const schedule = (year: number) =>
        publicEvents()
          .filter((e) => e.cal_id === CN && inYear(year)(e.start_at))
          .map((e) => `${e.is_off ? 'off' : 'work'} ${e.start_at.slice(5)}${e.end_at === addDays(e.start_at, 1) ? '' : `..${addDays(e.end_at, -1).slice(5)}`}`);
      expect(schedule(2025)).toEqual(['off 01-01', 'work 01-26', 'off 01-28..02-04', 'work 02-08', 'off 04-04..04-06', 'work 04-27', 'off 05-01..05-05', 'off 05-31..06-02', 'work 09-28', 'off 10-01..10-08', 'work 10-11']);
      expect(schedule(2026)).toEqual([
        'off 01-01..01-03',
        'work 01-04',
        'work 02-14',
        'off 02-15..02-23',
        'work 02-28',
        'off 04-04..04-06',
        'off 05-01..05-05',
        'work 05-09',
        'off 06-19..06-21',
        'work 09-20',
        'off 09-25..09-27',
        'off 10-01..10-07',
        'work 10-10',
      ]);
    });

    it('2027: its schedule is not published: the statutory days only, and no make-up working days', () => {
      expect(daysOf(CN, true).filter(inYear(2027))).toEqual(statutoryDays(2027));
      expect(daysOf(CN, false).filter(inYear(2027))).toEqual([]);
      expect(publicCalendars().find((c) => c.cal_id === CN)?.description).toContain('2027 make-up working days are not included');
    });
  });
});

it('the sandbox never loads date-holidays: the tables are static', () => {
  const dir = import.meta.dirname;
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  expect(sources).toContain('publicHolidays.ts');
  for (const file of sources) expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/['"]date-holidays['"]/);
});
