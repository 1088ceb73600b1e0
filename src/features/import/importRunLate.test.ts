// An import run against saves Flashduty stores late, after their answers were lost (attacker round 3,
// M2), and an undo that meets an event changed since the import (L2).
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../test/fakeClock';
import { createImportRun } from './importRun';
import { fakeApi, fakeStore, gateway504, rowsOf, serverError } from './runFakes.testkit';

describe('a save Flashduty stores late, after its answer was lost (attacker round 3, M2)', () => {
  /** Row 3's save is answered 504 at once, and stored upstream `storedAfterMs` later. */
  const storedLate = (storedAfterMs: number) => {
    const clock = fakeClock();
    const store = fakeStore(clock);
    store.storeThenFail.set(3, gateway504());
    let answeredAt = Infinity;
    const run = createImportRun({
      rows: rowsOf(3),
      save: async (r) => {
        try {
          return await store.save(r);
        } catch (error) {
          answeredAt = clock.now();
          throw error;
        }
      },
      deleteEvent: store.deleteEvent,
      // The stored copy is not listed until it lands.
      findSaved: (r, signal, exclude) => store.findSaved(r, signal, new Set([...exclude, ...(clock.now() < answeredAt + storedAfterMs ? [`cale.3.2`] : [])])),
      clock,
      settleMs: 5_000,
      concurrency: 1,
    });
    return { clock, store, run };
  };

  it('is found by the retry\'s second look, a settling time after the first, and not sent again', async () => {
    const { store, run } = storedLate(8_000);
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 2, failed: 1 }, mayAppear: [1] });
    expect(run.getSnapshot().rows[1]).toMatchObject({ state: 'failed', uncertain: true });
    await run.resume();
    expect(store.sent).toEqual([2, 3, 4]);
    expect(store.copiesOf(3)).toBe(1);
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 3, failed: 0 }, mayAppear: [] });
    await run.undo();
    expect(store.events.size).toBe(0);
  });

  it('is found and deleted by an undo right after the run', async () => {
    const { store, run } = storedLate(8_000);
    await run.start();
    await run.undo();
    expect(store.events.size).toBe(0);
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', counts: { undone: 3 }, mayAppear: [] });
  });

  it('stored later than undo looks, stays named as may still appear, and the next undo deletes it', async () => {
    const { clock, store, run } = storedLate(60_000);
    await run.start();
    await run.undo();
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', counts: { undone: 2, failed: 1 }, mayAppear: [1] });
    expect(store.copiesOf(3)).toBe(1); // it lands after undo looked
    clock.time += 60_000;
    await run.undo();
    expect(store.events.size).toBe(0);
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', counts: { undone: 3 }, mayAppear: [] });
  });
});

describe('undo of an event changed since the import (attacker round 3, L2)', () => {
  it('keeps the event someone changed, deletes the others, and looks at each one before deleting it', async () => {
    const clock = fakeClock();
    const api = fakeApi(clock);
    const looked: [string, number][] = [];
    const run = createImportRun({
      rows: rowsOf(3),
      save: api.save,
      deleteEvent: api.deleteEvent,
      isChanged: async (eventId, r) => {
        looked.push([eventId, r.line]);
        return eventId === 'cale.3';
      },
      clock,
      concurrency: 1,
    });
    await run.start();
    await run.undo();
    expect(looked).toEqual([['cale.2', 2], ['cale.3', 3], ['cale.4', 4]]);
    expect(api.deleted).toEqual(['cale.2', 'cale.4']);
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', counts: { undone: 2, kept: 1 }, undoFailures: [] });
    expect(run.getSnapshot().rows[1]).toEqual({ state: 'kept', eventId: 'cale.3' });
    await run.undo(); // a second undo leaves the kept one alone
    expect(api.deleted).toEqual(['cale.2', 'cale.4']);
  });

  it('deletes nothing it could not look at, and says why', async () => {
    const clock = fakeClock();
    const api = fakeApi(clock);
    const run = createImportRun({ rows: rowsOf(1), save: api.save, deleteEvent: api.deleteEvent, isChanged: async () => Promise.reject(serverError('InternalError', { status: 500 })), clock, concurrency: 1 });
    await run.start();
    await run.undo();
    expect(api.deleted).toEqual([]);
    expect(run.getSnapshot()).toMatchObject({ counts: { saved: 1 }, undoFailures: [{ eventId: 'cale.2', failure: { code: 'InternalError' } }] });
  });
});
