// The import run with a pool of requests in flight (the default, IMPORT_POOL_SIZE), on a virtual
// clock where each request takes its time: the run reaches the rate limit, and keeps every safety
// of one request at a time (importRun.test.ts): a refusal to go faster holds the whole pool, a
// calendar gone or a network failure halts it, a lost answer is looked up before a resend, Undo
// deletes every copy, and each row's result stays in its place.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { createImportRun, IMPORT_POOL_SIZE, type ImportRunOptions, type RunSnapshot } from './importRun';
import type { ImportRow } from './rows';
import { virtualClock, type VirtualClock } from './virtualClock.testkit';

const row = (i: number, summary = `Holiday ${i}`): ImportRow => ({ kind: 'row', line: i + 2, summary, start: '2026-10-01', last: '2026-10-01', isOff: true, description: '' });
const rowsOf = (count: number) => Array.from({ length: count }, (_, i) => ({ row: row(i) }));
const serverError = (code: string, more: { status?: number; retryAfterSeconds?: number } = {}) =>
  new ApiError({ kind: 'server', code, message: `${code} said the server`, status: 400, ...more });

/**
 * A fake calendar whose requests take `latencyMs` each (`latency` per row line overrides it): what
 * it stores, when each request began and was answered, and the most in flight at once. `refuse`
 * makes a row's next save fail as given before anything is stored; `storeThenFail` stores it, then
 * fails (the answer lost after the commit).
 */
function slowStore(clock: VirtualClock, latencyMs = 100) {
  let next = 1;
  let inFlight = 0;
  const store = {
    /** Counts requests begun: `begun` is read when the run says it has halted. */
    begun: 0,
    latency: new Map<number, number>(),
    events: new Map<string, string>(), // event id → summary
    saves: [] as { line: number; at: number; answeredAt?: number; failed?: string }[],
    deletes: [] as { eventId: string; at: number }[],
    lists: [] as { line: number; at: number }[],
    mostInFlight: 0,
    refuse: new Map<number, Error>(),
    storeThenFail: new Map<number, Error>(),
    async request<T>(work: () => T): Promise<T> {
      store.mostInFlight = Math.max(store.mostInFlight, ++inFlight);
      try {
        await clock.sleep(latencyMs);
        return work();
      } finally {
        inFlight--;
      }
    },
    save: async (r: ImportRow) => {
      const sent: (typeof store.saves)[number] = { line: r.line, at: clock.now() };
      store.begun++;
      store.saves.push(sent);
      store.mostInFlight = Math.max(store.mostInFlight, ++inFlight);
      try {
        await clock.sleep(store.latency.get(r.line) ?? latencyMs);
        sent.answeredAt = clock.now();
        const refused = store.refuse.get(r.line);
        store.refuse.delete(r.line);
        if (refused) throw ((sent.failed = refused.message), refused);
        const eventId = `cale.${r.line}.${next++}`;
        store.events.set(eventId, r.summary);
        const failure = store.storeThenFail.get(r.line);
        store.storeThenFail.delete(r.line);
        if (failure) throw ((sent.failed = failure.message), failure);
        return { eventId };
      } finally {
        inFlight--;
      }
    },
    deleteEvent: (eventId: string) =>
      store.request(() => {
        store.deletes.push({ eventId, at: clock.now() });
        if (!store.events.delete(eventId)) throw serverError('ResourceNotFound', { status: 404 });
      }),
    findSaved: (r: ImportRow, _signal: AbortSignal, exclude: ReadonlySet<string>) => {
      store.lists.push({ line: r.line, at: clock.now() });
      // The list is read when the request arrives; its answer comes after the latency.
      const found = [...store.events].find(([id, summary]) => summary === r.summary && !exclude.has(id))?.[0];
      return store.request(() => found);
    },
    copiesOf: (summary: string) => [...store.events.values()].filter((s) => s === summary).length,
  };
  return store;
}

function setUp(rows: readonly { row: ImportRow }[], more: Partial<ImportRunOptions> & { latencyMs?: number } = {}) {
  const clock = virtualClock();
  const store = slowStore(clock, more.latencyMs);
  const run = createImportRun({ rows, save: store.save, deleteEvent: store.deleteEvent, findSaved: store.findSaved, clock, settleMs: 1_000, ...more });
  const drive = (step: Promise<void>) => clock.drive(step);
  return { clock, store, run, drive };
}
const snapshotOf = (run: { getSnapshot(): RunSnapshot }) => run.getSnapshot();

/** How many saves had begun when the run first said it stopped or paused (same virtual instant or not). */
function begunWhenHalted(run: { subscribe(listener: (s: RunSnapshot) => void): () => void }, store: { begun: number }) {
  const seen: { begun?: number } = {};
  run.subscribe((s) => {
    if ((s.stoppedBy || s.pausedBy) && seen.begun === undefined) seen.begun = store.begun;
  });
  return seen;
}

describe('an import run with a pool of requests in flight', () => {
  it('saves 1,200 rows at the rate limit when each request takes 100 ms, never over it', async () => {
    const { store, run, drive } = setUp(rowsOf(1200));
    await drive(run.start());
    const times = store.saves.map((s) => s.at);
    expect(times).toHaveLength(1200);
    for (let i = 0; i + 50 < times.length; i++) expect(times[i + 50] - times[i]).toBeGreaterThanOrEqual(1000);
    for (let i = 0; i + 1000 < times.length; i++) expect(times[i + 1000] - times[i]).toBeGreaterThanOrEqual(60_000);
    // 50 a second: the first 1,000 within 20 s (one at a time, 100 ms each, took 100 s).
    expect(times[999]).toBeLessThan(20_100);
    expect(times[1199]).toBeLessThan(64_100);
    expect(store.mostInFlight).toBe(IMPORT_POOL_SIZE);
    expect(snapshotOf(run)).toMatchObject({ phase: 'done', counts: { saved: 1200, pending: 0 } });
    expect(store.events.size).toBe(1200);
  });

  it('one at a time, the same run reaches only 10 a second', async () => {
    const { store, run, drive } = setUp(rowsOf(100), { concurrency: 1 });
    await drive(run.start());
    expect(store.saves[99].at).toBeGreaterThanOrEqual(9_900);
    expect(store.mostInFlight).toBe(1);
  });

  it('keeps each row its own result, in its place, when the answers come out of order', async () => {
    const { store, run, drive } = setUp(rowsOf(8));
    store.latency.set(2, 700).set(3, 50).set(4, 400).set(5, 10);
    await drive(run.start());
    expect(snapshotOf(run).rows.map((s) => (s.state === 'saved' ? s.eventId.split('.')[1] : s.state))).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('holds the whole pool as long as Retry-After says after a refusal, then sends each refused row again, once', async () => {
    const { store, run, drive } = setUp(rowsOf(40));
    store.refuse.set(12, serverError('RequestTooFrequently', { status: 429, retryAfterSeconds: 2 }));
    store.refuse.set(13, serverError('RequestTooFrequently', { status: 429, retryAfterSeconds: 2 }));
    const phases: string[] = [];
    run.subscribe((s) => phases.at(-1) !== s.phase && phases.push(s.phase));
    await drive(run.start());
    const refusedAt = store.saves.find((s) => s.line === 12)!.answeredAt!;
    // Requests in flight when the refusal came finish; none starts until the time is up.
    const during = store.saves.filter((s) => s.at > refusedAt && s.at < refusedAt + 2_000);
    expect(during).toEqual([]);
    expect(store.saves.filter((s) => s.line === 12)).toHaveLength(2);
    expect(store.saves.filter((s) => s.line === 13)).toHaveLength(2);
    expect(store.events.size).toBe(40);
    expect(phases).toEqual(['running', 'waiting', 'running', 'done']);
  });

  // At 7 ms a request the pool waits on the pacer (5 go every 10 ms); at 100 ms, on the answers.
  it.each([7, 100])('stops at the first "calendar not found": no request starts after that answer, those in flight finish (%i ms a request)', async (latencyMs) => {
    const { store, run, drive } = setUp(rowsOf(160), { latencyMs });
    // Its answer comes late, while the others wait for the second's 50 to pass (the pacer).
    store.refuse.set(45, serverError('ResourceNotFound', { status: 404 }));
    store.latency.set(45, 300);
    const halted = begunWhenHalted(run, store);
    await drive(run.start());
    expect(store.saves).toHaveLength(halted.begun!);
    expect(store.saves.every((s) => s.answeredAt !== undefined)).toBe(true);
    const snapshot = snapshotOf(run);
    expect(snapshot).toMatchObject({ phase: 'stopped', stoppedBy: { code: 'ResourceNotFound' } });
    expect(snapshot.counts.saved).toBe(store.events.size);
    expect(snapshot.counts.saved + snapshot.counts.pending).toBe(160);
    const sent = store.saves.length;
    await drive(run.resume());
    expect(store.saves).toHaveLength(sent);
  });

  it.each([7, 100])('halts on a network failure, then looks up the rows whose answers were lost before sending them again (%i ms a request)', async (latencyMs) => {
    const { store, run, drive } = setUp(rowsOf(80), { latencyMs });
    store.storeThenFail.set(45, new ApiError({ kind: 'network' }));
    store.storeThenFail.set(46, new ApiError({ kind: 'timeout', timeoutMs: 15_000 }));
    store.latency.set(45, 300);
    const halted = begunWhenHalted(run, store);
    await drive(run.start());
    expect(store.saves).toHaveLength(halted.begun!);
    // Line 46's timeout came first (line 45 is slow): it paused the run; line 45's answer, lost too, came after.
    expect(snapshotOf(run)).toMatchObject({ phase: 'paused', pausedBy: { kind: 'timeout' } });
    expect(snapshotOf(run).rows[44]).toEqual({ state: 'pending', uncertain: true });
    expect(snapshotOf(run).rows[43]).toEqual({ state: 'pending', uncertain: true });
    await drive(run.resume());
    expect(snapshotOf(run)).toMatchObject({ phase: 'done', counts: { saved: 80 } });
    expect(store.lists.map((l) => l.line).sort()).toEqual([45, 46]);
    for (let i = 0; i < 80; i++) expect(store.copiesOf(`Holiday ${i}`)).toBe(1);
    await drive(run.undo());
    expect(store.events.size).toBe(0);
    expect(snapshotOf(run)).toMatchObject({ phase: 'undone', counts: { undone: 80 } });
  });

  it('gives two alike rows whose answers were lost an event each, looked up at once', async () => {
    // Three rows with the same days, kind and summary (a scheduler kept them all), each stored but unanswered.
    const alike = Array.from({ length: 3 }, (_, i) => ({ row: row(i, 'Team day') }));
    const { store, run, drive } = setUp([...alike, ...rowsOf(6).slice(3)]);
    for (const line of [2, 3, 4]) store.storeThenFail.set(line, serverError('ServiceUnavailable', { status: 504 }));
    await drive(run.start());
    expect(snapshotOf(run).counts.failed).toBe(3);
    await drive(run.resume());
    const ids = snapshotOf(run).rows.slice(0, 3).map((s) => (s.state === 'saved' ? s.eventId : s.state));
    expect(new Set(ids).size).toBe(3);
    expect(store.copiesOf('Team day')).toBe(3);
    expect(store.saves).toHaveLength(6);
    await drive(run.undo());
    expect(store.events.size).toBe(0);
  });

  it('cancels: no request starts after it, those in flight finish, and a resume goes on without a row twice', async () => {
    const { clock, store, run, drive } = setUp(rowsOf(60));
    const running = run.start();
    const cancelAt = 450;
    void clock.sleep(cancelAt).then(() => run.cancel());
    await drive(running);
    expect(store.saves.filter((s) => s.at > cancelAt)).toEqual([]);
    expect(snapshotOf(run).phase).toBe('cancelled');
    expect(snapshotOf(run).counts.saving).toBe(0);
    expect(snapshotOf(run).counts.saved).toBe(store.events.size);
    await drive(run.resume());
    expect(snapshotOf(run)).toMatchObject({ phase: 'done', counts: { saved: 60 } });
    expect(store.saves).toHaveLength(60);
  });

  it('undoes with the pool too, each event deleted once, paced', async () => {
    const { store, run, drive } = setUp(rowsOf(120));
    await drive(run.start());
    await drive(run.undo());
    expect(store.events.size).toBe(0);
    expect(new Set(store.deletes.map((d) => d.eventId)).size).toBe(store.deletes.length);
    expect(store.deletes).toHaveLength(120);
    expect(snapshotOf(run)).toMatchObject({ task: 'undo', phase: 'undone', counts: { undone: 120 } });
  });
});
