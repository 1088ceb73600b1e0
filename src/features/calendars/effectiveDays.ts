// What each day of a calendar is, and why: the weekly working days, then the linked public-holiday
// calendars' events, then the calendar's own events, each overriding the one before. The list
// endpoint also returns its computed rest days (`non_work.YYYYMMDD`); they follow from `workdays`,
// so they are derived here instead of read.
import type { CalEventItem } from '../../core/apiContract';
import { addDays, compareDates, weekday } from '../../core/dates';

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

/** The days from `first` to `last` (inclusive), each with its state and the reason for it. */
export function effectiveDays(first: string, last: string, calendar: CalendarPattern, items: readonly CalEventItem[]): EffectiveDay[] {
  const days = new Map<string, EffectiveDay>();
  for (let date = first; compareDates(date, last) <= 0; date = addDays(date, 1)) {
    const working = calendar.workdays.includes(weekday(date));
    const reason = { kind: working ? 'workday' : 'weekly-rest' } as const;
    days.set(date, { date, off: !working, reason, ownEvents: [], beneath: { off: !working, reason } });
  }
  const covered = (event: CalEventItem) => {
    const dates: EffectiveDay[] = [];
    const from = compareDates(event.start_at, first) > 0 ? event.start_at : first;
    for (let date = from; compareDates(date, event.end_at) < 0 && compareDates(date, last) <= 0; date = addDays(date, 1)) {
      dates.push(days.get(date)!);
    }
    return dates;
  };

  const publicEvents = items.filter((e) => e.cal_id !== calendar.cal_id);
  const own = items.filter((e) => isOwnEvent(calendar.cal_id, e));
  // Among own events that overlap, the one changed last decides (as a later save would).
  own.sort((a, b) => a.updated_at - b.updated_at || a.created_at - b.created_at);

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

export interface Impact {
  /** Days that become days off: the event's new days, or days it no longer holds working. */
  toOff: string[];
  /** Days that become working days: the event's new days, or days off it no longer holds. */
  toWork: string[];
  /** Days of the event already in the state it sets. */
  unchanged: string[];
  /** Own events (other than the one edited) that overlap the event's days. */
  overlapping: CalEventItem[];
}

/** What an event would be once saved: its days (the last included) and their state. */
export interface EventDraft {
  first: string;
  last: string;
  isOff: boolean;
}

/** The days saving `draft` can change: its own, and those of the event it replaces (a move frees them). */
export function impactRange(draft: EventDraft, original?: CalEventItem): { first: string; last: string } {
  if (!original) return draft;
  const last = toLast(original);
  return {
    first: compareDates(original.start_at, draft.first) < 0 ? original.start_at : draft.first,
    last: compareDates(last, draft.last) > 0 ? last : draft.last,
  };
}

const toLast = (event: CalEventItem) => addDays(event.end_at, -1);

/**
 * What saving an event does: the calendar before the save against the calendar after it, over the
 * days of the event and those of the event it replaces (`original`, an edit), so that a move says
 * both which days become days off and which go back. `items` covers `impactRange(draft, original)`.
 */
export function impactOfSave(calendar: CalendarPattern, items: readonly CalEventItem[], draft: EventDraft, original?: CalEventItem): Impact {
  const { first, last } = impactRange(draft, original);
  const editedId = original?.event_id;
  const saved: CalEventItem = {
    ...(original ?? { cal_id: calendar.cal_id, event_id: '', summary: '', description: '', created_at: Infinity }),
    start_at: draft.first,
    end_at: addDays(draft.last, 1),
    is_off: draft.isOff,
    // Saved now: it decides over the events it overlaps.
    updated_at: Infinity,
  };
  const others = items.filter((e) => !(e.cal_id === calendar.cal_id && e.event_id === editedId));
  const before = effectiveDays(first, last, calendar, editedId && !items.some((e) => e.event_id === editedId) && original ? [...items, original] : items);
  const after = effectiveDays(first, last, calendar, [...others, saved]);
  const impact: Impact = { toOff: [], toWork: [], unchanged: [], overlapping: [] };
  const overlapping = new Map<string, CalEventItem>();
  after.forEach((day, i) => {
    const was = before[i]!;
    if (was.off !== day.off) (day.off ? impact.toOff : impact.toWork).push(day.date);
    const inDraft = compareDates(day.date, draft.first) >= 0 && compareDates(day.date, draft.last) <= 0;
    if (!inDraft) return;
    if (was.off === day.off) impact.unchanged.push(day.date);
    for (const e of day.ownEvents) if (e !== saved) overlapping.set(e.event_id, e);
  });
  impact.overlapping = [...overlapping.values()];
  return impact;
}
