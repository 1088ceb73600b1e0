// What saving a calendar's settings does to the days of a year: the days that flip between working
// and off because of other working days or other linked public-holiday calendars. The calendar's own
// events still decide the days they cover, so those days do not flip.
import type { CalEventItem } from '../../core/apiContract';
import { effectiveDays, isOwnEvent } from '../../core/effectiveDays';

export interface DayPattern {
  workdays: readonly number[];
  extra_cal_ids: readonly string[];
}

export interface SettingsImpact {
  /** Days that become days off, in order. */
  toOff: string[];
  /** Days that become working days, in order. */
  toWork: string[];
  /** The same, counted by month (1–12), for months where something changes. */
  byMonth: { month: number; toOff: number; toWork: number }[];
}

/**
 * The flips in `year` when the calendar `calId` goes from `before` to `after`. `yearItems` is the
 * calendar's list for the year (own events, the linked calendars' events, computed rest days);
 * `linkedEvents` gives the events of a public calendar that is not linked yet.
 */
export function settingsImpact(
  year: number,
  calId: string,
  before: DayPattern,
  after: DayPattern,
  yearItems: readonly CalEventItem[],
  linkedEvents: (publicCalId: string) => readonly CalEventItem[],
): SettingsImpact {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const own = yearItems.filter((e) => isOwnEvent(calId, e));
  const eventsOf = (publicCalId: string) =>
    before.extra_cal_ids.includes(publicCalId) ? yearItems.filter((e) => e.cal_id === publicCalId) : linkedEvents(publicCalId);
  // Public events first, in the order the calendar links them; own events decide over them.
  const itemsFor = (pattern: DayPattern) => [...pattern.extra_cal_ids.flatMap(eventsOf), ...own];

  const was = effectiveDays(first, last, { cal_id: calId, workdays: before.workdays }, itemsFor(before));
  const will = effectiveDays(first, last, { cal_id: calId, workdays: after.workdays }, itemsFor(after));
  const impact: SettingsImpact = { toOff: [], toWork: [], byMonth: [] };
  const months = new Map<number, { month: number; toOff: number; toWork: number }>();
  will.forEach((day, i) => {
    if (day.off === was[i].off) return;
    const month = Number(day.date.slice(5, 7));
    const counts = months.get(month) ?? { month, toOff: 0, toWork: 0 };
    months.set(month, counts);
    if (day.off) {
      impact.toOff.push(day.date);
      counts.toOff++;
    } else {
      impact.toWork.push(day.date);
      counts.toWork++;
    }
  });
  impact.byMonth = [...months.values()].sort((a, b) => a.month - b.month);
  return impact;
}
