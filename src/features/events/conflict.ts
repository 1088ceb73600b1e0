// A lost update, caught before it happens: the API has no If-Match, so before an edit is saved the
// form reads the event again and compares it, field by field, with the version it loaded. Fields
// rather than updated_at alone: the API's updated_at counts whole seconds, so two saves within one
// second look the same.
import type { CalEventItem } from '../../core/apiContract';
import { toInclusiveEnd } from '../../core/dates';
import { conflictsOf } from '../../core/fieldConflicts';

/** The fields of an event a person edits, as the form holds them (the last day inclusive). */
export interface EventFields {
  summary: string;
  description: string;
  is_off: boolean;
  start_date: string;
  last_date: string;
}

export type EventFieldName = keyof EventFields;
export const EVENT_FIELD_NAMES: readonly EventFieldName[] = ['summary', 'description', 'is_off', 'start_date', 'last_date'];

export function fieldsOf(event: CalEventItem): EventFields {
  return { summary: event.summary, description: event.description ?? '', is_off: event.is_off, start_date: event.start_at, last_date: toInclusiveEnd(event.end_at) };
}

const same = (name: EventFieldName, a: EventFields, b: EventFields) => (name === 'summary' ? a.summary.trim() === b.summary.trim() : a[name] === b[name]);

/** Whether two versions of an event read the same, field by field. */
export const sameEventFields = (a: EventFields, b: EventFields) => EVENT_FIELD_NAMES.every((name) => same(name, a, b));

export const eventConflicts = (base: EventFields, mine: EventFields, theirs: EventFields) => conflictsOf(base, mine, theirs, EVENT_FIELD_NAMES, same);

/** What a save wrote: its fields, and the `updated_at` the server gave it when a fresh list showed it. */
export type SavedVersion = EventFields & { updated_at?: number };

/**
 * Whether the event now is no longer the version a save wrote (someone else changed it since): a
 * field differs, or its `updated_at` does (fields too, as the API's updated_at counts whole seconds).
 */
export const changedSince = (saved: SavedVersion, now: CalEventItem) =>
  !sameEventFields(saved, fieldsOf(now)) || (saved.updated_at !== undefined && now.updated_at !== saved.updated_at);
