// Saving an import's rows, one request at a time, paced under the rate limits, with every row's
// progress for the dialog to show. A saved row is never sent again: not by a retry, not by a resume.
// A save whose answer was lost or ambiguous (the network dropped, the client timed out, a proxy's
// page, a 5xx such as the proxy's 504) may still have been stored, so the row is looked up before
// it is sent again, when the dialog gives a way to look. Undo deletes every copy the run made, the
// ones only a look-up finds included. The calendar gone (ResourceNotFound on a create) stops the
// run at once. No React here: the dialog subscribes.
import { failureOf, mayBeStored, type ApiFailure } from '../../api/errors';
import { FLASHDUTY_LIMITS, createPacer, systemClock, type Clock, type RateLimits } from './pacer';
import type { ImportRow } from './rows';

export type RowRunState =
  /** `uncertain`: an earlier attempt got no answer, so the event may exist already. */
  | { state: 'pending'; uncertain?: boolean }
  /** `checking`: looking for the event an earlier, unanswered save may have stored. */
  | { state: 'saving'; checking?: boolean }
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
   * event list), that is not in `exclude` (the events other rows of the run hold) and was not there
   * before the run. Asked before a row whose earlier save got no answer is sent again, and by undo
   * for such rows; without it such a row is sent again, and may be stored twice.
   */
  findSaved?: (row: ImportRow, signal: AbortSignal, exclude: ReadonlySet<string>) => Promise<string | undefined>;
  /**
   * How long after an ambiguous answer a look-up waits, so that a save still under way upstream
   * (a proxy that gave up waiting) has landed before the run looks for it. Default 5 s.
   */
  settleMs?: number;
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
const SETTLE_MS = 5_000;
/** The most further copies undo looks for per uncertain row (each one a list and a delete). */
const MAX_COPIES = 5;

/** A create refused with ResourceNotFound: the calendar itself is gone (a create names no event). */
const calendarGone = (failure: ApiFailure) => failure.kind === 'server' && failure.code === 'ResourceNotFound';

type Outcome = 'next' | 'again' | 'stop';

const pending = (uncertain: boolean | undefined): RowRunState => (uncertain ? { state: 'pending', uncertain: true } : { state: 'pending' });

export function createImportRun(options: ImportRunOptions): ImportRun {
  const { rows, save, deleteEvent, findSaved, settleMs = SETTLE_MS } = options;
  const clock = options.clock ?? systemClock;
  const pacer = createPacer(options.limits ?? FLASHDUTY_LIMITS, clock);
  const disposal = new AbortController();
  const listeners = new Set<(snapshot: RunSnapshot) => void>();

  let snapshot = makeSnapshot({ task: 'import', phase: 'ready', rows: rows.map(({ skip }): RowRunState => (skip ? { state: 'skipped' } : { state: 'pending' })), undoFailures: [] });
  let loop: Promise<void> | undefined;
  let cancelled = false;
  // Aborted by cancel() and dispose(): wakes the run from a wait so that it can stop.
  let wake = new AbortController();
  let backOffMs = BACK_OFF_FIRST_MS;
  // Rows whose save may have been stored unseen, and when that answer came (clock time).
  const uncertainSince = new Map<number, number>();

  const update = (change: Partial<Omit<RunSnapshot, 'counts'>>) => {
    if (disposal.signal.aborted) return;
    const next = { ...snapshot, ...change };
    snapshot = makeSnapshot(next);
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

  /** The events rows other than `index` hold: a look-up for `index` must not take one of them. */
  const claimedByOthers = (index: number) =>
    new Set(snapshot.rows.flatMap((s, i) => (i !== index && (s.state === 'saved' || s.state === 'undone') ? [s.eventId] : [])));

  /** Looks for the row's event, after the settling time since its ambiguous answer; paced. */
  const lookUp = async (index: number, alsoExclude: ReadonlySet<string> = new Set()): Promise<string | undefined | 'stop'> => {
    if (!findSaved) return undefined;
    const since = uncertainSince.get(index);
    const wait = since === undefined ? 0 : since + settleMs - clock.now();
    if (wait > 0) await clock.sleep(wait, wake.signal);
    if (!(await pacer.take(wake.signal))) return 'stop';
    const exclude = new Set([...claimedByOthers(index), ...alsoExclude]);
    const found = await findSaved(rows[index].row, disposal.signal, exclude);
    return found && !exclude.has(found) ? found : undefined;
  };

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
        setRow(index, { state: 'saving', checking: true });
        const found = await lookUp(index);
        if (found === 'stop') {
          setRow(index, before);
          return 'stop';
        }
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
    if (calendarGone(failure)) {
      // Refused: not stored. Nothing else will be either.
      setRow(index, pending(uncertain));
      update({ stoppedBy: failure });
      return 'stop';
    }
    if (mayBeStored(failure)) uncertainSince.set(index, clock.now());
    if (failure.kind === 'network' || failure.kind === 'timeout') {
      setRow(index, pending(true));
      update({ pausedBy: failure });
      return 'stop';
    }
    // An unreadable answer (a proxy's error page) or a server error may come after the event was stored.
    const uncertainNow = uncertain || mayBeStored(failure);
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
        if (outcome === 'stop') return snapshot.stoppedBy ? 'stopped' : snapshot.pausedBy ? 'paused' : 'cancelled';
      }
    }
    return 'done';
  };

  /** Deletes one event the run made, waiting when told to slow down. */
  const deleteOne = async (eventId: string, failures: { eventId: string; failure: ApiFailure }[]): Promise<'deleted' | 'failed' | 'paused' | 'cancelled'> => {
    for (;;) {
      if (stopped()) return 'cancelled';
      if (!(await pacer.take(wake.signal))) return 'cancelled';
      try {
        await deleteEvent(eventId, disposal.signal);
        return 'deleted';
      } catch (error) {
        if (disposal.signal.aborted) return 'cancelled';
        const failure = failureOf(error);
        if (failure.kind === 'server' && failure.code === 'ResourceNotFound') return 'deleted'; // gone already
        if (failure.kind === 'server' && failure.code === 'RequestTooFrequently') {
          await waitToRetry(failure);
          continue;
        }
        if (failure.kind === 'network' || failure.kind === 'timeout') {
          update({ pausedBy: failure });
          return 'paused';
        }
        failures.push({ eventId, failure });
        update({ undoFailures: [...failures] });
        return 'failed';
      }
    }
  };

  const undoAll = async (): Promise<RunPhase> => {
    const failures: { eventId: string; failure: ApiFailure }[] = [];
    // Deleted by this undo: a list that lags behind a delete must not send undo after them again.
    const deleted = new Set<string>();
    update({ undoFailures: failures });
    for (let index = 0; index < rows.length; index++) {
      const state = snapshot.rows[index];
      if (state.state === 'saved') {
        const result = await deleteOne(state.eventId, failures);
        if (result === 'cancelled' || result === 'paused') return result;
        if (result === 'failed') continue;
        deleted.add(state.eventId);
        setRow(index, { state: 'undone', eventId: state.eventId });
      }
      // A row whose answer was lost once may have been stored more than once: its other copies go too.
      if (!uncertainSince.has(index) || !findSaved) continue;
      for (let copies = 0; copies < MAX_COPIES; copies++) {
        let found: string | undefined | 'stop';
        try {
          found = await lookUp(index, deleted);
        } catch (error) {
          if (disposal.signal.aborted) return 'cancelled';
          const failure = failureOf(error);
          if (calendarGone(failure)) return 'undone'; // the calendar went with its events
          if (failure.kind === 'network' || failure.kind === 'timeout') {
            update({ pausedBy: failure });
            return 'paused';
          }
          break; // the row stays as it is: a failed row is still shown failed
        }
        if (found === 'stop') return 'cancelled';
        if (!found) break;
        const result = await deleteOne(found, failures);
        if (result === 'cancelled' || result === 'paused') return result;
        if (result === 'failed') break;
        deleted.add(found);
        if (snapshot.rows[index].state !== 'undone') setRow(index, { state: 'undone', eventId: found });
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
      if (snapshot.phase === 'stopped') return Promise.resolve(); // the calendar is gone
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

function makeSnapshot({ task, phase, rows, undoFailures, retryAt, pausedBy, stoppedBy }: Omit<RunSnapshot, 'counts'>): RunSnapshot {
  const counts: Record<RowRunStateName, number> = { pending: 0, saving: 0, saved: 0, failed: 0, skipped: 0, undone: 0 };
  for (const row of rows) counts[row.state]++;
  return {
    task,
    phase,
    rows,
    counts,
    undoFailures,
    ...(retryAt === undefined ? {} : { retryAt }),
    ...(pausedBy ? { pausedBy } : {}),
    ...(stoppedBy ? { stoppedBy } : {}),
  };
}
