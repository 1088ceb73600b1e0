import { describe, expect, it } from 'vitest';
import type { ApiClient } from './client';
import { ApiError, type ApiFailure } from './errors';
import type { CalEventItem } from '../core/apiContract';
import { deleteEvent, DeleteUnconfirmed } from './events';

const CAL = 'cal.team';
const doomed: CalEventItem = { cal_id: CAL, event_id: 'cale.a', summary: 'Doomed', description: '', start_at: '2026-12-24', end_at: '2026-12-25', is_off: true, created_at: 1, updated_at: 1 };

/**
 * A calendar holding `doomed`, whose delete fails with `failure`, after carrying it out when
 * `commits`; its lists fail with `listFailure` when given. It records the paths asked for.
 */
function calendar(failure: ApiFailure | undefined, { commits = false, listFailure }: { commits?: boolean; listFailure?: ApiFailure } = {}) {
  let items = [doomed];
  const asked: string[] = [];
  const client = {
    call: async (path: string) => {
      asked.push(path);
      if (path === '/calendar/event/delete') {
        if (!failure || commits) items = [];
        if (failure) throw new ApiError(failure);
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

  it('an answer lost after the commit: a fresh list shows the event gone, so it is deleted', async () => {
    const { client, asked } = calendar(lostAnswer, { commits: true });
    expect(await deleteEvent(client, doomed)).toBe('answerLost');
    expect(asked[0]).toBe('/calendar/event/delete');
    expect(asked.slice(1).every((path) => path === '/calendar/event/list')).toBe(true);
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
