// A calendar's events through the API: the query keys, the queries (month, year, one own event by
// id) and the mutations (save, delete), each mutation refreshing what it changed. Every part of the
// panel reads and writes events through this module, the import's paced run included.
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CalEventIdRequest, CalEventItem, CalEventListResponse, CalEventUpsertRequest, CalEventUpsertResponse } from '../core/apiContract';
import { isOwnEvent } from '../core/effectiveDays';
import { FIRST_YEAR } from '../core/months';
import type { ApiClient } from './client';
import { useApiClient } from './ApiClientProvider';
import { isApiError, mayBeStored } from './errors';

export const eventKeys = {
  all: ['events'] as const,
  ofCalendar: (calId: string) => [...eventKeys.all, calId] as const,
  month: (calId: string, year: number, month: number) => [...eventKeys.ofCalendar(calId), 'month', year, month] as const,
  year: (calId: string, year: number) => [...eventKeys.ofCalendar(calId), 'year', year] as const,
  find: (calId: string, eventId: string) => [...eventKeys.ofCalendar(calId), 'find', eventId] as const,
};

const LIST_STALE_MS = 30_000;

/** A calendar's list for a month: own events, inherited holidays and computed rest days that overlap it. */
export function monthEventsQueryOptions(client: ApiClient, calId: string | undefined, year: number, month: number) {
  return queryOptions({
    queryKey: eventKeys.month(calId ?? '', year, month),
    queryFn: calId ? ({ signal }) => client.call('/calendar/event/list', { cal_id: calId, year, month }, { signal }) : skipToken,
    staleTime: LIST_STALE_MS,
  });
}

/** The same for a whole year (to find an event a link names, to export, to import against). */
export function yearEventsQueryOptions(client: ApiClient, calId: string, year: number) {
  return queryOptions({
    queryKey: eventKeys.year(calId, year),
    queryFn: ({ signal }) => client.call('/calendar/event/list', { cal_id: calId, year }, { signal }),
    staleTime: LIST_STALE_MS,
  });
}

/**
 * An own event of a calendar by its id, from the year lists around `year` (that year, then the one
 * before and the one after, asked for together): the API has no call for one event. Undefined when
 * none holds it. The API lists no year before FIRST_YEAR.
 */
export async function findOwnEvent(queryClient: QueryClient, client: ApiClient, calId: string, eventId: string, year: number): Promise<CalEventItem | undefined> {
  // Own: of this calendar, not a computed rest day (`non_work.…`) nor an inherited holiday.
  const own = (data: CalEventListResponse) => data.items.find((e) => e.event_id === eventId && e.cal_id === calId && !e.event_id.startsWith('non_work.'));
  const listOf = (y: number) => queryClient.fetchQuery(yearEventsQueryOptions(client, calId, y));
  const found = year >= FIRST_YEAR ? own(await listOf(year)) : undefined;
  if (found) return found;
  const around = await Promise.all([year - 1, year + 1].filter((y) => y >= FIRST_YEAR).map(listOf));
  return around.map(own).find((e) => e !== undefined);
}

export function useMonthEvents(calId: string | undefined, year: number, month: number) {
  return useQuery(monthEventsQueryOptions(useApiClient(), calId, year, month));
}

/**
 * The lookup of an own event by id (`findOwnEvent`): the event, `null` when no list holds it (nor
 * the calendar, when the server knows none of that id), or an error when its lists could not be
 * loaded. `year` only says where to look first: it is not part of the key, so another month on
 * screen does not look again. With `fetchItsMonth`, the list of the found event's month is asked
 * for at once (a link without a month shows that month next), not after a render.
 */
export function findOwnEventQueryOptions(queryClient: QueryClient, client: ApiClient, calId: string | undefined, eventId: string | undefined, year: number, { fetchItsMonth = false } = {}) {
  return queryOptions({
    queryKey: eventKeys.find(calId ?? '', eventId ?? ''),
    queryFn:
      calId && eventId
        ? async () => {
            try {
              const found = await findOwnEvent(queryClient, client, calId, eventId, year);
              if (found && fetchItsMonth) {
                const [y, m] = found.start_at.split('-').map(Number);
                void queryClient.prefetchQuery(monthEventsQueryOptions(client, calId, y, m));
              }
              return found ?? null;
            } catch (error) {
              if (isApiError(error) && error.failure.kind === 'server' && error.failure.code === 'ResourceNotFound') return null;
              throw error;
            }
          }
        : skipToken,
    staleTime: LIST_STALE_MS,
  });
}

export function useFindOwnEvent(calId: string | undefined, eventId: string | undefined, year: number, options: { fetchItsMonth?: boolean } = {}) {
  return useQuery(findOwnEventQueryOptions(useQueryClient(), useApiClient(), calId, eventId, year, options));
}

/** After a calendar's events changed: its lists are asked for again (settles when they are fresh). */
export const refreshEventsOf = (queryClient: QueryClient, calId: string) => queryClient.invalidateQueries({ queryKey: eventKeys.ofCalendar(calId) });

/** Whether a listed event is the one a create asked for: own, the same days, kind and summary. */
export const isEventOf = (request: CalEventUpsertRequest) => (e: CalEventItem) =>
  isOwnEvent(request.cal_id, e) && e.start_at === request.start_at && e.end_at === request.end_at && e.is_off === request.is_off && e.summary.trim() === request.summary.trim();

/** How far the server's clock may be behind the browser's when a lost create is looked for. */
const CLOCK_SLACK_S = 300;

/** A saved event; `answerLost`: the save's answer was lost, and the event was found in the calendar. */
export type SavedEvent = CalEventUpsertResponse & { answerLost?: true };

/**
 * Creates (no `event_id`) or updates an event; the server's answer is the only confirmation, but for
 * a create whose answer was lost (no answer, a 5xx): the API has no idempotency key, so the calendar
 * is looked up (a fresh list of the start's year) for an event like it created since the save was
 * sent; if there is one, that is the save's event, and a second Save changes it instead of copying it.
 * An update names its event, so sending it again stores no copy.
 */
export function useUpsertEvent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CalEventUpsertRequest): Promise<SavedEvent> => {
      const sentAt = Date.now() / 1000;
      try {
        return await client.call('/calendar/event/upsert', request);
      } catch (error) {
        if (request.event_id || !isApiError(error) || !mayBeStored(error.failure)) throw error;
        const list = await client.call('/calendar/event/list', { cal_id: request.cal_id, year: Number(request.start_at.slice(0, 4)) }).catch(() => undefined);
        const found = list?.items.filter(isEventOf(request)).find((e) => e.created_at >= sentAt - CLOCK_SLACK_S);
        if (!found) throw error;
        return { cal_id: found.cal_id, event_id: found.event_id, summary: found.summary, answerLost: true };
      }
    },
    // Returned, so the mutation stays pending until lists of that calendar are fresh again.
    onSuccess: (_data, request) => refreshEventsOf(queryClient, request.cal_id),
  });
}

/** Deletes one of a calendar's own events; the calendar's lists are fresh again when it settles. */
export function useDeleteEvent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalEventIdRequest) => client.call('/calendar/event/delete', request),
    onSuccess: (_data, request) => refreshEventsOf(queryClient, request.cal_id),
  });
}
