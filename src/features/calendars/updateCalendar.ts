import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalendarUpdateRequest } from '../../core/apiContract';
import { eventKeys } from '../events/upsertEvent';
import { calendarKeys } from './listCalendars';

/**
 * Changes the fields it is sent of a calendar. Its days follow its working days and linked
 * calendars, so its event lists are refetched with the calendar.
 */
export function useUpdateCalendar() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalendarUpdateRequest) => client.call('/calendar/update', request),
    onSuccess: (_data, request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
        queryClient.invalidateQueries({ queryKey: eventKeys.ofCalendar(request.cal_id) }),
      ]),
  });
}
