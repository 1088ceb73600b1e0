import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CalEventItem, CalEventListResponse } from '../../core/apiContract';
import type { ApiClient } from '../../api/client';
import { useApiClient } from '../../api/ApiClientProvider';
import { isApiError } from '../../api/errors';
import { eventKeys } from './upsertEvent';

/** The first year the API lists events of. */
const FIRST_LISTED_YEAR = 2023;

/** A calendar's list for a month: own events, inherited holidays and computed rest days that overlap it. */
export function monthEventsQueryOptions(client: ApiClient, calId: string, year: number, month: number) {
  return queryOptions({
    queryKey: [...eventKeys.ofCalendar(calId), 'month', year, month] as const,
    queryFn: ({ signal }) => client.call('/calendar/event/list', { cal_id: calId, year, month }, { signal }),
    staleTime: 30_000,
  });
}

/** The same for a whole year (to find an event a link names). */
export function yearEventsQueryOptions(client: ApiClient, calId: string, year: number) {
  return queryOptions({
    queryKey: [...eventKeys.ofCalendar(calId), 'year', year] as const,
    queryFn: ({ signal }) => client.call('/calendar/event/list', { cal_id: calId, year }, { signal }),
    staleTime: 30_000,
  });
}

/**
 * An own event of a calendar by its id, from the year lists around `year` (that year, then the one
 * before and the one after, asked for together): the API has no call for one event. Undefined when
 * none holds it. The API lists no year before 2023.
 */
export async function findOwnEvent(queryClient: QueryClient, client: ApiClient, calId: string, eventId: string, year: number): Promise<CalEventItem | undefined> {
  // Own: of this calendar, not a computed rest day (`non_work.…`) nor an inherited holiday.
  const own = (data: CalEventListResponse) => data.items.find((e) => e.event_id === eventId && e.cal_id === calId && !e.event_id.startsWith('non_work.'));
  const listOf = (y: number) => queryClient.fetchQuery(yearEventsQueryOptions(client, calId, y));
  const found = year >= FIRST_LISTED_YEAR ? own(await listOf(year)) : undefined;
  if (found) return found;
  const around = await Promise.all([year - 1, year + 1].filter((y) => y >= FIRST_LISTED_YEAR).map(listOf));
  return around.map(own).find((e) => e !== undefined);
}

export function useMonthEvents(calId: string | undefined, year: number, month: number) {
  const client = useApiClient();
  return useQuery({ ...monthEventsQueryOptions(client, calId ?? '', year, month), enabled: !!calId });
}

/**
 * The lookup of an own event by id (`findOwnEvent`): the event, `null` when no list holds it (nor
 * the calendar, when the server knows none of that id), or an error when its lists could not be
 * loaded. `year` only says where to look first: it is not part of the key, so another month on
 * screen does not look again. With `fetchItsMonth`, the list of the found event's month is asked
 * for at once (a link without a month shows that month next), not after a render.
 */
export function findOwnEventQueryOptions(queryClient: QueryClient, client: ApiClient, calId: string, eventId: string, year: number, { fetchItsMonth = false } = {}) {
  return queryOptions({
    queryKey: [...eventKeys.ofCalendar(calId), 'find', eventId] as const,
    queryFn: async () => {
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
    },
    staleTime: 30_000,
  });
}

export function useFindOwnEvent(calId: string | undefined, eventId: string | undefined, year: number, options: { fetchItsMonth?: boolean } = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useQuery({ ...findOwnEventQueryOptions(queryClient, client, calId ?? '', eventId ?? '', year, options), enabled: !!calId && !!eventId });
}
