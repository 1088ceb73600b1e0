// An event create whose answer is lost, against the real server and sandbox on loopback (the
// sandbox's commit-then-error fault with commitAfterMs: stored after the look-ups): the API client
// keeps it, so a later create of the same thing, from another form, changes it instead of adding a copy.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/test/startServer';
import type { CalEventUpsertRequest } from '../core/apiContract';
import { createApiClient, type ApiClient } from './client';
import { CreateNotFoundYet, lostCreatesOf } from './lostCreate';
import { upsertEvent } from './upsertEvent';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const ACCOUNT = 'default';
let calId = '';
beforeEach(async () => {
  server.sandbox.reset(ACCOUNT);
  // A calendar of its own: the sample ones hold events already.
  calId = (await client().call('/calendar/create', { cal_name: 'Lost creates', timezone: 'Asia/Shanghai' })).cal_id;
});

const client = () => createApiClient({ baseUrl: `${server.url}/api/`, language: () => 'en' });
const DAYS = { start_at: '2026-12-24', end_at: '2026-12-25' };
const request = (fields: Partial<CalEventUpsertRequest> = {}): CalEventUpsertRequest => ({ cal_id: calId, summary: 'Christmas', is_off: true, ...DAYS, ...fields });
const own = async () => (await client().call('/calendar/event/list', { cal_id: calId, year: 2026 })).items.filter((e) => e.cal_id === calId && !e.event_id.startsWith('non_work.'));
const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

/** A create from `form` whose answer is lost and which is stored only after its look-ups (20 ms apart). */
async function lostLate(page: ApiClient, form: object) {
  expect(server.sandbox.addFault(ACCOUNT, { path: '/calendar/event/upsert', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504, commitAfterMs: 300 } })).toBe(true);
  expect(await settled(upsertEvent(page, request(), { form, settleMs: 20 }))).toBeInstanceOf(CreateNotFoundYet);
  await expect.poll(() => own().then((e) => e.length)).toBe(1);
}

describe('upsertEvent, a create answered without its ID (a broken upstream)', () => {
  it('looks for the event it stored and gives its ID: one event, no copy on the next save', async () => {
    const page = client();
    expect(server.sandbox.addFault(ACCOUNT, { path: '/calendar/event/upsert', fault: { type: 'corrupt' } })).toBe(true);
    const saved = await upsertEvent(page, request(), { form: {}, settleMs: 20 });
    const [stored] = await own();
    expect(saved).toMatchObject({ event_id: stored!.event_id, answerLost: true });
    await upsertEvent(page, request({ summary: 'Christmas (renamed)', event_id: saved.event_id }), { form: {}, settleMs: 20 });
    expect(await own()).toEqual([expect.objectContaining({ event_id: stored!.event_id, summary: 'Christmas (renamed)' })]);
  });
});

describe('upsertEvent, a create stored after its lost answer', () => {
  it('another form of the page (one opened again) creating the same days and kind changes it: one event', async () => {
    const page = client();
    await lostLate(page, {});
    const [stored] = await own();
    const again = await upsertEvent(page, request({ summary: 'Christmas, typed again' }), { form: {}, settleMs: 20 });
    expect(again.event_id).toBe(stored!.event_id);
    expect(await own()).toEqual([expect.objectContaining({ event_id: stored!.event_id, summary: 'Christmas, typed again' })]);
    expect(lostCreatesOf(page).events).toEqual([]);
  });

  it('the same form after a change of days changes it too (Save again)', async () => {
    const page = client();
    const form = {};
    await lostLate(page, form);
    await upsertEvent(page, request({ end_at: '2026-12-26' }), { form, settleMs: 20 });
    expect(await own()).toEqual([expect.objectContaining({ end_at: '2026-12-26' })]);
  });

  it('a create of other days from another form is its own event, and the lost one is still looked for after it', async () => {
    const page = client();
    await lostLate(page, {});
    await upsertEvent(page, request({ start_at: '2026-12-30', end_at: '2026-12-31' }), { form: {}, settleMs: 20 });
    expect(await own()).toHaveLength(2);
    expect(lostCreatesOf(page).events).toHaveLength(1);
  });

  it('another page (another API client) does not know it', async () => {
    await lostLate(client(), {});
    await upsertEvent(client(), request(), { settleMs: 20 });
    expect(await own()).toHaveLength(2);
  });
});
