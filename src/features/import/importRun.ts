// Saving an import's rows, a few requests in flight at once (a small pool), paced under the rate
// limits, with every row's progress for the dialog to show. A saved row is never sent again: not by
// a retry, not by a resume. A save whose answer was lost or ambiguous (the network dropped, the
// client timed out, a proxy's page, a 5xx such as the proxy's 504) may still have been stored, so
// the row is looked up before it is sent again, when the dialog gives a way to look: after the
// settling time, and not found, once more a settling time later. Not found, it may still appear
// (lostAnswers.ts): the snapshot names it. Undo deletes every copy the run made, the ones only a
// look-up finds included, and keeps an event changed since (isChanged). Told to slow down, the whole pool
// waits; the calendar gone (ResourceNotFound on a create) or the network down halts it: no request
// starts after that answer, those already in flight finish. No React here: the dialog subscribes.
import { LOST_CREATE_SETTLE_MS } from '../../api/lostCreate';
import { failureOf, mayBeStored, type ApiFailure } from '../../api/errors';
import { systemClock } from '../../core/clock';
import { FLASHDUTY_LIMITS, createPacer } from './pacer';
import { cursor, runPool, type PoolOutcome } from './pool';
import { lostAnswers } from './lostAnswers';
import { runUndo } from './runUndo';
import { calendarGone, isNetwork, isTooFrequent, makeSnapshot, pending, type ImportRun, type ImportRunOptions, type RowRunState, type RunPhase, type RunSnapshot } from './runTypes';

export type { ImportRun, ImportRunOptions, RowRunState, RunSnapshot } from './runTypes';

/**
 * Requests in flight at once. The sandbox answers in about 35 ms, Flashduty's API in 50–150 ms: five
 * keep 50 a second going at round trips up to 100 ms, and the pacer holds them to the limit.
 */
export const IMPORT_POOL_SIZE = 5;

/** Waits without a Retry-After: 1 s, then twice as long each time, at most a minute. */
const BACK_OFF_FIRST_MS = 1_000;
const BACK_OFF_MAX_MS = 60_000;
type Outcome = 'next' | 'again' | 'stop';

export function createImportRun(options: ImportRunOptions): ImportRun {
  const { rows, save, deleteEvent, findSaved, isChanged, settleMs = LOST_CREATE_SETTLE_MS, concurrency = IMPORT_POOL_SIZE } = options;
  /** Whether a row whose answer was lost can be looked up (else it may not be sent again). */
  const canFind = (index: number) => findSaved !== undefined && (options.canFind?.(rows[index].row) ?? true);
  const clock = options.clock ?? systemClock;
  const pacer = createPacer(options.limits ?? FLASHDUTY_LIMITS, clock);
  const disposal = new AbortController();
  const listeners = new Set<(snapshot: RunSnapshot) => void>();

  let snapshot = makeSnapshot({ task: 'import', phase: 'ready', rows: rows.map(({ skip }): RowRunState => (skip ? { state: 'skipped' } : { state: 'pending' })), undoFailures: [], mayAppear: [] });
  let loop: Promise<void> | undefined;
  let cancelled = false;
  // A worker of the pool met a pause or a stop: no request starts after it (until the next loop).
  let halted = false;
  // Aborted by cancel(), dispose() and a halt: wakes the workers from their waits so that they stop.
  let wake = new AbortController();
  let backOffMs = BACK_OFF_FIRST_MS;
  // The server said to slow down: no request goes before this clock time.
  let holdUntil = 0;
  // Rows whose save may have been stored unseen: when that answer came, and whether a look-up has found it since.
  const lost = lostAnswers((mayAppear) => update({ mayAppear }));

  const update = (change: Partial<Omit<RunSnapshot, 'counts'>>) => {
    if (disposal.signal.aborted) return;
    snapshot = makeSnapshot({ ...snapshot, ...change });
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
    halted = false;
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
  /** Whether a request may start now. Checked right before each one is sent. */
  const mayGo = () => !stopped() && !halted;
  const halt = () => {
    halted = true;
    wake.abort();
  };

  /** Waits for room under the rate limits and past any hold the server asked for; false when the run stopped meanwhile. */
  const take = async (): Promise<boolean> => {
    for (;;) {
      if (!mayGo()) return false;
      const wait = Math.max(holdUntil - clock.now(), pacer.delay());
      if (wait <= 0) return pacer.take();
      await clock.sleep(wait, wake.signal);
    }
  };

  /** The events rows other than `index` hold: a look-up for `index` must not take one of them. */
  const claimedByOthers = (index: number) =>
    new Set(snapshot.rows.flatMap((s, i) => (i !== index && (s.state === 'saved' || s.state === 'undone' || s.state === 'kept') ? [s.eventId] : [])));

  /**
   * Looks for the row's event, after the settling time since its ambiguous answer, and not found, once
   * more a settling time later (a save stored late: Flashduty past the proxy's timeout); paced. What
   * it finds is claimed (`claim`) at once, before another row's look-up, running meanwhile, can take it.
   */
  const lookUp = async (index: number, claim: (eventId: string) => void, alsoExclude: ReadonlySet<string> = new Set()): Promise<string | undefined | 'stop'> => {
    if (!findSaved || !canFind(index)) return undefined;
    const since = lost.since(index);
    const wait = since === undefined ? 0 : since + settleMs - clock.now();
    if (wait > 0) await clock.sleep(wait, wake.signal);
    const first = await lookOnce(index, claim, alsoExclude);
    if (first !== undefined) return first;
    await clock.sleep(settleMs, wake.signal);
    return lookOnce(index, claim, alsoExclude);
  };

  const lookOnce = async (index: number, claim: (eventId: string) => void, alsoExclude: ReadonlySet<string>): Promise<string | undefined | 'stop'> => {
    if (!findSaved) return undefined;
    const taken = () => new Set([...claimedByOthers(index), ...alsoExclude]);
    for (const seen = new Set<string>(); ; ) {
      if (!(await take())) return 'stop';
      const exclude = new Set([...taken(), ...seen]);
      const found = await findSaved(rows[index].row, disposal.signal, exclude);
      if (!found || exclude.has(found)) return undefined;
      // Claimed by another row while this list was under way: look again without it.
      if (taken().has(found)) {
        seen.add(found);
        continue;
      }
      claim(found);
      lost.found(index);
      return found;
    }
  };

  /** Waits as the server asked (Retry-After) or backs off, the whole pool with it; the same request then goes again. */
  const waitToRetry = async (failure: ApiFailure) => {
    const ms = failure.kind === 'server' && failure.retryAfterSeconds !== undefined ? failure.retryAfterSeconds * 1000 : backOffMs;
    // Refusals of requests that were in flight together count as one: the back-off doubles once.
    if (holdUntil <= clock.now()) backOffMs = Math.min(backOffMs * 2, BACK_OFF_MAX_MS);
    holdUntil = Math.max(holdUntil, clock.now() + ms);
    update({ phase: 'waiting', retryAt: holdUntil });
    while (mayGo() && clock.now() < holdUntil) await clock.sleep(holdUntil - clock.now(), wake.signal);
    if (snapshot.phase === 'waiting') update({ phase: 'running', retryAt: undefined });
  };

  const saveRow = async (index: number): Promise<Outcome> => {
    const { row } = rows[index];
    const before = snapshot.rows[index];
    const uncertain = (before.state === 'pending' || before.state === 'failed') && before.uncertain === true;
    try {
      if (uncertain && findSaved) {
        setRow(index, { state: 'saving', checking: true });
        const found = await lookUp(index, (eventId) => setRow(index, { state: 'saved', eventId }));
        if (found === 'stop') {
          setRow(index, before);
          return 'stop';
        }
        if (found) return 'next';
      }
      // The look-up above may have taken a while: the pool may have halted meanwhile.
      if (!(await take()) || !mayGo()) {
        setRow(index, before);
        return 'stop';
      }
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
    if (isTooFrequent(failure)) {
      // Refused, so not stored: the row is as uncertain as it was.
      setRow(index, pending(uncertain));
      await waitToRetry(failure);
      return 'again';
    }
    if (calendarGone(failure)) {
      // Refused: not stored. Nothing else will be either.
      setRow(index, pending(uncertain));
      if (!snapshot.stoppedBy) update({ stoppedBy: failure });
      return 'stop';
    }
    if (mayBeStored(failure)) lost.lost(index, clock.now());
    // A lost answer for a row no look-up can find (a year the API does not list): not sent again.
    const unchecked = findSaved !== undefined && !canFind(index) && (uncertain || mayBeStored(failure));
    if (isNetwork(failure)) {
      setRow(index, unchecked ? failedRow(failure, true) : pending(true));
      if (!snapshot.pausedBy) update({ pausedBy: failure });
      return 'stop';
    }
    // An unreadable answer (a proxy's error page) or a server error may come after the event was stored.
    setRow(index, failedRow(failure, unchecked, uncertain || mayBeStored(failure)));
    return 'next';
  };

  const failedRow = (failure: ApiFailure, unchecked: boolean, uncertain = true): RowRunState => {
    const code = failure.kind === 'server' ? failure.code : failure.kind;
    const message = failure.kind === 'server' ? failure.message : '';
    const requestId = failure.kind === 'server' || failure.kind === 'bad-response' ? failure.requestId : undefined;
    return { state: 'failed', code, message, ...(requestId ? { requestId } : {}), failure, ...(uncertain ? { uncertain: true } : {}), ...(unchecked ? { unchecked: true } : {}) };
  };

  /** The phase a loop ends in once its pool has ended: what halted it, else done. */
  const endPhase = (finished: RunPhase): RunPhase => (snapshot.stoppedBy ? 'stopped' : snapshot.pausedBy ? 'paused' : halted || stopped() ? 'cancelled' : finished);

  const saveAll = async (): Promise<RunPhase> => {
    await runPool(concurrency, cursor(rows.length, (i) => snapshot.rows[i].state === 'pending'), async (index): Promise<PoolOutcome> => {
      for (;;) {
        if (!mayGo()) return 'stop';
        const outcome = await saveRow(index);
        if (outcome === 'next') return 'next';
        if (outcome === 'stop') {
          halt();
          return 'stop';
        }
      }
    });
    // A cancel that came with the last answer leaves nothing undone: the run is done.
    return snapshot.counts.pending === 0 && !snapshot.stoppedBy && !snapshot.pausedBy ? 'done' : endPhase('done');
  };

  const undoAll = () =>
    runUndo({
      rowCount: rows.length,
      concurrency,
      canLookUp: canFind,
      mayAppear: lost.mayAppear,
      isChanged: isChanged && ((eventId, index) => isChanged(eventId, rows[index].row, disposal.signal)),
      snapshot: () => snapshot,
      update,
      setRow,
      take: async () => (await take()) && mayGo(),
      deleteEvent: (eventId, index) => deleteEvent(eventId, disposal.signal, rows[index].row),
      disposed: () => disposal.signal.aborted,
      waitToRetry,
      lookUp,
      halt,
      ended: () => halted || stopped(),
    });

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
      // A row that may be stored where no look-up can see it stays as it is.
      const again = snapshot.rows.map((s) => (s.state === 'failed' && !s.unchecked ? pending(s.uncertain) : s));
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
