// The event form's guard against lost updates (useConflictCheck): it keeps the version of the event
// it loaded (or last saved), and before an edit is saved reads the event again from its lists.
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../core/apiContract';
import { readEventNow } from '../../api/events';
import { eventConflicts, fieldsOf, type EventFields } from './conflict';
import { useConflictCheck } from '../../ui/forms/useConflictCheck';

export const pickFields = ({ summary, description, is_off, start_date, last_date }: EventFields): EventFields => ({ summary, description, is_off, start_date, last_date });

export function useSaveCheck(event: CalEventItem | undefined) {
  const client = useApiClient();
  const [calId, setCalId] = useState(event?.cal_id);
  const check = useConflictCheck(event && fieldsOf(event), eventConflicts);
  return {
    ...check,
    mayGo: (eventId: string | undefined, mine: EventFields) =>
      check.mayGo(
        pickFields(mine),
        eventId && calId ?
          async (base) => {
            const now = await readEventNow(client, { cal_id: calId, event_id: eventId, start_at: base.start_date });
            return now && { fields: fieldsOf(now), updatedAt: now.updated_at };
          }
        : undefined,
      ),
    settle: (savedCalId: string, fields: EventFields) => {
      setCalId(savedCalId);
      check.settle(pickFields(fields));
    },
  };
}
