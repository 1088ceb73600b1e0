// What an import run is and says: each row's state, the run's phase, the snapshot the dialog
// renders, and the options and methods of a run (importRun.ts runs it).
import type { ApiFailure } from '../../api/errors';
import type { Clock } from '../../core/clock';
import type { RateLimits } from './pacer';
import type { ImportRow } from './rows';

export type RowRunState =
  /** `uncertain`: an earlier attempt got no answer, so the event may exist already. */
  | { state: 'pending'; uncertain?: boolean }
  /** `checking`: looking for the event an earlier, unanswered save may have stored. */
  | { state: 'saving'; checking?: boolean }
  | { state: 'saved'; eventId: string }
  /** `code` is the server's error code, or the failure's kind when the answer was unreadable. */
  /**
   * `unchecked` (with `uncertain`): the row may be stored, and no look-up can tell (its year is one the
   * API does not list): it is not sent again, lest it be stored twice.
   */
  | { state: 'failed'; code: string; message: string; requestId?: string; failure: ApiFailure; uncertain?: boolean; unchecked?: boolean }
  /** Not ticked, or already in the calendar: never sent. */
  | { state: 'skipped' }
  /** Saved by this run, then deleted by its undo. */
  | { state: 'undone'; eventId: string }
  /** Saved by this run, then changed by someone (renamed, moved, edited): its undo kept it. */
  | { state: 'kept'; eventId: string };

export type RowRunStateName = RowRunState['state'];

export type RunPhase =
  | 'ready'
  | 'running'
  /** Told to slow down (RequestTooFrequently): no request goes until `retryAt`, then the refused ones go again. */
  | 'waiting'
  /** The network failed: the rows left are pending until `resume()` (or `undo()`). */
  | 'paused'
  | 'cancelled'
  /** Every row was tried once; some may have failed. */
  | 'done'
  /** The calendar is gone (`stoppedBy` says so): nothing more is sent, there is nothing to undo. */
  | 'stopped'
  /** Undo went through every event the run created; `undoFailures` lists those still there. */
  | 'undone';

export interface RunSnapshot {
  /** What the run is doing: saving rows, or deleting them again. */
  task: 'import' | 'undo';
  phase: RunPhase;
  rows: readonly RowRunState[];
  counts: Record<RowRunStateName, number>;
  /** In the `waiting` phase: when (clock time) the request is sent again. */
  retryAt?: number;
  /** In the `paused` phase: the network failure that paused it. */
  pausedBy?: ApiFailure;
  /** In the `stopped` phase: the answer that said the calendar is not there. */
  stoppedBy?: ApiFailure;
  /** Events undo could not delete, and why. */
  undoFailures: readonly { eventId: string; failure: ApiFailure }[];
  /**
   * The rows (indexes, in order) a save of which got a lost answer and whose event no look-up has
   * found yet: an event may still appear for each (Flashduty storing it late), whatever their state.
   */
  mayAppear: readonly number[];
}

export interface ImportRunOptions {
  /** Every row of the preview, in order; `skip` for those not ticked or already there. */
  rows: readonly { row: ImportRow; skip?: boolean }[];
  /**
   * Creates the row's event (one upsert without event_id). It throws the API client's errors. The
   * signal aborts only when the run is disposed: a cancelled run lets the requests in flight finish,
   * so its outcome is known.
   */
  save: (row: ImportRow, signal: AbortSignal) => Promise<{ eventId: string }>;
  /**
   * Deletes one event the run made (`row`: the row it was made for, where to look for it again when
   * the delete's answer is lost). Resolves when the event is gone, however its answer came.
   */
  deleteEvent: (eventId: string, signal: AbortSignal, row: ImportRow) => Promise<void>;
  /**
   * The id of an own event with the row's days, kind and summary, if the calendar has one (from an
   * event list), that is not in `exclude` (the events other rows of the run hold) and was not there
   * before the run. Asked before a row whose earlier save got no answer is sent again, and by undo
   * for such rows; without it such a row is sent again, and may be stored twice.
   */
  findSaved?: (row: ImportRow, signal: AbortSignal, exclude: ReadonlySet<string>) => Promise<string | undefined>;
  /**
   * Whether the row's event (`eventId`, saved by the run) was changed since (another summary, other
   * days or kind, another description, or edited after its creation): undo keeps such an event. It
   * throws the API client's errors; without it undo deletes without a look.
   */
  isChanged?: (eventId: string, row: ImportRow, signal: AbortSignal) => Promise<boolean>;
  /** Whether findSaved can look the row up at all (the API lists no year before 2023); every row when absent. */
  canFind?: (row: ImportRow) => boolean;
  /**
   * How long after an ambiguous answer a look-up waits, so that a save still under way upstream
   * (a proxy that gave up waiting) has landed before the run looks for it; not found, it looks once
   * more this much later (as the event form looks for a lost create). Default 5 s (LOST_CREATE_SETTLE_MS).
   */
  settleMs?: number;
  clock?: Clock;
  limits?: RateLimits;
  /**
   * How many requests may be in flight at once (default IMPORT_POOL_SIZE): one at a time, a round
   * trip of 35 ms held the run at 28 rows a second, under the limit of 50.
   */
  concurrency?: number;
}

export interface ImportRun {
  /** Saves the rows; resolves when the run is done, paused or cancelled. A second call joins the first. */
  start(): Promise<void>;
  /** "Retry failed rows": the failed and pending rows again, never a saved one. */
  resume(): Promise<void>;
  /** Stops after the requests in flight; the rows left stay pending. */
  cancel(): void;
  /** Deletes the events this run created (stopping the run first); again to retry what failed. */
  undo(): Promise<void>;
  /** The dialog closed: aborts the requests in flight, stops everything, tells no one. */
  dispose(): void;
  getSnapshot(): RunSnapshot;
  /** Calls the listener after every change, with the new snapshot (as useSyncExternalStore wants). */
  subscribe(listener: (snapshot: RunSnapshot) => void): () => void;
}

/** A create refused with ResourceNotFound: the calendar itself is gone (a create names no event). */
export const calendarGone = (failure: ApiFailure) => failure.kind === 'server' && failure.code === 'ResourceNotFound';
export const isTooFrequent = (failure: ApiFailure) => failure.kind === 'server' && failure.code === 'RequestTooFrequently';
export const isNetwork = (failure: ApiFailure) => failure.kind === 'network' || failure.kind === 'timeout';

export const pending = (uncertain: boolean | undefined): RowRunState => (uncertain ? { state: 'pending', uncertain: true } : { state: 'pending' });

export function makeSnapshot({ task, phase, rows, undoFailures, mayAppear, retryAt, pausedBy, stoppedBy }: Omit<RunSnapshot, 'counts'>): RunSnapshot {
  const counts: Record<RowRunStateName, number> = { pending: 0, saving: 0, saved: 0, failed: 0, skipped: 0, undone: 0, kept: 0 };
  for (const row of rows) counts[row.state]++;
  return {
    task,
    phase,
    rows,
    counts,
    undoFailures,
    mayAppear,
    ...(retryAt === undefined ? {} : { retryAt }),
    ...(pausedBy ? { pausedBy } : {}),
    ...(stoppedBy ? { stoppedBy } : {}),
  };
}
