// An import run from the preview: the ticked rows saved, a few at once (the unticked kept as skipped),
// through runCalls (a create per row, a look-up after an uncertain answer, a delete per event to undo).
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import type { CalEventItem } from '../../core/apiContract';
import { readYearNow } from '../../api/events';
import { createImportRun, type ImportRun } from './importRun';
import { IMPORT_LIMITS } from './pacer';
import type { Preview, PreviewRow } from './preview';
import type { ImportRow } from './rows';
import { runCalls } from './runCalls';

export interface StartedRun {
  run: ImportRun;
  /** The preview as it was when the run began. */
  preview: Preview;
  /** Each preview row's index among the run's rows (invalid rows have none). */
  runIndex: (number | undefined)[];
}

/** `items`: the calendar's events before the run, as read when Import was pressed (a look-up never takes one of them for a row's). */
export function createRun(
  client: ApiClient,
  queryClient: QueryClient,
  calId: string,
  items: readonly CalEventItem[],
  shown: Preview,
  ticked: (p: PreviewRow, i: number) => boolean,
): StartedRun {
  const runRows: { row: ImportRow; skip?: boolean }[] = [];
  const runIndex: (number | undefined)[] = [];
  shown.rows.forEach((p, i) => {
    if (p.status === 'invalid') return runIndex.push(undefined);
    runIndex.push(runRows.length);
    runRows.push(ticked(p, i) ? { row: p.row } : { row: p.row, skip: true });
  });
  const listYear = (y: number) => readYearNow(queryClient, client, calId, y);
  const before = new Set(items.map((e) => e.event_id));
  const run = createImportRun({ rows: runRows, ...runCalls({ client, calId, listYear, before }), limits: IMPORT_LIMITS });
  return { run, preview: shown, runIndex };
}
