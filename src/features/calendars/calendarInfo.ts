import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { useApiClient } from '../../api/ApiClientProvider';
import { calendarKeys } from './listCalendars';

/** One calendar's settings: its weekly working days, time zone and linked holiday calendars. */
export function calendarInfoQueryOptions(client: ApiClient, calId: string) {
  return queryOptions({
    queryKey: [...calendarKeys.all, 'info', calId] as const,
    queryFn: ({ signal }) => client.call('/calendar/info', { cal_id: calId }, { signal }),
    staleTime: 60_000,
  });
}

export function useCalendarInfo(calId: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...calendarInfoQueryOptions(client, calId ?? ''), enabled: !!calId });
}
