// What saving an event would do to a calendar's days (what each day is comes from ./effectiveDays).
import type { CalEventItem } from './apiContract';
import { addDays, compareDates } from './dates';
import { effectiveDays, type CalendarPattern } from './effectiveDays';

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
