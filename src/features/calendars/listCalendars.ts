import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { useApiClient } from '../../api/ApiClientProvider';

export const calendarKeys = {
  all: ['calendars'] as const,
  list: (kind: 'personal') => [...calendarKeys.all, 'list', kind] as const,
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
