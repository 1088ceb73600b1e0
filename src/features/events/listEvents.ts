import { queryOptions, useQuery } from '@tanstack/react-query';
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

export function useMonthEvents(calId: string | undefined, year: number, month: number) {
  const client = useApiClient();
  return useQuery({ ...monthEventsQueryOptions(client, calId ?? '', year, month), enabled: !!calId });
}
