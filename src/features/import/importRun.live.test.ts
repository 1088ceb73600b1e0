// An import run against the real server in live mode, in front of a fake Flashduty that stores a
// create and then loses its answer: nothing is stored twice, and Undo leaves nothing behind.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeFlashduty } from '../../../server/test/fakeFlashduty';
import { startServer } from '../../../server/test/startServer';
import { createApiClient } from '../../api/client';
import { createImportRun } from './importRun';
import type { ImportRow } from './rows';
import { runCalls } from './runCalls';

const APP_KEY = 'live-run-test-key-0123456789';
const UPSTREAM_TIMEOUT_MS = 800;

let upstream: Awaited<ReturnType<typeof startFakeFlashduty>>;
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  upstream = await startFakeFlashduty(APP_KEY);
  server = await startServer({ live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: UPSTREAM_TIMEOUT_MS } });
});
// An account holds at most 5 personal calendars: each test's goes.
const made: string[] = [];
afterEach(async () => {
  for (const calId of made.splice(0)) await server.post('/calendar/delete', { cal_id: calId });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

const rows = (count: number): { row: ImportRow }[] =>
  Array.from({ length: count }, (_, i) => ({
    row: { kind: 'row', line: i + 2, summary: `Live day ${i + 1}`, start: `2027-03-0${i + 1}`, last: `2027-03-0${i + 1}`, isOff: true, description: '' },
  }));

async function setUp(count: number) {
  const client = createApiClient({ baseUrl: `${server.url}/api`, language: () => 'en' });
  const created = await client.call('/calendar/create', { cal_name: `Live run ${Math.random().toString(36).slice(2, 8)}`, timezone: 'Asia/Shanghai' });
  const calId = created.cal_id;
  made.push(calId);
  const listYear = (year: number, signal?: AbortSignal) => client.call('/calendar/event/list', { cal_id: calId, year }, { signal });
  const own = async () => (await listYear(2027)).items.filter((e) => e.cal_id === calId && !e.event_id.startsWith('non_work.'));
  const calls = runCalls({ client, calId, listYear, before: new Set() });
  return { client, calId, calls, own, rows: rows(count) };
}

describe('an import run in live mode whose creates are stored but answered with an error', () => {
  it.each([
    ['a 504 passed on from Flashduty', { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 }],
    ['a 500 from Flashduty', { type: 'commit-then-error', code: 'InternalError', status: 500 }],
  ] as const)('%s: the retry finds the row instead of storing it again; Undo leaves none', async (_name, fault) => {
    const { calls, own, rows } = await setUp(5);
    const run = createImportRun({ rows, ...calls, settleMs: 0 });
    upstream.fault(fault, '/calendar/event/upsert');
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 4, failed: 1 } });
    expect(run.getSnapshot().rows[0]).toMatchObject({ state: 'failed', code: fault.code, uncertain: true });
    await run.resume();
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', counts: { saved: 5, failed: 0 } });
    const stored = await own();
    expect(stored.map((e) => e.summary).sort()).toEqual(rows.map(({ row }) => row.summary));
    await run.undo();
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', undoFailures: [] });
    expect(await own()).toEqual([]);
  });

  it('the proxy gives up waiting (504) while Flashduty stores the event later: the look-up waits for it', async () => {
    const { calls, own, rows } = await setUp(2);
    // Flashduty answers after 1.5 s; the panel's server stops waiting at 0.8 s and answers 504.
    upstream.fault({ type: 'delay', ms: 1500 }, '/calendar/event/upsert');
    const run = createImportRun({ rows, ...calls, settleMs: 1500 });
    await run.start();
    expect(run.getSnapshot().rows[0]).toMatchObject({ state: 'failed', code: 'ServiceUnavailable', uncertain: true });
    await run.resume();
    expect((await own()).map((e) => e.summary).sort()).toEqual(['Live day 1', 'Live day 2']);
    await run.undo();
    expect(await own()).toEqual([]);
  });
});

describe('an import run in live mode whose undo’s deletes are carried out but answered with a 504', () => {
  it('undo reads the calendar again and counts them deleted, not failed', async () => {
    const { calls, own, rows } = await setUp(3);
    const run = createImportRun({ rows, ...calls, settleMs: 0 });
    await run.start();
    expect(run.getSnapshot().counts.saved).toBe(3);
    upstream.fault({ type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 }, '/calendar/event/delete');
    await run.undo();
    expect(run.getSnapshot()).toMatchObject({ phase: 'undone', undoFailures: [], counts: { undone: 3 } });
    expect(await own()).toEqual([]);
  });
});

describe('an import run in live mode with a row of a year the API does not list (before 2023)', () => {
  it('its answer lost: no look-up the API would refuse, the row said uncertain and not sent again', async () => {
    const { calls } = await setUp(0);
    const row: ImportRow = { kind: 'row', line: 2, summary: 'Old day', start: '2022-03-01', last: '2022-03-01', isOff: true, description: '' };
    const run = createImportRun({ rows: [{ row }], ...calls, settleMs: 0 });
    upstream.fault({ type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 }, '/calendar/event/upsert');
    upstream.arrived.length = 0;
    await run.start();
    await run.resume();
    expect(run.getSnapshot().rows[0]).toMatchObject({ state: 'failed', code: 'ServiceUnavailable', uncertain: true, unchecked: true });
    // One create, no list of 2022 (InvalidParameter), no second create.
    expect(upstream.arrived.map((r) => r.path)).toEqual(['/calendar/event/upsert']);
  });
});

describe('an import run in live mode whose calendar is deleted meanwhile', () => {
  it('stops at the first "not found": no more requests reach Flashduty', async () => {
    const { client, calId, calls, rows } = await setUp(9);
    let saves = 0;
    // One at a time, to pin the order of what reaches Flashduty (importPool.live.test.ts: with the pool).
    const run = createImportRun({
      rows,
      ...calls,
      concurrency: 1,
      save: async (row, signal) => {
        if (++saves === 3) await client.call('/calendar/delete', { cal_id: calId });
        return calls.save(row, signal);
      },
    });
    upstream.arrived.length = 0;
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'stopped', stoppedBy: { code: 'ResourceNotFound' }, counts: { saved: 2, pending: 7 } });
    expect(upstream.arrived.map((r) => r.path)).toEqual(['/calendar/event/upsert', '/calendar/event/upsert', '/calendar/delete', '/calendar/event/upsert']);
  });
});
