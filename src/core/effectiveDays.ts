// What each day of a calendar is, and why (shared by the browser and the server's subscription feed): the weekly working days, then the linked public-holiday
// calendars' events, then the calendar's own events, each overriding the one before. The list
// endpoint also returns its computed rest days (`non_work.YYYYMMDD`); they follow from `workdays`,
// so they are derived here instead of read.
import type { CalEventItem } from './apiContract';
import { compareDates, daysFrom, toInclusiveEnd, weekday } from './dates';

export type DayReason =
  /** A working day by the weekly pattern. */
  | { kind: 'workday' }
  /** A rest day by the weekly pattern (a weekend, usually). */
  | { kind: 'weekly-rest' }
  /** An event of a linked public-holiday calendar: a holiday, or a make-up working day. */
  | { kind: 'public'; event: CalEventItem }
  /** One of the calendar's own events: the only kind a scheduler can change. */
  | { kind: 'own'; event: CalEventItem };

export interface EffectiveDay {
  date: string;
  off: boolean;
  reason: DayReason;
  /** Every own event that covers the day (more than one when they overlap), the deciding one last. */
  ownEvents: CalEventItem[];
  /** The state without the calendar's own events: the weekly pattern and the public holidays. */
  beneath: { off: boolean; reason: Exclude<DayReason, { kind: 'own' }> };
}

export interface CalendarPattern {
  cal_id: string;
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  workdays: readonly number[];
}

/** Whether an item of the list is one of the calendar's own events (not a public or computed one). */
export const isOwnEvent = (calId: string, item: CalEventItem) => item.cal_id === calId && !item.event_id.startsWith('non_work.');

/**
 * The calendar's own event on exactly these days among `items` (a list of the calendar), whatever its
 * summary: a new event there would be a second one (the event form asks first; an import leaves the row
 * unticked when the kind is the same too).
 */
export const eventOnSameDays = (calId: string, items: readonly CalEventItem[], { start_date, last_date }: { start_date: string; last_date: string }) =>
  items.find((e) => isOwnEvent(calId, e) && e.start_at === start_date && toInclusiveEnd(e.end_at) === last_date);

/**
 * The calendar's first own event among `items` of the other kind (a working day against a day off)
 * that shares some of these days, with the shared days (inclusive): an event saved over it (an Undo's
 * restore, saved last) would flip those days back. `except`: the event itself (an Undo of a change).
 */
export function otherKindOverlap(
  calId: string,
  items: readonly CalEventItem[],
  { start_date, last_date, is_off }: { start_date: string; last_date: string; is_off: boolean },
  except?: string,
): { event: CalEventItem; first: string; last: string } | undefined {
  const event = items.find(
    (e) => isOwnEvent(calId, e) && e.event_id !== except && e.is_off !== is_off && compareDates(e.start_at, last_date) <= 0 && compareDates(toInclusiveEnd(e.end_at), start_date) >= 0,
  );
  if (!event) return undefined;
  const last = toInclusiveEnd(event.end_at);
  return { event, first: compareDates(event.start_at, start_date) > 0 ? event.start_at : start_date, last: compareDates(last, last_date) < 0 ? last : last_date };
}

/** The order in which own events decide the days they share: the one saved last (updated_at, then created_at) decides. */
const bySaveOrder = (a: CalEventItem, b: CalEventItem) => a.updated_at - b.updated_at || a.created_at - b.created_at;

/**
 * What an Undo's restore of `old` (saved again, so saved last) would flip: the first own event of the
 * other kind among `items` on some of its days that decided them over `old` (saved after it), or that
 * was saved since the toast appeared (`savedSince`). One saved before `old` does not count: `old`
 * decided those days before, and decides them again. `except`: the event itself (an Undo of a change).
 */
export const restoreFlips = (calId: string, items: readonly CalEventItem[], old: CalEventItem, savedSince: (e: CalEventItem) => boolean, except?: string) =>
  otherKindOverlap(
    calId,
    items.filter((e) => savedSince(e) || bySaveOrder(e, old) > 0),
    { start_date: old.start_at, last_date: toInclusiveEnd(old.end_at), is_off: old.is_off },
    except,
  );

/** The days from `first` to `last` (inclusive), each with its state and the reason for it. */
export function effectiveDays(first: string, last: string, calendar: CalendarPattern, items: readonly CalEventItem[]): EffectiveDay[] {
  const days = new Map<string, EffectiveDay>();
  for (const date of daysFrom(first, last)) {
    const working = calendar.workdays.includes(weekday(date));
    const reason = { kind: working ? 'workday' : 'weekly-rest' } as const;
    days.set(date, { date, off: !working, reason, ownEvents: [], beneath: { off: !working, reason } });
  }
  const covered = (event: CalEventItem) => {
    const dates: EffectiveDay[] = [];
    const from = compareDates(event.start_at, first) > 0 ? event.start_at : first;
    const eventLast = toInclusiveEnd(event.end_at);
    for (const date of daysFrom(from, compareDates(eventLast, last) < 0 ? eventLast : last)) dates.push(days.get(date)!);
    return dates;
  };

  const publicEvents = items.filter((e) => e.cal_id !== calendar.cal_id);
  const own = items.filter((e) => isOwnEvent(calendar.cal_id, e));
  // Among own events that overlap, the one changed last decides (as a later save would).
  own.sort(bySaveOrder);

  for (const event of publicEvents) {
    for (const day of covered(event)) {
      day.beneath = { off: event.is_off, reason: { kind: 'public', event } };
      Object.assign(day, day.beneath);
    }
  }
  for (const event of own) {
    for (const day of covered(event)) {
      day.off = event.is_off;
      day.reason = { kind: 'own', event };
      day.ownEvents.push(event);
    }
  }
  return [...days.values()];
}
