// A calendar's year at a glance: each month's effective days and what is notable in it.
import type { CalEventItem } from '../../core/apiContract';
import { effectiveDays, isOwnEvent, type CalendarPattern, type EffectiveDay } from '../../core/effectiveDays';
import { compareDates } from '../../core/dates';
import { firstDay, lastDay } from '../../core/months';

export interface MonthSummary {
  month: number;
  days: EffectiveDay[];
  /** Days off on weekly working days: holidays, not weekends. */
  daysOff: number;
  /** Working days on weekly rest days: make-up working days. */
  makeUpDays: number;
  /** Own events that touch the month. */
  ownEvents: number;
  /** The holidays, make-up working days and own events that decide days of the month, in date order. */
  named: NamedDays[];
}

/** An event's days in one month, by its name: "1–7 National Day". */
export interface NamedDays {
  summary: string;
  /** The first and last day of the month it decides (day of the month). */
  first: number;
  last: number;
  off: boolean;
  own: boolean;
}

/** A working day on a weekly rest day. */
export function isMakeUpDay(day: EffectiveDay, calendar: CalendarPattern): boolean {
  return !day.off && !calendar.workdays.includes(new Date(`${day.date}T00:00:00Z`).getUTCDay());
}

function namedDays(days: readonly EffectiveDay[]): NamedDays[] {
  const byEvent = new Map<string, NamedDays>();
  for (const d of days) {
    if (d.reason.kind !== 'own' && d.reason.kind !== 'public') continue;
    const e = d.reason.event;
    const day = Number(d.date.slice(8));
    const seen = byEvent.get(e.event_id);
    if (seen) seen.last = day;
    else byEvent.set(e.event_id, { summary: e.summary, first: day, last: day, off: d.off, own: d.reason.kind === 'own' });
  }
  return [...byEvent.values()];
}

export function yearSummary(year: number, calendar: CalendarPattern, items: readonly CalEventItem[]): MonthSummary[] {
  const days = effectiveDays(`${year}-01-01`, `${year}-12-31`, calendar, items);
  const own = items.filter((e) => isOwnEvent(calendar.cal_id, e));
  return Array.from({ length: 12 }, (_, i) => {
    const m = { year, month: i + 1 };
    const first = firstDay(m);
    const last = lastDay(m);
    const monthDays = days.filter((d) => d.date >= first && d.date <= last);
    const weeklyWorkday = (d: EffectiveDay) => calendar.workdays.includes(new Date(`${d.date}T00:00:00Z`).getUTCDay());
    return {
      month: i + 1,
      days: monthDays,
      daysOff: monthDays.filter((d) => d.off && weeklyWorkday(d)).length,
      makeUpDays: monthDays.filter((d) => isMakeUpDay(d, calendar)).length,
      ownEvents: own.filter((e) => compareDates(e.start_at, last) <= 0 && compareDates(e.end_at, first) > 0).length,
      named: namedDays(monthDays),
    };
  });
}
