import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { createImportRun, type ImportRunOptions, type RowRunState, type RunSnapshot } from './importRun';
import type { ImportRow } from './rows';
import { fakeClock } from '../../test/fakeClock';
import { fakeApi, fakeStore, gateway504, row, rowsOf, serverError } from './runFakes.testkit';

// These tests pin the order of requests one at a time (concurrency 1); importPool.test.ts runs the
// same safeties with a pool of requests in flight.
function setUp(count: number, more: Partial<ImportRunOptions> = {}) {
  const clock = fakeClock();
  const api = fakeApi(clock);
  const run = createImportRun({ rows: rowsOf(count), save: api.save, deleteEvent: api.deleteEvent, clock, concurrency: 1, ...more });
  const snapshots: RunSnapshot[] = [];
  run.subscribe((s) => snapshots.push(s));
  return { clock, api, run, snapshots };
}
const states = (run: { getSnapshot(): RunSnapshot }) => run.getSnapshot().rows.map((r) => r.state);

describe('createImportRun', () => {
  it('saves 1,200 rows never over 50 in any second nor 1,000 in any minute, and wastes no time', async () => {
    const { api, run } = setUp(1200);
    await run.start();
    const times = api.sent.map(([, t]) => t);
    expect(times).toHaveLength(1200);
    for (let i = 0; i + 50 < times.length; i++) expect(times[i + 50] - times[i]).toBeGreaterThanOrEqual(1000);
    for (let i = 0; i + 1000 < times.length; i++) expect(times[i + 1000] - times[i]).toBeGreaterThanOrEqual(60_000);
    // The first 1,000 in 20 s, the next 200 from the 60th second, 50 a second.
    expect(times[999]).toBeLessThan(20_000);
    expect(times[1199]).toBeLessThan(64_000);
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 1200, pending: 0 } });
    expect(new Set(api.sent.map(([line]) => line)).size).toBe(1200);
  });

  it('reports each row saving, then saved with its event id', async () => {
    const { run, snapshots } = setUp(2);
    expect(run.getSnapshot()).toMatchObject({ task: 'import', phase: 'ready', rows: [{ state: 'pending' }, { state: 'pending' }] });
    await run.start();
    expect(snapshots.map((s) => `${s.phase} ${s.rows.map((r) => r.state).join(',')}`)).toEqual([
      'running pending,pending',
      'running saving,pending',
      'running saved,pending',
      'running saved,saving',
      'running saved,saved',
      'done saved,saved',
    ]);
    expect(run.getSnapshot().rows[1]).toEqual({ state: 'saved', eventId: 'cale.3' });
  });

  it('never sends a skipped row', async () => {
    const clock = fakeClock();
    const api = fakeApi(clock);
    const run = createImportRun({ rows: rowsOf(4, (i) => i % 2 === 1), save: api.save, deleteEvent: api.deleteEvent, clock, concurrency: 1 });
    await run.start();
    expect(api.sent.map(([line]) => line)).toEqual([2, 4]);
    expect(states(run)).toEqual(['saved', 'skipped', 'saved', 'skipped']);
  });

  it('waits as long as Retry-After says and sends the same row again, once', async () => {
    const { api, run, snapshots } = setUp(3);
    api.failures.set(3, [serverError('RequestTooFrequently', { status: 429, retryAfterSeconds: 3 })]);
    await run.start();
    expect(api.sent).toEqual([
      [2, 0],
      [3, 2],
      [3, 3004], // refused at 4 ms, sent again 3 s later
      [4, 3006],
    ]);
    expect(snapshots.find((s) => s.phase === 'waiting')).toMatchObject({ retryAt: 3004, rows: [{ state: 'saved' }, { state: 'pending' }, { state: 'pending' }] });
    expect(states(run)).toEqual(['saved', 'saved', 'saved']);
  });

  it('backs off, doubling, when the refusal gives no Retry-After', async () => {
    const { api, run } = setUp(1);
    api.failures.set(2, [serverError('RequestTooFrequently'), serverError('RequestTooFrequently'), serverError('RequestTooFrequently')]);
    await run.start();
    expect(api.sent.map(([, t]) => t)).toEqual([0, 1002, 3004, 7006]);
    expect(states(run)).toEqual(['saved']);
  });

  it('marks a row the server refused as failed, with code, message and request id, and goes on', async () => {
    const { api, run } = setUp(3);
    api.failures.set(3, [serverError('InvalidParameter')]);
    await run.start();
    expect(run.getSnapshot().rows[1]).toEqual({
      state: 'failed',
      code: 'InvalidParameter',
      message: 'InvalidParameter said the server',
      requestId: 'req-InvalidParameter',
      failure: { kind: 'server', code: 'InvalidParameter', message: 'InvalidParameter said the server', status: 400, requestId: 'req-InvalidParameter' },
    });
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 2, failed: 1 } });
  });

  it('pauses on a network failure with the rows left pending, and resumes without sending a saved row again', async () => {
    const { api, run } = setUp(4);
    api.failures.set(3, [new ApiError({ kind: 'network' })]);
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'paused', pausedBy: { kind: 'network' } });
    expect(run.getSnapshot().rows).toEqual([{ state: 'saved', eventId: 'cale.2' }, { state: 'pending', uncertain: true }, { state: 'pending' }, { state: 'pending' }]);
    await run.resume();
    expect(api.sent.map(([line]) => line)).toEqual([2, 3, 3, 4, 5]);
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 4 } });
    expect(run.getSnapshot().pausedBy).toBeUndefined();
  });

  it('looks up a row whose save got no answer before sending it again, and sends nothing when it was stored', async () => {
    const looked: number[] = [];
    const findSaved = async (r: ImportRow) => {
      looked.push(r.line);
      return r.line === 3 ? 'cale.stored-before-the-timeout' : undefined;
    };
    const { api, run } = setUp(3, { findSaved });
    api.failures.set(3, [new ApiError({ kind: 'timeout', timeoutMs: 15_000 })]);
    api.failures.set(4, [new ApiError({ kind: 'bad-response', status: 502, requestId: 'req-502' })]);
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'paused', pausedBy: { kind: 'timeout' } });
    await run.resume(); // row 3 found; row 4 fails with an unreadable answer
    expect(run.getSnapshot().rows[2]).toMatchObject({ state: 'failed', code: 'bad-response', requestId: 'req-502', uncertain: true });
    await run.resume(); // row 4 looked up twice, a settling time apart (not found), then sent
    expect(looked).toEqual([3, 4, 4]);
    expect(api.sent.map(([line]) => line)).toEqual([2, 3, 4, 4]);
    expect(run.getSnapshot().rows).toEqual([
      { state: 'saved', eventId: 'cale.2' },
      { state: 'saved', eventId: 'cale.stored-before-the-timeout' },
      { state: 'saved', eventId: 'cale.4' },
    ]);
    // Row 3's lost save was found; row 4's was not, so an event may still appear for it.
    expect(run.getSnapshot().mayAppear).toEqual([2]);
  });

  it('retries failed and pending rows on resume, never a saved one', async () => {
    const { api, run } = setUp(4);
    api.failures.set(2, [serverError('InternalError')]);
    api.failures.set(4, [serverError('ServiceUnavailable')]);
    await run.start();
    expect(states(run)).toEqual(['failed', 'saved', 'failed', 'saved']);
    await run.resume();
    expect(api.sent.map(([line]) => line)).toEqual([2, 3, 4, 5, 2, 4]);
    expect(states(run)).toEqual(['saved', 'saved', 'saved', 'saved']);
    await run.resume(); // nothing left to do
    expect(api.sent).toHaveLength(6);
  });

  it('cancels after the request in flight, and a resume goes on from there', async () => {
    const clock = fakeClock();
    let release: () => void = () => {};
    const sent: number[] = [];
    const save = async (r: ImportRow) => {
      sent.push(r.line);
      if (r.line === 3) await new Promise<void>((resolve) => (release = resolve));
      return { eventId: `cale.${r.line}` };
    };
    const run = createImportRun({ rows: rowsOf(4), save, deleteEvent: async () => {}, clock, concurrency: 1 });
    const running = run.start();
    await settleUntil(() => sent.length === 2);
    run.cancel();
    release();
    await running;
    expect(run.getSnapshot().phase).toBe('cancelled');
    expect(states(run)).toEqual(['saved', 'saved', 'pending', 'pending']);
    await run.resume();
    expect(sent).toEqual([2, 3, 4, 5]);
  });

  it('cancels a wait for the rate limit at once', async () => {
    const clock = fakeClock();
    let wake: () => void = () => {};
    clock.sleep = (_ms, signal) => new Promise((resolve) => (wake = () => (signal?.aborted ? resolve() : undefined)));
    const api = fakeApi(clock);
    api.failures.set(2, [serverError('RequestTooFrequently', { retryAfterSeconds: 60 })]);
    const run = createImportRun({ rows: rowsOf(2), save: api.save, deleteEvent: api.deleteEvent, clock, concurrency: 1 });
    const running = run.start();
    await settleUntil(() => run.getSnapshot().phase === 'waiting');
    run.cancel();
    wake();
    await running;
    expect(run.getSnapshot().phase).toBe('cancelled');
    expect(api.sent).toHaveLength(1);
  });

  it('undoes exactly the events it created, the ones found after a lost answer included', async () => {
    const clock = fakeClock();
    const api = fakeApi(clock);
    const run = createImportRun({
      rows: rowsOf(5, (i) => i === 4),
      save: api.save,
      deleteEvent: api.deleteEvent,
      findSaved: async () => 'cale.found',
      clock,
      concurrency: 1,
    });
    api.failures.set(3, [serverError('InvalidParameter')]);
    api.failures.set(4, [new ApiError({ kind: 'network' })]);
    await run.start();
    await run.resume(); // row 3 is sent again (it failed), row 4 is found
    api.deleteFailures.set('cale.5', serverError('ResourceNotFound')); // deleted by someone else meanwhile: gone is gone
    await run.undo();
    expect(api.deleted.sort()).toEqual(['cale.2', 'cale.3', 'cale.found']);
    expect(run.getSnapshot()).toMatchObject({ task: 'undo', phase: 'undone', undoFailures: [], counts: { undone: 4, skipped: 1 } });
    await run.resume(); // an undone run saves nothing again
    expect(api.sent.map(([line]) => line)).toEqual([2, 3, 4, 3, 5]);
  });

  it('keeps an event it could not delete, says why, and deletes it on the next undo', async () => {
    const { api, run } = setUp(2);
    await run.start();
    api.deleteFailures.set('cale.3', serverError('AccessDenied'));
    await run.undo();
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', undoFailures: [{ eventId: 'cale.3', failure: { code: 'AccessDenied' } }] });
    expect(states(run)).toEqual(['undone', 'saved']);
    await run.undo();
    expect(api.deleted).toEqual(['cale.2', 'cale.3']);
    expect(run.getSnapshot().undoFailures).toEqual([]);
  });

  it('stops a run in progress before undoing it', async () => {
    const clock = fakeClock();
    const api = fakeApi(clock);
    let undo: Promise<void> | undefined;
    const run = createImportRun({
      rows: rowsOf(5),
      save: async (r) => {
        const saved = await api.save(r);
        if (r.line === 3) undo = run.undo();
        return saved;
      },
      deleteEvent: api.deleteEvent,
      clock,
      concurrency: 1,
    });
    await run.start();
    await undo;
    expect(api.sent.map(([line]) => line)).toEqual([2, 3]);
    expect(api.deleted).toEqual(['cale.2', 'cale.3']);
    expect(states(run)).toEqual(['undone', 'undone', 'pending', 'pending', 'pending']);
  });

  it('joins a second start, and tells no one after dispose', async () => {
    const { api, run, snapshots } = setUp(3);
    const first = run.start();
    const second = run.start();
    await Promise.all([first, second]);
    expect(api.sent).toHaveLength(3);
    const seen = snapshots.length;
    run.dispose();
    await run.resume();
    expect(snapshots).toHaveLength(seen);
  });

  it('aborts the request in flight on dispose', async () => {
    const clock = fakeClock();
    let signalSeen: AbortSignal | undefined;
    const run = createImportRun({
      rows: rowsOf(2),
      save: (_r, signal) =>
        new Promise((_resolve, reject) => {
          signalSeen = signal;
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      deleteEvent: async () => {},
      clock,
      concurrency: 1,
    });
    const running = run.start();
    await settleUntil(() => signalSeen !== undefined);
    run.dispose();
    await running;
    expect(signalSeen?.aborted).toBe(true);
  });
});


describe('an import whose answers are lost or ambiguous saves nothing twice', () => {
  const setUpStore = (count: number) => {
    const clock = fakeClock();
    const store = fakeStore(clock);
    const run = createImportRun({ rows: rowsOf(count), save: store.save, deleteEvent: store.deleteEvent, findSaved: store.findSaved, clock, settleMs: 5_000, concurrency: 1 });
    return { clock, store, run };
  };

  it.each([
    ['a 504 from the proxy', gateway504()],
    ['a 500', serverError('InternalError', { status: 500 })],
    ['an unreadable 502', new ApiError({ kind: 'bad-response', status: 502 })],
  ])('marks a row stored but answered with %s as uncertain, and finds it instead of sending it again', async (_name, failure) => {
    const { store, run } = setUpStore(5);
    store.storeThenFail.set(4, failure);
    await run.start();
    expect(run.getSnapshot().rows[2]).toMatchObject({ state: 'failed', uncertain: true });
    await run.resume();
    expect(store.sent).toEqual([2, 3, 4, 5, 6]);
    expect(store.copiesOf(4)).toBe(1);
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 5, failed: 0 } });
    await run.undo();
    expect(store.events.size).toBe(0);
  });

  it('looks a row up only once the settling time since its ambiguous answer has passed', async () => {
    const { clock, store, run } = setUpStore(2);
    store.storeThenFail.set(3, gateway504());
    await run.start();
    const answeredAt = clock.now();
    await run.resume();
    expect(store.looked).toHaveLength(1);
    expect(store.looked[0][1]).toBeGreaterThanOrEqual(answeredAt + 5_000 - 2);
  });

  it('does not take an event another row of the run holds for the lost one', async () => {
    const clock = fakeClock();
    const store = fakeStore(clock);
    // Two rows with the same days, kind and summary (the scheduler kept both): line 2 and line 3 look alike.
    const same = { ...row(0) };
    const run = createImportRun({
      rows: [{ row: same }, { row: { ...same, line: 3 } }],
      save: store.save,
      deleteEvent: store.deleteEvent,
      findSaved: (r, signal, exclude) => store.findSaved({ ...r, line: 2 }, signal, exclude), // content, not line, decides
      clock,
      concurrency: 1,
    });
    store.failFirst.set(3, new ApiError({ kind: 'network' }));
    await run.start();
    await run.resume();
    const [first, second] = run.getSnapshot().rows as readonly Extract<RowRunState, { state: 'saved' }>[];
    expect(second.eventId).not.toBe(first.eventId);
    expect(store.sent).toEqual([2, 3, 3]);
  });

  it('undo deletes the copy a look-up came too early to see', async () => {
    const { store, run } = setUpStore(2);
    store.storeThenFail.set(2, gateway504());
    await run.start();
    // Row 2's first copy lands upstream only after its look-up, so the retry stores a second one.
    const late = [...store.events].find(([, line]) => line === 2)![0];
    store.events.delete(late);
    await run.resume();
    store.events.set(late, 2);
    expect(store.copiesOf(2)).toBe(2);
    await run.undo();
    expect(store.events.size).toBe(0);
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', undoFailures: [], counts: { undone: 2 } });
  });

  it('undo deletes the copy of a row that failed ambiguously and was never retried', async () => {
    const { store, run } = setUpStore(3);
    store.storeThenFail.set(3, gateway504());
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 2, failed: 1 } });
    await run.undo();
    expect(store.events.size).toBe(0);
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', counts: { undone: 3, failed: 0 } });
  });
});

describe('a run whose calendar is deleted', () => {
  it('stops at the first "not found", sends nothing more, and says so', async () => {
    const clock = fakeClock();
    const api = fakeApi(clock);
    const run = createImportRun({ rows: rowsOf(160), save: api.save, deleteEvent: api.deleteEvent, findSaved: async () => undefined, clock, concurrency: 1 });
    api.failures.set(4, [serverError('ResourceNotFound', { status: 404, message: 'Calendar cal.x does not exist.' })]);
    await run.start();
    expect(api.sent.map(([line]) => line)).toEqual([2, 3, 4]);
    expect(run.getSnapshot()).toMatchObject({ phase: 'stopped', stoppedBy: { code: 'ResourceNotFound' }, counts: { saved: 2, pending: 158 } });
    await run.resume();
    expect(api.sent).toHaveLength(3);
  });
});

/** Lets the run's promises settle until `test` holds. */
async function settleUntil(test: () => boolean) {
  for (let i = 0; i < 1000 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(test()).toBe(true);
}
