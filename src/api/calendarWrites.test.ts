// A calendar's create, update and delete whose answer is lost, against the real server and sandbox
// on loopback (the sandbox's commit-then-error fault: carried out, answered 504).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/test/startServer';
import { createApiClient } from './client';
import type { CalendarItem } from '../core/apiContract';
import { createCalendar, CreatedNotChanged, deleteCalendar, isCalendarOf, storedAsSent, updateCalendar } from './calendarWrites';
import { DeleteUnconfirmed } from './events';
import { CreateNotFoundYet, lostCreatesOf, type LostCalendarCreate } from './lostCreate';
import { ApiError } from './errors';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.sandbox.reset(ACCOUNT));

const ACCOUNT = 'default';
const ZONE = 'Asia/Shanghai';
const client = () => createApiClient({ baseUrl: `${server.url}/api/`, language: () => 'en' });
const lostAnswer = { code: 'ServiceUnavailable', status: 504 } as const;
const fault = (path: string, f: Record<string, unknown>) => expect(server.sandbox.addFault(ACCOUNT, { path, fault: f })).toBe(true);
const named = async (name: string) => (await client().call('/calendar/list', { kind: 'personal' })).items.filter((c) => c.cal_name === name);
const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

const calendar = (fields: Partial<CalendarItem>): CalendarItem => ({
  account_id: 1, team_id: 0, cal_id: 'cal.x', cal_name: 'Ops', description: '', timezone: 'Asia/Shanghai', kind: 'personal',
  workdays: [1, 2, 3, 4, 5], created_at: 1_000, updated_at: 1_000, creator_id: 1, updated_by: 1, status: 'enabled', ...fields,
});

describe('isCalendarOf', () => {
  const lost: LostCalendarCreate = { request: { cal_name: ' Ops Dubai ', timezone: ZONE }, sentAt: 10_000 };
  it('takes a personal calendar of the name (trimmed) created since the create was sent, with the clocks’ slack', () => {
    expect(isCalendarOf(lost)(calendar({ cal_name: 'Ops Dubai', created_at: 10_001 }))).toBe(true);
    expect(isCalendarOf(lost)(calendar({ cal_name: 'Ops Dubai', created_at: 9_800 }))).toBe(true);
  });
  it('takes none that holds other settings than it sent: a calendar of that name made by someone else', () => {
    expect(isCalendarOf(lost)(calendar({ cal_name: 'Ops Dubai', created_at: 10_001, timezone: 'Asia/Dubai' }))).toBe(false);
    expect(isCalendarOf({ ...lost, request: { ...lost.request, workdays: [0, 1, 2, 3, 4] } })(calendar({ cal_name: 'Ops Dubai', created_at: 10_001 }))).toBe(false);
    expect(isCalendarOf({ ...lost, request: { ...lost.request, workdays: [4, 3, 2, 1, 0] } })(calendar({ cal_name: 'Ops Dubai', created_at: 10_001, workdays: [0, 1, 2, 3, 4] }))).toBe(true);
  });
  it('takes no older calendar, none of another name, and no deleted one', () => {
    expect(isCalendarOf(lost)(calendar({ cal_name: 'Ops Dubai', created_at: 9_000 }))).toBe(false);
    expect(isCalendarOf(lost)(calendar({ cal_name: 'Ops Doha', created_at: 10_001 }))).toBe(false);
    expect(isCalendarOf(lost)(calendar({ cal_name: 'Ops Dubai', created_at: 10_001, status: 'deleted' }))).toBe(false);
  });
});

describe('storedAsSent', () => {
  const stored = calendar({ cal_name: 'Ops ', workdays: [0, 1, 2, 3, 4], extra_cal_ids: ['cal.cn'] });
  it('is true when every field sent is stored (days and linked calendars in any order)', () => {
    expect(storedAsSent({ cal_id: 'cal.x', workdays: [4, 3, 2, 1, 0], extra_cal_ids: ['cal.cn'], cal_name: 'Ops' }, stored)).toBe(true);
    expect(storedAsSent({ cal_id: 'cal.x', timezone: 'Asia/Shanghai' }, stored)).toBe(true);
  });
  it('is false when one field differs', () => {
    expect(storedAsSent({ cal_id: 'cal.x', workdays: [1, 2, 3, 4, 5] }, stored)).toBe(false);
    expect(storedAsSent({ cal_id: 'cal.x', extra_cal_ids: [] }, stored)).toBe(false);
    expect(storedAsSent({ cal_id: 'cal.x', description: 'Dubai team' }, stored)).toBe(false);
  });
});

describe('createCalendar', () => {
  it('an answer lost after the calendar was stored: it is found and is the create’s calendar, one of it', async () => {
    fault('/calendar/create', { type: 'commit-then-error', ...lostAnswer });
    const page = client();
    const created = await createCalendar(page, { cal_name: 'Lost at once', timezone: ZONE }, 50);
    const stored = await named('Lost at once');
    expect(stored).toHaveLength(1);
    expect(created).toEqual({ cal_id: stored[0]!.cal_id, cal_name: 'Lost at once', answerLost: true });
    expect(lostCreatesOf(page).calendars).toEqual([]);
  });

  it('stored a moment after its answer: found on the second look', async () => {
    fault('/calendar/create', { type: 'commit-then-error', ...lostAnswer, commitAfterMs: 200 });
    const created = await createCalendar(client(), { cal_name: 'Lost late', timezone: ZONE }, 800);
    expect(created.answerLost).toBe(true);
    expect(await named('Lost late')).toHaveLength(1);
  });

  it('stored after both looks: “not found yet”, and the next create of the page’s client finds it instead of making a second calendar', async () => {
    fault('/calendar/create', { type: 'commit-then-error', ...lostAnswer, commitAfterMs: 400 });
    const page = client();
    const error = await settled(createCalendar(page, { cal_name: 'Lost later', timezone: ZONE }, 20));
    expect(error).toBeInstanceOf(CreateNotFoundYet);
    expect((error as CreateNotFoundYet).checked).toBe(true);
    expect(lostCreatesOf(page).calendars).toHaveLength(1);
    await expect.poll(() => named('Lost later').then((c) => c.length)).toBe(1);
    const again = await createCalendar(page, { cal_name: ' Lost later', timezone: ZONE }, 20);
    expect(again.answerLost).toBe(true);
    expect(await named('Lost later')).toHaveLength(1);
    expect(lostCreatesOf(page).calendars).toEqual([]);
  });

  it('a lost create of another name is neither taken nor forgotten by a create', async () => {
    fault('/calendar/create', { type: 'commit-then-error', ...lostAnswer, commitAfterMs: 400 });
    const page = client();
    expect(await settled(createCalendar(page, { cal_name: 'Lost first', timezone: ZONE }, 20))).toBeInstanceOf(CreateNotFoundYet);
    await expect.poll(() => named('Lost first').then((c) => c.length)).toBe(1);
    expect((await createCalendar(page, { cal_name: 'Another', timezone: ZONE }, 20)).answerLost).toBeUndefined();
    expect(lostCreatesOf(page).calendars).toEqual([expect.objectContaining({ request: expect.objectContaining({ cal_name: 'Lost first' }) })]);
    expect((await createCalendar(page, { cal_name: 'Lost first', timezone: ZONE }, 20)).answerLost).toBe(true);
    expect(await named('Lost first')).toHaveLength(1);
  });

  it('found by the next create whose settings differ: they are saved to it, and named', async () => {
    fault('/calendar/create', { type: 'commit-then-error', ...lostAnswer, commitAfterMs: 400 });
    const page = client();
    expect(await settled(createCalendar(page, { cal_name: 'Changed since', timezone: ZONE, workdays: [1, 2, 3, 4, 5] }, 20))).toBeInstanceOf(CreateNotFoundYet);
    await expect.poll(() => named('Changed since').then((c) => c.length)).toBe(1);
    const again = await createCalendar(page, { cal_name: 'Changed since', timezone: 'America/New_York', workdays: [1, 2, 3, 4, 5, 6] }, 20);
    expect(again).toMatchObject({ answerLost: true, changed: ['timezone', 'workdays'] });
    expect(await named('Changed since')).toEqual([expect.objectContaining({ timezone: 'America/New_York', workdays: [1, 2, 3, 4, 5, 6] })]);
    expect(lostCreatesOf(page).calendars).toEqual([]);
  });

  it('found, but saving the settings changed since fails: CreatedNotChanged names them, and the next create saves them to it', async () => {
    fault('/calendar/create', { type: 'commit-then-error', ...lostAnswer, commitAfterMs: 400 });
    const page = client();
    expect(await settled(createCalendar(page, { cal_name: 'Not changed', timezone: ZONE }, 20))).toBeInstanceOf(CreateNotFoundYet);
    await expect.poll(() => named('Not changed').then((c) => c.length)).toBe(1);
    fault('/calendar/update', { type: 'error', ...lostAnswer });
    const error = await settled(createCalendar(page, { cal_name: 'Not changed', timezone: 'Asia/Tokyo' }, 20));
    expect(error).toBeInstanceOf(CreatedNotChanged);
    expect((error as CreatedNotChanged).changed).toEqual(['timezone']);
    expect(lostCreatesOf(page).calendars).toHaveLength(1);
    expect(await createCalendar(page, { cal_name: 'Not changed', timezone: 'Asia/Tokyo' }, 20)).toMatchObject({ answerLost: true, changed: ['timezone'] });
    expect(await named('Not changed')).toEqual([expect.objectContaining({ timezone: 'Asia/Tokyo' })]);
  });

  it('nothing stored, and meanwhile another scheduler makes a calendar of that name with other settings: the next create makes its own, and theirs is unchanged', async () => {
    fault('/calendar/create', { type: 'error', ...lostAnswer });
    const page = client();
    expect(await settled(createCalendar(page, { cal_name: 'Ops', timezone: ZONE, workdays: [1, 2, 3, 4, 5] }, 20))).toBeInstanceOf(CreateNotFoundYet);
    const theirs = await client().call('/calendar/create', { cal_name: 'Ops', timezone: 'America/New_York', workdays: [0, 1, 2, 3, 4], description: 'The NY team' });
    const mine = await createCalendar(page, { cal_name: 'Ops', timezone: ZONE, workdays: [1, 2, 3, 4, 5] }, 20);
    expect(mine.answerLost).toBeUndefined();
    expect(mine.cal_id).not.toBe(theirs.cal_id);
    expect(await named('Ops')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cal_id: theirs.cal_id, timezone: 'America/New_York', workdays: [0, 1, 2, 3, 4], description: 'The NY team' }),
        expect.objectContaining({ cal_id: mine.cal_id, timezone: ZONE }),
      ]),
    );
  });

  it('an answer lost and nothing stored: “not found yet”, and the next create makes it', async () => {
    fault('/calendar/create', { type: 'error', ...lostAnswer });
    const page = client();
    expect(await settled(createCalendar(page, { cal_name: 'Never stored', timezone: ZONE }, 20))).toBeInstanceOf(CreateNotFoundYet);
    const again = await createCalendar(page, { cal_name: 'Never stored', timezone: ZONE }, 20);
    expect(again.answerLost).toBeUndefined();
    expect(await named('Never stored')).toHaveLength(1);
  });
});

describe('updateCalendar', () => {
  const calId = async () => (await client().call('/calendar/list', { kind: 'personal' })).items[0]!.cal_id;
  it('an answer lost after the update was stored: read back, it is saved', async () => {
    const id = await calId();
    fault('/calendar/update', { type: 'commit-then-error', ...lostAnswer });
    expect(await updateCalendar(client(), { cal_id: id, description: 'Stored all the same', workdays: [0, 1, 2, 3, 4] })).toEqual({ answerLost: true });
  });
  it('an answer lost and nothing stored: the failure stands', async () => {
    const id = await calId();
    fault('/calendar/update', { type: 'error', ...lostAnswer });
    const error = await settled(updateCalendar(client(), { cal_id: id, description: 'Not stored' }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).failure).toMatchObject({ code: 'ServiceUnavailable' });
  });
});

describe('deleteCalendar', () => {
  const fresh = async () => (await client().call('/calendar/create', { cal_name: 'Doomed', timezone: ZONE })).cal_id;
  it('an answer lost after the delete was done: read back, it is gone, so deleted', async () => {
    const id = await fresh();
    fault('/calendar/delete', { type: 'commit-then-error', ...lostAnswer });
    expect(await deleteCalendar(client(), id)).toBe('answerLost');
    expect(await named('Doomed')).toEqual([]);
  });
  it('an answer lost and nothing deleted: still there, said so', async () => {
    const id = await fresh();
    fault('/calendar/delete', { type: 'error', ...lostAnswer });
    const error = await settled(deleteCalendar(client(), id));
    expect(error).toBeInstanceOf(DeleteUnconfirmed);
    expect((error as DeleteUnconfirmed).stillThere).toBe(true);
  });
  it('a calendar already gone: alreadyGone', async () => {
    const id = await fresh();
    await deleteCalendar(client(), id);
    expect(await deleteCalendar(client(), id)).toBe('alreadyGone');
  });
});
