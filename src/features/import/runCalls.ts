// What an import run sends, for one calendar: a create per row, a delete per event to undo (a lost
// answer settled as the event form's delete settles it), and the
// look-up that finds a row's event after a lost or ambiguous answer (the API has no idempotency key),
// and undo's look at an event before it deletes it (changed since the import: kept).
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/errors';
import { deleteEvent, readEventNow } from '../../api/events';
import { createdSince, isEventOf } from '../../api/lostCreate';
import type { CalEventItem, CalEventListResponse, CalEventUpsertRequest } from '../../core/apiContract';
import { systemClock, type Clock } from '../../core/clock';
import { toExclusiveEnd } from '../../core/dates';
import { FIRST_YEAR } from '../../core/months';
import type { ImportRunOptions } from './importRun';
import type { ImportRow } from './rows';

export interface RunCallsOptions {
  client: ApiClient;
  calId: string;
  /** A fresh list of the calendar's events in a year (never a cached one: the look-up must see the latest). */
  listYear: (year: number, signal: AbortSignal) => Promise<CalEventListResponse>;
  /**
   * The calendar's events before the run (the years the preview loaded): a look-up never takes one of
   * them for a row's, nor any event created before the run started (of a year the preview did not load).
   */
  before: ReadonlySet<string>;
  /** How long undo's list of a year is fresh is measured on it (tests drive it). */
  clock?: Clock;
}

/** How long undo's list of a year serves its looks before the next delete lists it again. */
const UNDO_LIST_FRESH_MS = 3_000;

/** Whether an event the run created is not as the run saved it: other fields, or edited after its creation. */
export const changedSince = (request: CalEventUpsertRequest, now: CalEventItem) =>
  !isEventOf(request)(now) || now.description.trim() !== (request.description ?? '').trim() || now.updated_at > now.created_at;

export function runCalls({ client, calId, listYear, before, clock = systemClock }: RunCallsOptions): Pick<ImportRunOptions, 'save' | 'deleteEvent' | 'findSaved' | 'canFind' | 'isChanged'> {
  const isNew = createdSince(client.serverNow() / 1000);
  const requestOf = (row: ImportRow): CalEventUpsertRequest => ({ cal_id: calId, summary: row.summary, description: row.description, is_off: row.isOff, start_at: row.start, end_at: toExclusiveEnd(row.last) });
  const findSaved = async (row: ImportRow, signal: AbortSignal, exclude: ReadonlySet<string> = new Set()) => {
    const data = await listYear(Number(row.start.slice(0, 4)), signal);
    const isRows = isEventOf(requestOf(row));
    return data.items.find((e) => isRows(e) && isNew(e) && !before.has(e.event_id) && !exclude.has(e.event_id))?.event_id;
  };
  // Undo looks at each event before deleting it: one list of its year serves the deletes of a few seconds.
  const recent = new Map<number, { at: number; list: Promise<CalEventListResponse> }>();
  const listForUndo = (year: number, signal: AbortSignal) => {
    const kept = recent.get(year);
    if (kept && clock.now() - kept.at < UNDO_LIST_FRESH_MS) return kept.list;
    const list = listYear(year, signal);
    recent.set(year, { at: clock.now(), list });
    list.catch(() => recent.delete(year));
    return list;
  };
  return {
    save: async (row, signal) => {
      const saved = await client.call('/calendar/event/upsert', requestOf(row), { signal });
      const eventId = saved.event_id ?? (await findSaved(row, signal));
      if (!eventId) throw new ApiError({ kind: 'bad-response', status: 200 });
      return { eventId };
    },
    // As the event form deletes: a lost answer is settled by reading the calendar again (events.ts).
    deleteEvent: async (eventId, signal, row) => {
      await deleteEvent(client, { cal_id: calId, event_id: eventId, start_at: row.start }, signal);
    },
    findSaved,
    isChanged: async (eventId, row, signal) => {
      const start_at = row.start;
      const listed = (await listForUndo(Number(start_at.slice(0, 4)), signal)).items.find((e) => e.event_id === eventId);
      // Not in its year: moved to another one (changed), or deleted (the delete then finds it gone).
      const now = listed ?? (await readEventNow(client, { cal_id: calId, event_id: eventId, start_at }));
      return now !== undefined && changedSince(requestOf(row), now);
    },
    // The API lists no year before FIRST_YEAR (InvalidParameter): such a row cannot be looked up.
    canFind: (row) => Number(row.start.slice(0, 4)) >= FIRST_YEAR,
  };
}
