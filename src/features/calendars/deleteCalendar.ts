import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalendarIdRequest } from '../../core/apiContract';
import { eventKeys } from '../events/upsertEvent';
import { calendarKeys } from './listCalendars';

/** Deletes a personal calendar with its events (refused with ReferenceExist while rules use it). */
export function useDeleteCalendar() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalendarIdRequest) => client.call('/calendar/delete', request),
    onSuccess: (_data, request) => {
      // Nothing of it is asked for again: its cached lists go, and the calendar list is refetched.
      // Not awaited: the page moves to another calendar first (the caller's onSuccess), so that the
      // fresh list never meets a page still showing the deleted calendar ("not of this account").
      queryClient.removeQueries({ queryKey: eventKeys.ofCalendar(request.cal_id) });
      void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}
