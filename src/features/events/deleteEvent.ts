import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventIdRequest } from '../../core/apiContract';
import { eventKeys } from './upsertEvent';

/** Deletes one of a calendar's own events; the calendar's lists are fresh again when it settles. */
export function useDeleteEvent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalEventIdRequest) => client.call('/calendar/event/delete', request),
    onSuccess: (_data, request) => queryClient.invalidateQueries({ queryKey: eventKeys.ofCalendar(request.cal_id) }),
  });
}
