// An import run's undo: deletes every event the run made, a few at once (the run's pool), but for one
// changed since (renamed, moved, edited: kept, and named), and for a row whose lost answer no look-up
// has accounted for yet, the further copies a look-up finds. Told to slow down, it waits
// with the whole pool; the network down pauses it; the calendar gone ends it (its events went too).
import { failureOf, type ApiFailure } from '../../api/errors';
import { cursor, runPool, type PoolOutcome } from './pool';
import { calendarGone, isNetwork, isTooFrequent, type RowRunState, type RunPhase, type RunSnapshot } from './runTypes';

/** The most further copies undo looks for per uncertain row (each one a list and a delete). */
const MAX_COPIES = 5;

type Deleted = 'deleted' | 'kept' | 'failed' | 'paused' | 'cancelled';
type UndoFailures = { eventId: string; failure: ApiFailure }[];

/** What the run lends its undo (importRun.ts). */
export interface UndoContext {
  rowCount: number;
  concurrency: number;
  /** Whether the run can look the row's event up (findSaved, and a year the API lists). */
  canLookUp(index: number): boolean;
  /** Whether a save of the row got a lost answer that no look-up has accounted for (lostAnswers.ts). */
  mayAppear(index: number): boolean;
  /** Whether the event the row saved was changed since (throws the API client's errors); absent: no look. */
  isChanged?: (eventId: string, index: number) => Promise<boolean>;
  snapshot(): RunSnapshot;
  update(change: Partial<Omit<RunSnapshot, 'counts'>>): void;
  setRow(index: number, state: RowRunState): void;
  /** Waits for the pacer and any hold; false when no request may go (stopped or halted). */
  take(): Promise<boolean>;
  /** Deletes an event the row `index` made. */
  deleteEvent(eventId: string, index: number): Promise<void>;
  disposed(): boolean;
  waitToRetry(failure: ApiFailure): Promise<void>;
  /** Looks the row's event up, claiming what it finds; 'stop' when the run stopped meanwhile. */
  lookUp(index: number, claim: (eventId: string) => void, exclude: ReadonlySet<string>): Promise<string | undefined | 'stop'>;
  halt(): void;
  /** Whether the run was halted or stopped. */
  ended(): boolean;
}

export async function runUndo(run: UndoContext): Promise<RunPhase> {
  /** Deletes one event the run made (`look`: unless it was changed since), waiting when told to slow down. */
  const deleteOne = async (eventId: string, index: number, failures: UndoFailures, look = false): Promise<Deleted> => {
    for (;;) {
      if (!(await run.take())) return 'cancelled';
      try {
        if (look && run.isChanged && (await run.isChanged(eventId, index))) return 'kept';
        await run.deleteEvent(eventId, index);
        return 'deleted';
      } catch (error) {
        if (run.disposed()) return 'cancelled';
        const failure = failureOf(error);
        if (calendarGone(failure)) return 'deleted'; // gone already
        if (isTooFrequent(failure)) {
          await run.waitToRetry(failure);
          continue;
        }
        if (isNetwork(failure)) {
          if (!run.snapshot().pausedBy) run.update({ pausedBy: failure });
          return 'paused';
        }
        failures.push({ eventId, failure });
        run.update({ undoFailures: [...failures] });
        return 'failed';
      }
    }
  };

  const undoAll = async (): Promise<RunPhase> => {
    const failures: UndoFailures = [];
    // Deleted (or being deleted) by this undo: a list that lags behind a delete must not send undo after them again.
    const deleted = new Set<string>();
    let calendarWent = false;
    run.update({ undoFailures: failures });

    const undoRow = async (index: number): Promise<PoolOutcome> => {
      const state = run.snapshot().rows[index];
      if (state.state === 'saved') {
        deleted.add(state.eventId);
        const result = await deleteOne(state.eventId, index, failures, true);
        if (result === 'cancelled' || result === 'paused') return 'stop';
        if (result === 'deleted') run.setRow(index, { state: 'undone', eventId: state.eventId });
        if (result === 'kept') run.setRow(index, { state: 'kept', eventId: state.eventId });
        else if (result === 'failed') deleted.delete(state.eventId);
        if (result === 'failed') return 'next';
      }
      // A row whose lost answer no look-up has accounted for may have been stored more than once: its other copies go too.
      for (let copies = 0; copies < MAX_COPIES; copies++) {
        if (!run.mayAppear(index) || !run.canLookUp(index)) return 'next';
        let found: string | undefined | 'stop';
        try {
          found = await run.lookUp(index, (eventId) => deleted.add(eventId), deleted);
        } catch (error) {
          if (run.disposed()) return 'stop';
          const failure = failureOf(error);
          if (calendarGone(failure)) {
            calendarWent = true; // the calendar went with its events
            return 'stop';
          }
          if (isNetwork(failure)) {
            if (!run.snapshot().pausedBy) run.update({ pausedBy: failure });
            return 'stop';
          }
          return 'next'; // the row stays as it is: a failed row is still shown failed
        }
        if (found === 'stop') return 'stop';
        if (!found) return 'next';
        const result = await deleteOne(found, index, failures);
        if (result === 'cancelled' || result === 'paused') return 'stop';
        if (result === 'failed') return 'next';
        if (!['undone', 'kept'].includes(run.snapshot().rows[index].state)) run.setRow(index, { state: 'undone', eventId: found });
      }
      return 'next';
    };

    const wanted = (i: number) => run.snapshot().rows[i].state === 'saved' || run.mayAppear(i);
    await runPool(run.concurrency, cursor(run.rowCount, wanted), async (index) => {
      const outcome = await undoRow(index);
      if (outcome === 'stop') run.halt();
      return outcome;
    });
    return calendarWent ? 'undone' : run.snapshot().pausedBy ? 'paused' : run.ended() ? 'cancelled' : 'undone';
  };
  return undoAll();
}
