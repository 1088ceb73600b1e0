import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CalEventItem } from '../../api/types';
import type { ApiClient } from '../../api/client';
import { useApiClient } from '../../api/ApiClientProvider';
import { eventKeys } from './upsertEvent';

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
 * An own event of a calendar by its id, from the year lists around `year` (that year, the one
 * before, the one after): the API has no call for one event. Undefined when none holds it.
 */
export async function findOwnEvent(queryClient: QueryClient, client: ApiClient, calId: string, eventId: string, year: number): Promise<CalEventItem | undefined> {
  for (const y of [year, year - 1, year + 1]) {
    const data = await queryClient.fetchQuery(yearEventsQueryOptions(client, calId, y));
    // Own: of this calendar, not a computed rest day (`non_work.…`) nor an inherited holiday.
    const found = data.items.find((e) => e.event_id === eventId && e.cal_id === calId && !e.event_id.startsWith('non_work.'));
    if (found) return found;
  }
  return undefined;
}

export function useMonthEvents(calId: string | undefined, year: number, month: number) {
  const client = useApiClient();
  return useQuery({ ...monthEventsQueryOptions(client, calId ?? '', year, month), enabled: !!calId });
}
