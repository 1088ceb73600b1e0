// The calendar's events a preview judges its rows by: the lists (own events and linked public
// holidays) of every year the rows touch as shown, mends included. A row that Change dates moves
// into another year is judged by that year's events, as is the fresh read at Import. A year newly
// needed is read while the preview stays shown: `pending` says so, and Import waits for it.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { yearEventsQueryOptions } from '../../api/events';
import type { CalEventItem } from '../../core/apiContract';
import { FIRST_YEAR } from '../../core/months';
import type { SourceRow } from './rows';

/** The most years a preview loads to look for events already there. */
export const MAX_CONTEXT_YEARS = 12;

/** The years to read: the shown year and every year a valid row starts or ends in, the nearest first. */
export function contextYears(rows: readonly SourceRow[] | undefined, year: number): number[] {
  const set = new Set([year]);
  for (const r of rows ?? []) if (r.kind === 'row') for (const d of [r.start, r.last]) set.add(Number(d.slice(0, 4)));
  return [...set].filter((y) => y >= FIRST_YEAR).sort((a, b) => Math.abs(a - year) - Math.abs(b - year)).slice(0, MAX_CONTEXT_YEARS);
}

type YearResult = { data?: { items: CalEventItem[] }; error: unknown; isError: boolean; isPending: boolean };

/**
 * The items of the years read so far (none before the first), the first failure, and whether a year
 * is still being read, by position (its rows are judged without its events until then).
 */
function combineLists(results: YearResult[]) {
  const items = results.some((r) => r.data) ? results.flatMap((r) => r.data?.items ?? []) : undefined;
  return { items, failed: results.find((r) => r.isError)?.error, pendingAt: results.map((r) => r.isPending) };
}

export function useContextLists(calId: string, rows: readonly SourceRow[] | undefined, year: number) {
  const client = useApiClient();
  const years = useMemo(() => contextYears(rows, year), [rows, year]);
  const { items, failed, pendingAt } = useQueries({ queries: years.map((y) => yearEventsQueryOptions(client, calId, y)), combine: combineLists });
  /** The years still being read (sorted). */
  const pending = useMemo(() => years.filter((_, i) => pendingAt[i]).sort((a, b) => a - b), [years, pendingAt]);
  return { years, items, failed, pending };
}
