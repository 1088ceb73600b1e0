// What the event form starts with, and what an Undo of a save puts back.
import type { CalEventItem } from '../../core/apiContract';
import { toExclusiveEnd, toInclusiveEnd } from '../../core/dates';
import { emptyEventForm, type EventFormInput, type EventFormValues } from '../../core/eventSchema';
import type { EventFields } from './conflict';

/** Days chosen elsewhere (the workspace's grid) for a new event. */
export interface EventPrefill {
  start_date: string;
  last_date: string;
  is_off: boolean;
}

/**
 * A save that failed after its form was left, opened again from its toast: what was sent, the event
 * it changed (none for a create), and its error, which the form shows as that save's until the next.
 */
export interface ReopenedDraft {
  values: EventFormValues;
  eventId?: string;
  event?: CalEventItem;
  error: unknown;
}

export function initialValues(fixedCalId: string | undefined, event: CalEventItem | undefined, prefill: EventPrefill | undefined): EventFormInput {
  if (!event) return { ...emptyEventForm(fixedCalId ?? ''), ...prefill };
  return {
    cal_id: event.cal_id,
    summary: event.summary,
    description: event.description ?? '',
    is_off: event.is_off,
    start_date: event.start_at,
    last_date: toInclusiveEnd(event.end_at),
  };
}

/** The event as it was before a save changed it: its previous fields under its ID. */
export function previousEvent(calId: string, eventId: string, before: EventFields, loaded: CalEventItem | undefined): CalEventItem {
  const { summary, description, is_off, start_date, last_date } = before;
  const times = loaded?.event_id === eventId ? { created_at: loaded.created_at, updated_at: loaded.updated_at } : { created_at: 0, updated_at: 0 };
  return { ...times, cal_id: calId, event_id: eventId, summary, description, is_off, start_at: start_date, end_at: toExclusiveEnd(last_date) };
}

