// The import run's pool against the real server and its sandbox through the API client: the
// sandbox's own rate limiter refuses with 429 and Retry-After, and the whole pool waits; a calendar
// deleted meanwhile halts the pool at the first "not found". Requests are seen by a pass-through
// of fetch that only records when each one began and what came back.
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startServer } from '../../../server/test/startServer';
import { createApiClient } from '../../api/client';
import { isTransient, retryDelay } from '../../api/retry';
import { addDays } from '../../core/dates';
import { createImportRun } from './importRun';
import type { ImportRow } from './rows';
import { runCalls } from './runCalls';

let server: Awaited<ReturnType<typeof startServer>>;
const realFetch = globalThis.fetch;
/** Every upsert: when it began, when its answer came, and its status. */
let upserts: { begun: number; answered?: number; status?: number; retryAfter?: number }[] = [];
beforeAll(async () => {
  // The sandbox allows 10 a second: the run, paced to Flashduty's 50, is sure to be told to slow down.
  server = await startServer({ sandbox: { rateLimit: { perSecond: 10, perMinute: 1000 } } });
  globalThis.fetch = async (input, init) => {
    if (!String(input).endsWith('/calendar/event/upsert')) return realFetch(input, init);
    const seen: (typeof upserts)[number] = { begun: performance.now() };
    upserts.push(seen);
    const answer = await realFetch(input, init);
    Object.assign(seen, { answered: performance.now(), status: answer.status, retryAfter: Number(answer.headers.get('retry-after') ?? NaN) });
    return answer;
  };
});
afterEach(() => {
  upserts = [];
  server.sandbox.reset('default');
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await server.close();
});

const rows = (count: number): { row: ImportRow }[] =>
  Array.from({ length: count }, (_, i) => {
    const day = addDays('2027-01-01', i);
    return { row: { kind: 'row', line: i + 2, summary: `Pool day ${i + 1}`, start: day, last: day, isOff: true, description: '' } };
  });

async function setUp(count: number, on = server) {
  const client = createApiClient({ baseUrl: `${on.url}/api`, language: () => 'en' });
  const { cal_id: calId } = await client.call('/calendar/create', { cal_name: `Pool ${Math.random().toString(36).slice(2, 8)}`, timezone: 'Asia/Shanghai' });
  const listYear = (year: number, signal?: AbortSignal) => client.call('/calendar/event/list', { cal_id: calId, year }, { signal });
  // Read after the run, within the same second as its last saves: the sandbox's limit may refuse it too; it waits as asked.
  const listAfterRun = async (): Promise<Awaited<ReturnType<typeof listYear>>> => {
    for (let tries = 1; ; tries++) {
      try {
        return await listYear(2027);
      } catch (error) {
        if (tries > 3 || !isTransient(error)) throw error;
        await new Promise((wake) => setTimeout(wake, retryDelay(tries, error)));
      }
    }
  };
  const own = async () => (await listAfterRun()).items.filter((e) => e.cal_id === calId && !e.event_id.startsWith('non_work.'));
  return { client, calId, calls: runCalls({ client, calId, listYear, before: new Set() }), own, rows: rows(count) };
}

describe('an import run with a pool, against the sandbox', () => {
  it('told to slow down (429, Retry-After), the whole pool waits; every row is stored once', async () => {
    const { calls, own, rows } = await setUp(30);
    const run = createImportRun({ rows, ...calls });
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 30, failed: 0 } });
    const refused = upserts.filter((u) => u.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    const firstRefusal = refused.reduce((a, b) => (b.answered! < a.answered! ? b : a));
    expect(firstRefusal.retryAfter).toBeGreaterThanOrEqual(1);
    // None began after the refusal came back and before its Retry-After was up (10 ms for timers).
    const tooSoon = upserts.filter((u) => u.begun > firstRefusal.answered! && u.begun < firstRefusal.answered! + firstRefusal.retryAfter! * 1000 - 10);
    expect(tooSoon).toEqual([]);
    const stored = (await own()).map((e) => e.summary).sort();
    expect(stored).toEqual(rows.map(({ row }) => row.summary).sort());
  });

  it('halts at the first "calendar not found": no upsert begins after the run has heard it', async () => {
    // Flashduty's own limits here: the delete below must not be told to slow down.
    const plain = await startServer();
    onTestFinished(() => plain.close());
    const { client, calId, calls, rows } = await setUp(40, plain);
    let saves = 0;
    const run = createImportRun({
      rows,
      ...calls,
      save: async (row, signal) => {
        if (++saves === 12) await client.call('/calendar/delete', { cal_id: calId });
        return calls.save(row, signal);
      },
    });
    let begunWhenHeard: number | undefined;
    run.subscribe((s) => {
      if (s.stoppedBy && begunWhenHeard === undefined) begunWhenHeard = upserts.length;
    });
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'stopped', stoppedBy: { code: 'ResourceNotFound' } });
    expect(upserts).toHaveLength(begunWhenHeard!);
    expect(upserts.length).toBeLessThan(40);
    expect(run.getSnapshot().counts.saved + run.getSnapshot().counts.pending).toBe(40);
  });
});
