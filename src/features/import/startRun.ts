// An import run from the preview: the ticked rows saved one by one (the unticked kept as skipped),
// each save's event found again by its days, kind and summary when the answer lacks its ID.
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/errors';
import { toExclusiveEnd } from '../../core/dates';
import { isOwnEvent } from '../calendars/effectiveDays';
import { yearEventsQueryOptions } from '../events/listEvents';
import { createImportRun, type ImportRun } from './importRun';
import type { Preview, PreviewRow } from './preview';
import type { ImportRow } from './rows';

export interface StartedRun {
  run: ImportRun;
  /** The preview as it was when the run began. */
  preview: Preview;
  /** Each preview row's index among the run's rows (invalid rows have none). */
  runIndex: (number | undefined)[];
}

export function createRun(client: ApiClient, queryClient: QueryClient, calId: string, shown: Preview, ticked: (p: PreviewRow, i: number) => boolean): StartedRun {
  const findSaved = async (row: ImportRow): Promise<string | undefined> => {
    const data = await queryClient.fetchQuery({ ...yearEventsQueryOptions(client, calId, Number(row.start.slice(0, 4))), staleTime: 0 });
    const end = toExclusiveEnd(row.last);
    return data.items.find((e) => isOwnEvent(calId, e) && e.start_at === row.start && e.end_at === end && e.is_off === row.isOff && e.summary.trim() === row.summary.trim())?.event_id;
  };
  const runRows: { row: ImportRow; skip?: boolean }[] = [];
  const runIndex: (number | undefined)[] = [];
  shown.rows.forEach((p, i) => {
    if (p.status === 'invalid') return runIndex.push(undefined);
    runIndex.push(runRows.length);
    runRows.push(ticked(p, i) ? { row: p.row } : { row: p.row, skip: true });
  });
  const run = createImportRun({
    rows: runRows,
    save: async (row, signal) => {
      const saved = await client.call(
        '/calendar/event/upsert',
        { cal_id: calId, summary: row.summary, description: row.description, is_off: row.isOff, start_at: row.start, end_at: toExclusiveEnd(row.last) },
        { signal },
      );
      const eventId = saved.event_id ?? (await findSaved(row));
      if (!eventId) throw new ApiError({ kind: 'bad-response', status: 200 });
      return { eventId };
    },
    deleteEvent: async (eventId, signal) => {
      await client.call('/calendar/event/delete', { cal_id: calId, event_id: eventId }, { signal });
    },
    findSaved,
  });
  return { run, preview: shown, runIndex };
}
