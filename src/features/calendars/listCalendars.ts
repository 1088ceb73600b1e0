import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { useApiClient } from '../../api/ApiClientProvider';

export const calendarKeys = {
  all: ['calendars'] as const,
  list: (kind: 'personal' | 'public') => [...calendarKeys.all, 'list', kind] as const,
};

/** The account's personal calendars: the ones whose events a scheduler can change. */
export function personalCalendarsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: calendarKeys.list('personal'),
    queryFn: ({ signal }) => client.call('/calendar/list', { kind: 'personal' }, { signal }),
    select: (data) => data.items.filter((c) => c.kind === 'personal' && c.status !== 'deleted'),
    staleTime: 60_000,
  });
}

export function usePersonalCalendars() {
  return useQuery(personalCalendarsQueryOptions(useApiClient()));
}

/** The public-holiday calendars a calendar can link (for their names). */
export function usePublicHolidayCalendars() {
  const client = useApiClient();
  return useQuery({
    queryKey: calendarKeys.list('public'),
    queryFn: ({ signal }) => client.call('/calendar/list', { kind: 'region.official.holiday' }, { signal }),
    select: (data) => data.items,
    staleTime: 60 * 60_000,
  });
}
