import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventUpsertRequest } from '../../core/apiContract';

export const eventKeys = {
  all: ['events'] as const,
  ofCalendar: (calId: string) => [...eventKeys.all, calId] as const,
};

/** Creates (no `event_id`) or updates an event; the server's answer is the only confirmation. */
export function useUpsertEvent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CalEventUpsertRequest) => client.call('/calendar/event/upsert', request),
    // Returned, so the mutation stays pending until lists of that calendar are fresh again.
    onSuccess: (_data, request) => queryClient.invalidateQueries({ queryKey: eventKeys.ofCalendar(request.cal_id) }),
  });
}
