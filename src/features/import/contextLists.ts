// The calendar's events a preview judges its rows by: the lists (own events and linked public
// holidays) of every year the rows touch as shown, mends included. A row that Change dates moves
// into another year is judged by that year's events, as is the fresh read at Import. A year newly
// needed is read while the preview stays shown: `pending` says so, and Import waits for it. Rows
// touching more years than an import reads at once: those nearest the shown year are read, and a
// row in a year not read is judged by nothing, so it is refused (not checked), never shown as new.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { yearEventsQueryOptions } from '../../api/events';
import type { CalEventItem } from '../../core/apiContract';
import { FIRST_YEAR } from '../../core/months';
import { draftOf, invalidRow, type ImportRow, type SourceRow } from './rows';

/** The most years a preview reads to look for events already there (one list each, read again at Import). */
export const MAX_CONTEXT_YEARS = 30;

/** The years a row starts and ends in (an imported row is at most 366 days: two years at most). */
const yearsOf = (row: ImportRow) => [Number(row.start.slice(0, 4)), Number(row.last.slice(0, 4))];

/** The years to read: the shown year and every year a valid row starts or ends in, the nearest first, at most MAX_CONTEXT_YEARS. */
export function contextYears(rows: readonly SourceRow[] | undefined, year: number): number[] {
  const set = new Set([year]);
  for (const r of rows ?? []) if (r.kind === 'row') for (const y of yearsOf(r)) set.add(y);
  return [...set].filter((y) => y >= FIRST_YEAR).sort((a, b) => Math.abs(a - year) - Math.abs(b - year)).slice(0, MAX_CONTEXT_YEARS);
}

/** Each row refused for a year not read, once (a row keeps its object while it is not mended). */
const UNCHECKED = new WeakMap<ImportRow, SourceRow>();

/** The rows as the preview judges them: a row in a year not read is refused as not checked. */
export function checkedRows(rows: readonly SourceRow[], years: readonly number[]): SourceRow[] {
  const read = new Set(years);
  return rows.map((r) => {
    const unread = r.kind === 'row' ? yearsOf(r).find((y) => !read.has(y)) : undefined;
    if (r.kind === 'invalid' || unread === undefined) return r;
    let refused = UNCHECKED.get(r);
    if (!refused) UNCHECKED.set(r, (refused = invalidRow(r.line, r.summary, { code: 'yearNotChecked', year: unread, max: MAX_CONTEXT_YEARS }, draftOf(r))));
    return refused;
  });
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
  /** The rows to preview: those in a year not read are refused. */
  const checked = useMemo(() => rows && checkedRows(rows, years), [rows, years]);
  return { years, items, failed, pending, rows: checked };
}
