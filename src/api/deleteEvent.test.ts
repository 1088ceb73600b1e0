import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/test/startServer';
import { createApiClient, type ApiClient } from './client';
import { ApiError, type ApiFailure } from './errors';
import type { CalEventItem } from '../core/apiContract';
import { deleteEvent, DeleteUnconfirmed } from './events';

const CAL = 'cal.team';
const doomed: CalEventItem = { cal_id: CAL, event_id: 'cale.a', summary: 'Doomed', description: '', start_at: '2026-12-24', end_at: '2026-12-25', is_off: true, created_at: 1, updated_at: 1 };

/**
 * A calendar holding `doomed`, whose first delete fails with `failure`, after carrying it out when
 * `commits`; a later delete is answered as the server does (ResourceNotFound once it is gone). Its
 * lists fail with `listFailure` when given. It records the paths asked for.
 */
function calendar(failure: ApiFailure | undefined, { commits = false, listFailure }: { commits?: boolean; listFailure?: ApiFailure } = {}) {
  let items = [doomed];
  const asked: string[] = [];
  const client = {
    call: async (path: string) => {
      asked.push(path);
      if (path === '/calendar/event/delete') {
        const first = asked.filter((p) => p === path).length === 1;
        if (!first && items.length === 0) throw new ApiError({ kind: 'server', code: 'ResourceNotFound', message: 'no such event', status: 400 });
        if (!first || !failure || commits) items = [];
        if (first && failure) throw new ApiError(failure);
        return {};
      }
      if (listFailure) throw new ApiError(listFailure);
      return { items, total: items.length };
    },
  } as unknown as ApiClient;
  return { client, asked };
}
const lostAnswer: ApiFailure = { kind: 'server', code: 'ServiceUnavailable', message: 'gateway timeout', status: 504, requestId: 'req-1' };

describe('deleteEvent', () => {
  it('deletes, asking for nothing else', async () => {
    const { client, asked } = calendar(undefined);
    expect(await deleteEvent(client, doomed)).toBe('deleted');
    expect(asked).toEqual(['/calendar/event/delete']);
  });

  it('an answer lost after the commit: a fresh list shows the event gone, and a second delete finds none, so it is deleted', async () => {
    const { client, asked } = calendar(lostAnswer, { commits: true });
    expect(await deleteEvent(client, doomed)).toBe('answerLost');
    expect(asked[0]).toBe('/calendar/event/delete');
    expect(asked.slice(1, -1).every((path) => path === '/calendar/event/list')).toBe(true);
    expect(asked.at(-1)).toBe('/calendar/event/delete');
  });

  it('a lost answer with the event still listed: not deleted, and said so (Delete may be pressed again)', async () => {
    for (const failure of [lostAnswer, { kind: 'network' } as const, { kind: 'timeout', timeoutMs: 15_000 } as const]) {
      const error = await deleteEvent(calendar(failure).client, doomed).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeleteUnconfirmed);
      expect(error).toMatchObject({ failure, stillThere: true });
    }
  });

  it('a lost answer and a list that fails too: unconfirmed, with the delete’s failure', async () => {
    const error = await deleteEvent(calendar(lostAnswer, { commits: true, listFailure: { kind: 'network' } }).client, doomed).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: lostAnswer, stillThere: false });
  });

  it('ResourceNotFound: it was gone already', async () => {
    const { client, asked } = calendar({ kind: 'server', code: 'ResourceNotFound', message: 'not found', status: 400 });
    expect(await deleteEvent(client, doomed)).toBe('alreadyGone');
    expect(asked).toEqual(['/calendar/event/delete']);
  });

  it('a refusal (AccessDenied) is the delete’s failure as it came, with no list asked for', async () => {
    const refusal: ApiFailure = { kind: 'server', code: 'AccessDenied', message: 'no', status: 403 };
    const { client, asked } = calendar(refusal);
    const error = await deleteEvent(client, doomed).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DeleteUnconfirmed);
    expect(error).toMatchObject({ failure: refusal });
    expect(asked).toEqual(['/calendar/event/delete']);
  });
});

describe('deleteEvent against the sandbox, an event moved years away from where it was loaded', () => {
  // The real server and sandbox on loopback; the sandbox plays the lost answers.
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.sandbox.reset('default'));
  const client = () => createApiClient({ baseUrl: `${server.url}/api`, language: () => 'en' });
  const calId = 'cal.SampleSupportUS0002';
  const gateway: Record<string, unknown> = { code: 'ServiceUnavailable', message: 'gateway timeout', status: 504 };

  /** An event loaded in 2026, moved since (by someone else) to 2031: the lists of 2025–2027 do not hold it. */
  async function movedEvent() {
    const c = client();
    const { event_id } = await c.call('/calendar/event/upsert', { cal_id: calId, summary: 'Moved away', is_off: true, start_at: '2026-03-02', end_at: '2026-03-03' });
    await c.call('/calendar/event/upsert', { cal_id: calId, event_id, summary: 'Moved away', is_off: true, start_at: '2031-03-03', end_at: '2031-03-04' });
    const loaded = { cal_id: calId, event_id: event_id!, start_at: '2026-03-02' };
    const listed = async () => (await c.call('/calendar/event/list', { cal_id: calId, year: 2031 })).items.some((e) => e.event_id === event_id);
    return { c, loaded, listed };
  }

  it('a delete whose answer was lost before the commit: the event is deleted by a second delete, not taken for gone while it is there', async () => {
    const { c, loaded, listed } = await movedEvent();
    server.sandbox.addFault('default', { path: '/calendar/event/delete', fault: { type: 'error', ...gateway } });
    expect(await deleteEvent(c, loaded)).toBe('answerLost');
    expect(await listed()).toBe(false);
  });

  it('a delete whose answer was lost after the commit: confirmed by the second delete’s ResourceNotFound', async () => {
    const { c, loaded, listed } = await movedEvent();
    server.sandbox.addFault('default', { path: '/calendar/event/delete', fault: { type: 'commit-then-error', ...gateway } });
    expect(await deleteEvent(c, loaded)).toBe('answerLost');
    expect(await listed()).toBe(false);
  });

  it('both deletes unanswered: could not be confirmed (not "deleted"), and the event is still there', async () => {
    const { c, loaded, listed } = await movedEvent();
    server.sandbox.addFault('default', { path: '/calendar/event/delete', times: 2, fault: { type: 'error', ...gateway } });
    const error = await deleteEvent(c, loaded).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeleteUnconfirmed);
    expect(error).toMatchObject({ stillThere: false, failure: { code: 'ServiceUnavailable' } });
    expect(await listed()).toBe(true);
  });
});
