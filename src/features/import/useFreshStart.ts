// Import pressed: the calendar's lists of the preview's years read again (fresh, not from the cache),
// the rows classified again (freshCheck.ts), and the run started only when no ticked row's status
// changed. Otherwise nothing is sent: the fresh lists refresh the cache, so the preview shows the
// fresh statuses, and the dialog says why; Import is pressed again. The changed rows lose the
// scheduler's ticks and take the preview's own (a row now already there, under another name too, is
// unticked: ticked again only by choice). A read that fails sends nothing either. The run's look-ups for lost creates then
// know every event there was when Import was pressed, so none of them is taken for the run's own.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { failureOf, type ApiFailure } from '../../api/errors';
import { readYearNow } from '../../api/events';
import type { CalendarPattern } from '../../core/effectiveDays';
import { changedRows, freshPreview } from './freshCheck';
import type { Preview, PreviewRow } from './preview';
import type { SourceRow } from './rows';
import { createRun, type StartedRun } from './startRun';

type FreshCheck =
  | { state: 'reading' }
  /** `changed`: how many ticked rows the fresh read changed. */
  | { state: 'changed'; changed: number }
  | { state: 'failed'; failure: ApiFailure };

interface FreshStartOptions {
  calId: string;
  pattern: CalendarPattern;
  /** The years the preview read (the same lists are read again). */
  years: readonly number[];
  year: number;
  /** The rows read from the source: another source drops what was said about the last one. */
  rows: readonly SourceRow[] | undefined;
  onStart: (started: StartedRun) => void;
  /** The rows whose status the fresh read changed: they go back to the preview's own tick. */
  onChanged: (indexes: number[]) => void;
}

export function useFreshStart({ calId, pattern, years, year, rows, onStart, onChanged }: FreshStartOptions) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [check, setCheck] = useState<FreshCheck & { rows: FreshStartOptions['rows'] }>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const start = async (shown: Preview, ticked: (p: PreviewRow, i: number) => boolean) => {
    if (check?.state === 'reading') return;
    setCheck({ state: 'reading', rows });
    let items;
    try {
      items = (await Promise.all(years.map((y) => readYearNow(queryClient, client, calId, y)))).flatMap((list) => list.items);
    } catch (error) {
      if (mounted.current) setCheck({ state: 'failed', failure: failureOf(error), rows });
      return;
    }
    if (!mounted.current) return;
    const fresh = freshPreview(shown, { calendar: pattern, items, year });
    const changed = changedRows(shown, fresh, ticked);
    if (changed.length > 0) {
      onChanged(changed);
      return setCheck({ state: 'changed', changed: changed.length, rows });
    }
    setCheck(undefined);
    onStart(createRun(client, queryClient, calId, items, fresh, ticked));
  };

  return { check: check?.rows === rows ? check : undefined, start };
}
