// The account's calendars through the API: the query keys, the queries (personal and public-holiday
// lists, one calendar's settings) and the mutations (create, update, delete), each refreshing what it
// changed. A calendar's days follow its settings, so an update refreshes its event lists too.
import { queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarCreateRequest, CalendarIdRequest, CalendarUpdateRequest } from '../core/apiContract';
import type { ApiClient } from './client';
import { useApiClient } from './ApiClientProvider';
import { eventKeys, refreshEventsOf } from './events';
import { createCalendar, deleteCalendar, updateCalendar } from './calendarWrites';

export const calendarKeys = {
  all: ['calendars'] as const,
  list: (kind: 'personal' | 'public') => [...calendarKeys.all, 'list', kind] as const,
  info: (calId: string) => [...calendarKeys.all, 'info', calId] as const,
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

/** One calendar's settings: its weekly working days, time zone and linked holiday calendars. */
export function calendarInfoQueryOptions(client: ApiClient, calId: string | undefined) {
  return queryOptions({
    queryKey: calendarKeys.info(calId ?? ''),
    queryFn: calId ? ({ signal }) => client.call('/calendar/info', { cal_id: calId }, { signal }) : skipToken,
    staleTime: 60_000,
  });
}

export function useCalendarInfo(calId: string | undefined) {
  return useQuery(calendarInfoQueryOptions(useApiClient(), calId));
}

/**
 * Creates a personal calendar; the calendar list is fresh again when it settles (a lost create found,
 * too). A lost answer is settled by looking for the calendar (calendarWrites.ts); the creates not
 * found yet are kept by the API client for the page's life, and any later create of the same name,
 * from this dialog or one opened again, looks for them first (and gives one found the settings
 * changed since: `changed`).
 */
export function useCreateCalendar({ settleMs }: { settleMs?: number } = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalendarCreateRequest) => createCalendar(client, request, settleMs),
    // Also after a failure: a create not found yet may appear in the list later.
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

/** Changes the fields it is sent of a calendar (a lost answer settled by reading it); the calendar and its event lists are asked for again. */
export function useUpdateCalendar() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalendarUpdateRequest) => updateCalendar(client, request),
    onSuccess: (_data, request) => Promise.all([queryClient.invalidateQueries({ queryKey: calendarKeys.all }), refreshEventsOf(queryClient, request.cal_id)]),
  });
}

/** Deletes a personal calendar with its events (refused with ReferenceExist while rules use it; a lost answer settled by reading it). */
export function useDeleteCalendar() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalendarIdRequest) => deleteCalendar(client, request.cal_id),
    onSuccess: (_data, request) => {
      // Nothing of it is asked for again: its cached lists go, and the calendar list is refetched.
      // Not awaited: the page moves to another calendar first (the caller's onSuccess), so that the
      // fresh list never meets a page still showing the deleted calendar ("not of this account").
      queryClient.removeQueries({ queryKey: eventKeys.ofCalendar(request.cal_id) });
      void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}
