// Saving an import's rows, one request at a time, paced under the rate limits, with every row's
// progress for the dialog to show. A saved row is never sent again: not by a retry, not by a resume.
// A save whose answer never came (the network dropped, the client timed out) may still have been
// stored, so the row is looked up before it is sent again, when the dialog gives a way to look.
// Undo deletes exactly the events this run created. No React here: the dialog subscribes.
import { failureOf, type ApiFailure } from '../../api/errors';
import { FLASHDUTY_LIMITS, createPacer, systemClock, type Clock, type RateLimits } from './pacer';
import type { ImportRow } from './rows';

export type RowRunState =
  /** `uncertain`: an earlier attempt got no answer, so the event may exist already. */
  | { state: 'pending'; uncertain?: boolean }
  | { state: 'saving' }
  | { state: 'saved'; eventId: string }
  /** `code` is the server's error code, or the failure's kind when the answer was unreadable. */
  | { state: 'failed'; code: string; message: string; requestId?: string; failure: ApiFailure; uncertain?: boolean }
  /** Not ticked, or already in the calendar: never sent. */
  | { state: 'skipped' }
  /** Saved by this run, then deleted by its undo. */
  | { state: 'undone'; eventId: string };

export type RowRunStateName = RowRunState['state'];

export type RunPhase =
  | 'ready'
  | 'running'
  /** Told to slow down (RequestTooFrequently): the same request goes again at `retryAt`. */
  | 'waiting'
  /** The network failed: the rows left are pending until `resume()` (or `undo()`). */
  | 'paused'
  | 'cancelled'
  /** Every row was tried once; some may have failed. */
  | 'done'
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
  /** Events undo could not delete, and why. */
  undoFailures: readonly { eventId: string; failure: ApiFailure }[];
}

export interface ImportRunOptions {
  /** Every row of the preview, in order; `skip` for those not ticked or already there. */
  rows: readonly { row: ImportRow; skip?: boolean }[];
  /**
   * Creates the row's event (one upsert without event_id). It throws the API client's errors. The
   * signal aborts only when the run is disposed: a cancelled run lets the request in flight finish,
   * so its outcome is known.
   */
  save: (row: ImportRow, signal: AbortSignal) => Promise<{ eventId: string }>;
  deleteEvent: (eventId: string, signal: AbortSignal) => Promise<void>;
  /**
   * The id of an own event with the row's days, kind and summary, if the calendar has one (from an
   * event list). Asked before a row whose earlier save got no answer is sent again; without it such
   * a row is sent again, and may be stored twice.
   */
  findSaved?: (row: ImportRow, signal: AbortSignal) => Promise<string | undefined>;
  clock?: Clock;
  limits?: RateLimits;
}

export interface ImportRun {
  /** Saves the rows; resolves when the run is done, paused or cancelled. A second call joins the first. */
  start(): Promise<void>;
  /** "Retry failed rows": the failed and pending rows again, never a saved one. */
  resume(): Promise<void>;
  /** Stops after the request in flight; the rows left stay pending. */
  cancel(): void;
  /** Deletes the events this run created (stopping the run first); again to retry what failed. */
  undo(): Promise<void>;
  /** The dialog closed: aborts the request in flight, stops everything, tells no one. */
  dispose(): void;
  getSnapshot(): RunSnapshot;
  /** Calls the listener after every change, with the new snapshot (as useSyncExternalStore wants). */
  subscribe(listener: (snapshot: RunSnapshot) => void): () => void;
}

/** Waits without a Retry-After: 1 s, then twice as long each time, at most a minute. */
const BACK_OFF_FIRST_MS = 1_000;
const BACK_OFF_MAX_MS = 60_000;

type Outcome = 'next' | 'again' | 'stop';

const pending = (uncertain: boolean | undefined): RowRunState => (uncertain ? { state: 'pending', uncertain: true } : { state: 'pending' });

export function createImportRun(options: ImportRunOptions): ImportRun {
  const { rows, save, deleteEvent, findSaved } = options;
  const clock = options.clock ?? systemClock;
  const pacer = createPacer(options.limits ?? FLASHDUTY_LIMITS, clock);
  const disposal = new AbortController();
  const listeners = new Set<(snapshot: RunSnapshot) => void>();

  let snapshot = makeSnapshot('import', 'ready', rows.map(({ skip }): RowRunState => (skip ? { state: 'skipped' } : { state: 'pending' })), []);
  let loop: Promise<void> | undefined;
  let cancelled = false;
  // Aborted by cancel() and dispose(): wakes the run from a wait so that it can stop.
  let wake = new AbortController();
  let backOffMs = BACK_OFF_FIRST_MS;

  const update = (change: Partial<Omit<RunSnapshot, 'counts'>>) => {
    if (disposal.signal.aborted) return;
    const next = { ...snapshot, ...change };
    snapshot = makeSnapshot(next.task, next.phase, next.rows, next.undoFailures, next.retryAt, next.pausedBy);
    for (const listener of listeners) listener(snapshot);
  };
  const setRow = (index: number, state: RowRunState) => {
    const next = snapshot.rows.slice();
    next[index] = state;
    update({ rows: next });
  };

  /** Runs `work` as the run's one loop; a call while a loop runs joins it. */
  const runLoop = (task: RunSnapshot['task'], work: () => Promise<RunPhase>) => {
    if (loop) return loop;
    cancelled = false;
    wake = new AbortController();
    update({ task, phase: 'running', retryAt: undefined, pausedBy: undefined });
    loop = work().then(
      (phase) => update({ phase, retryAt: undefined }),
      () => update({ phase: 'paused', pausedBy: { kind: 'network' } }), // a fault of this code: stop, lose nothing
    );
    loop = loop.finally(() => (loop = undefined));
    return loop;
  };

  const stopped = () => cancelled || disposal.signal.aborted;

  /** Waits as the server asked (Retry-After) or backs off; the same request then goes again. */
  const waitToRetry = async (failure: ApiFailure) => {
    const ms = failure.kind === 'server' && failure.retryAfterSeconds !== undefined ? failure.retryAfterSeconds * 1000 : backOffMs;
    backOffMs = Math.min(backOffMs * 2, BACK_OFF_MAX_MS);
    update({ phase: 'waiting', retryAt: clock.now() + ms });
    await clock.sleep(ms, wake.signal);
    update({ phase: 'running', retryAt: undefined });
  };

  const saveRow = async (index: number): Promise<Outcome> => {
    const { row } = rows[index];
    const before = snapshot.rows[index];
    const uncertain = (before.state === 'pending' || before.state === 'failed') && before.uncertain === true;
    try {
      if (uncertain && findSaved) {
        if (!(await pacer.take(wake.signal))) return 'stop';
        setRow(index, { state: 'saving' });
        const found = await findSaved(row, disposal.signal);
        if (found) {
          setRow(index, { state: 'saved', eventId: found });
          return 'next';
        }
      }
      if (!(await pacer.take(wake.signal))) return 'stop';
      setRow(index, { state: 'saving' });
      const { eventId } = await save(row, disposal.signal);
      setRow(index, { state: 'saved', eventId });
      backOffMs = BACK_OFF_FIRST_MS;
      return 'next';
    } catch (error) {
      return saveFailed(index, error, uncertain);
    }
  };

  const saveFailed = async (index: number, error: unknown, uncertain: boolean): Promise<Outcome> => {
    if (disposal.signal.aborted) return 'stop';
    const failure = failureOf(error);
    if (failure.kind === 'server' && failure.code === 'RequestTooFrequently') {
      // Refused, so not stored: the row is as uncertain as it was.
      setRow(index, pending(uncertain));
      await waitToRetry(failure);
      return 'again';
    }
    if (failure.kind === 'network' || failure.kind === 'timeout') {
      setRow(index, pending(true));
      update({ pausedBy: failure });
      return 'stop';
    }
    // An unreadable answer (a proxy's error page) may come after the event was stored.
    const uncertainNow = uncertain || failure.kind === 'bad-response';
    const code = failure.kind === 'server' ? failure.code : failure.kind;
    const message = failure.kind === 'server' ? failure.message : '';
    const requestId = failure.kind === 'server' || failure.kind === 'bad-response' ? failure.requestId : undefined;
    setRow(index, { state: 'failed', code, message, ...(requestId ? { requestId } : {}), failure, ...(uncertainNow ? { uncertain: true } : {}) });
    return 'next';
  };

  const saveAll = async (): Promise<RunPhase> => {
    for (let index = 0; index < rows.length; index++) {
      if (snapshot.rows[index].state !== 'pending') continue;
      for (;;) {
        if (stopped()) return 'cancelled';
        const outcome = await saveRow(index);
        if (outcome === 'next') break;
        if (outcome === 'stop') return snapshot.pausedBy ? 'paused' : 'cancelled';
      }
    }
    return 'done';
  };

  const undoAll = async (): Promise<RunPhase> => {
    const failures: { eventId: string; failure: ApiFailure }[] = [];
    update({ undoFailures: failures });
    for (let index = 0; index < rows.length; index++) {
      const state = snapshot.rows[index];
      if (state.state !== 'saved') continue;
      for (;;) {
        if (stopped()) return 'cancelled';
        if (!(await pacer.take(wake.signal))) return 'cancelled';
        try {
          await deleteEvent(state.eventId, disposal.signal);
          setRow(index, { state: 'undone', eventId: state.eventId });
          break;
        } catch (error) {
          if (disposal.signal.aborted) return 'cancelled';
          const failure = failureOf(error);
          if (failure.kind === 'server' && failure.code === 'ResourceNotFound') {
            setRow(index, { state: 'undone', eventId: state.eventId }); // gone already
            break;
          }
          if (failure.kind === 'server' && failure.code === 'RequestTooFrequently') {
            await waitToRetry(failure);
            continue;
          }
          if (failure.kind === 'network' || failure.kind === 'timeout') {
            update({ pausedBy: failure });
            return 'paused';
          }
          failures.push({ eventId: state.eventId, failure });
          update({ undoFailures: [...failures] });
          break;
        }
      }
    }
    return 'undone';
  };

  return {
    start() {
      if (snapshot.phase !== 'ready') return loop ?? Promise.resolve();
      return runLoop('import', saveAll);
    },
    resume() {
      if (snapshot.phase === 'ready') return this.start();
      if (loop || snapshot.task === 'undo') return loop ?? Promise.resolve();
      // Failed rows go back to pending, keeping what is known about their first attempt.
      const again = snapshot.rows.map((s) => (s.state === 'failed' ? pending(s.uncertain) : s));
      update({ rows: again });
      return runLoop('import', saveAll);
    },
    cancel() {
      cancelled = true;
      wake.abort();
    },
    async undo() {
      if (loop && snapshot.task === 'import') {
        this.cancel();
        await loop;
      }
      return runLoop('undo', undoAll);
    },
    dispose() {
      cancelled = true;
      wake.abort();
      disposal.abort();
      listeners.clear();
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function makeSnapshot(
  task: RunSnapshot['task'],
  phase: RunPhase,
  rows: readonly RowRunState[],
  undoFailures: RunSnapshot['undoFailures'],
  retryAt?: number,
  pausedBy?: ApiFailure,
): RunSnapshot {
  const counts: Record<RowRunStateName, number> = { pending: 0, saving: 0, saved: 0, failed: 0, skipped: 0, undone: 0 };
  for (const row of rows) counts[row.state]++;
  return { task, phase, rows, counts, undoFailures, ...(retryAt === undefined ? {} : { retryAt }), ...(pausedBy ? { pausedBy } : {}) };
}
