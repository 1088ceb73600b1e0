// The event form's checks before a save. An edit: the guard against lost updates (useConflictCheck)
// keeps the version of the event it loaded (or last saved), and reads the event again from its lists.
// A create: the calendar is read again, and an own event of exactly these days (added since in
// another tab, or by another scheduler) makes the save wait for the person's choice instead of
// storing a second event on the same days.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../core/apiContract';
import { readEventNow, readMonthNow } from '../../api/events';
import { looksForLostCreate } from '../../api/upsertEvent';
import { eventOnSameDays } from '../../core/effectiveDays';
import { toUpsertRequest, type EventFormValues } from '../../core/eventSchema';
import { eventConflicts, fieldsOf, type EventFields } from './conflict';
import { useConflictCheck } from '../../ui/forms/useConflictCheck';

export const pickFields = ({ summary, description, is_off, start_date, last_date }: EventFields): EventFields => ({ summary, description, is_off, start_date, last_date });

export function useSaveCheck(event: CalEventItem | undefined) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [calId, setCalId] = useState(event?.cal_id);
  const check = useConflictCheck(event && fieldsOf(event), eventConflicts);
  const [reading, setReading] = useState(false);
  // The event found on the days of a create, until the person chooses (open it, or save anyway).
  const [sameDays, setSameDays] = useState<CalEventItem>();

  /** True when a create may go. A failed read lets it go (the save then says what failed). */
  const mayCreate = async (newCalId: string, mine: EventFields): Promise<boolean> => {
    setReading(true);
    try {
      const [year, month] = mine.start_date.split('-').map(Number);
      // An event of the same days overlaps their first month: that month's list holds it.
      const found = eventOnSameDays(newCalId, (await readMonthNow(queryClient, client, newCalId, year, month)).items, mine);
      setSameDays(found);
      return !found;
    } catch {
      return true;
    } finally {
      setReading(false);
    }
  };

  return {
    ...check,
    checking: check.checking || reading,
    sameDays,
    mayGo: (eventId: string | undefined, mine: EventFormValues) => {
      setSameDays(undefined);
      // A create that may already be stored (its answer lost): the upsert looks for that one itself, and changes it.
      if (!eventId) return looksForLostCreate(client, toUpsertRequest(mine)) ? Promise.resolve(true) : mayCreate(mine.cal_id, pickFields(mine));
      return check.mayGo(
        pickFields(mine),
        calId ?
          async (base) => {
            const now = await readEventNow(client, { cal_id: calId, event_id: eventId, start_at: base.start_date });
            return now && { fields: fieldsOf(now), updatedAt: now.updated_at };
          }
        : undefined,
      );
    },
    /** The person chose to save all the same: the event found stays as it is. */
    dismissSameDays: () => setSameDays(undefined),
    settle: (savedCalId: string, fields: EventFields) => {
      setCalId(savedCalId);
      setSameDays(undefined);
      check.settle(pickFields(fields));
    },
  };
}
