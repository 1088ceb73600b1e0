// What an import run sends, for one calendar: a create per row, a delete per event to undo (a lost
// answer settled as the event form's delete settles it), and the
// look-up that finds a row's event after a lost or ambiguous answer (the API has no idempotency key).
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/errors';
import { createdSince, deleteEvent, isEventOf } from '../../api/events';
import type { CalEventListResponse, CalEventUpsertRequest } from '../../core/apiContract';
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
}

export function runCalls({ client, calId, listYear, before }: RunCallsOptions): Pick<ImportRunOptions, 'save' | 'deleteEvent' | 'findSaved' | 'canFind'> {
  const isNew = createdSince(client.serverNow() / 1000);
  const requestOf = (row: ImportRow): CalEventUpsertRequest => ({ cal_id: calId, summary: row.summary, description: row.description, is_off: row.isOff, start_at: row.start, end_at: toExclusiveEnd(row.last) });
  const findSaved = async (row: ImportRow, signal: AbortSignal, exclude: ReadonlySet<string> = new Set()) => {
    const data = await listYear(Number(row.start.slice(0, 4)), signal);
    const isRows = isEventOf(requestOf(row));
    return data.items.find((e) => isRows(e) && isNew(e) && !before.has(e.event_id) && !exclude.has(e.event_id))?.event_id;
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
    // The API lists no year before FIRST_YEAR (InvalidParameter): such a row cannot be looked up.
    canFind: (row) => Number(row.start.slice(0, 4)) >= FIRST_YEAR,
  };
}
