import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalendarCreateRequest } from '../../core/apiContract';
import { calendarKeys } from './listCalendars';

/** Creates a personal calendar; the calendar list is fresh again when it settles. */
export function useCreateCalendar() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalendarCreateRequest) => client.call('/calendar/create', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
