import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from './client';
import { ApiError } from './errors';
import type { CalEventItem } from '../core/apiContract';
import { findOwnEventQueryOptions } from './events';
import { calEvent } from '../core/calEvent.fixture';

const CAL = 'cal.team';
const item = (event_id: string, start_at: string, cal_id = CAL) => calEvent({ cal_id, event_id, summary: event_id, start_at, end_at: start_at });

/** A client whose year lists hold `items` (by their year), failing the years in `failing`; it records what was asked. */
function fakeClient(items: CalEventItem[], failing: Record<number, ApiError> = {}) {
  const asked: unknown[] = [];
  const client = {
    call: async (path: string, body: { year: number; month?: number }) => {
      asked.push(body);
      if (path !== '/calendar/event/list') throw new Error(path);
      if (failing[body.year]) throw failing[body.year];
      return { items: items.filter((e) => Number(e.start_at.slice(0, 4)) === body.year && (!body.month || Number(e.start_at.slice(5, 7)) === body.month)), total: 0 };
    },
  } as unknown as ApiClient;
  return { client, asked };
}
const find = (client: ApiClient, eventId: string, year: number, options?: { fetchItsMonth?: boolean }) => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return queryClient.fetchQuery(findOwnEventQueryOptions(queryClient, client, CAL, eventId, year, options));
};
const server = (code: string) => new ApiError({ kind: 'server', code, message: code, status: 400 });

describe('findOwnEventQueryOptions', () => {
  it('finds an own event in the year given first, asking for no other', async () => {
    const { client, asked } = fakeClient([item('cale.a', '2026-12-03')]);
    expect(await find(client, 'cale.a', 2026)).toMatchObject({ event_id: 'cale.a' });
    expect(asked).toEqual([{ cal_id: CAL, year: 2026 }]);
  });

  it('then in the years on either side, asked for together; with fetchItsMonth, its month’s list too', async () => {
    const { client, asked } = fakeClient([item('cale.a', '2027-01-04')]);
    expect(await find(client, 'cale.a', 2026, { fetchItsMonth: true })).toMatchObject({ event_id: 'cale.a' });
    await vi.waitFor(() => expect(asked).toHaveLength(4));
    expect(asked).toEqual([
      { cal_id: CAL, year: 2026 },
      { cal_id: CAL, year: 2025 },
      { cal_id: CAL, year: 2027 },
      { cal_id: CAL, year: 2027, month: 1 },
    ]);
  });

  it('is null when no list holds it as the calendar’s own (a public holiday or a computed rest day is not), or the calendar is unknown', async () => {
    const { client } = fakeClient([item('pub.x', '2026-10-01', 'public.cal'), item('non_work.20261003', '2026-10-03')]);
    expect(await find(client, 'pub.x', 2026)).toBeNull();
    expect(await find(client, 'non_work.20261003', 2026)).toBeNull();
    expect(await find(fakeClient([], { 2026: server('ResourceNotFound') }).client, 'cale.a', 2026)).toBeNull();
  });

  it('fails when a list could not be loaded', async () => {
    await expect(find(fakeClient([], { 2025: server('AccessDenied') }).client, 'cale.a', 2026)).rejects.toThrow('AccessDenied');
    await expect(find(fakeClient([], { 2026: new ApiError({ kind: 'network' }) }).client, 'cale.a', 2026)).rejects.toThrow('network');
  });

  it('asks for no year before 2023, which the API does not list', async () => {
    const { client, asked } = fakeClient([]);
    expect(await find(client, 'cale.a', 2023)).toBeNull();
    expect(asked).toEqual([{ cal_id: CAL, year: 2023 }, { cal_id: CAL, year: 2024 }]);
  });
});
