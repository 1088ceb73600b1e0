// What each day of a calendar is, and why: the pure part is src/core/effectiveDays.ts (the server's
// feed uses it too); here, what saving an event would do to the days.
import type { CalEventItem } from '../../core/apiContract';
import type { EffectiveDay } from '../../core/effectiveDays';

export { effectiveDays, isOwnEvent, type CalendarPattern, type DayReason, type EffectiveDay } from '../../core/effectiveDays';

export interface Impact {
  /** Days whose state the event would change. */
  changes: string[];
  /** Days already in the state the event sets. */
  unchanged: string[];
  /** Own events (other than the one edited) that overlap the days. */
  overlapping: CalEventItem[];
}

/** What saving an event for these days would do, against the days as they are. */
export function impactOf(days: readonly EffectiveDay[], isOff: boolean, editedEventId?: string): Impact {
  const overlapping = new Map<string, CalEventItem>();
  const changes: string[] = [];
  const unchanged: string[] = [];
  for (const day of days) {
    for (const e of day.ownEvents) if (e.event_id !== editedEventId) overlapping.set(e.event_id, e);
    // Against the day as it is now, the edited event included: saving an event as it is changes nothing.
    (day.off === isOff ? unchanged : changes).push(day.date);
  }
  return { changes, unchanged, overlapping: [...overlapping.values()] };
}
