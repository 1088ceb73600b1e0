// The event form's checks before a save. An edit: the guard against lost updates (useConflictCheck)
// keeps the version of the event it loaded (or last saved), and reads the event again from its lists.
// A create: the calendar is read again, and an own event of exactly these days (added since in
// another tab, or by another scheduler) makes the save wait for the person's choice instead of
// storing a second event on the same days. Then, for both, the event's days are read again: an own
// event of the other kind on some of them saved since the page's lists were read (not one they held,
// unchanged, when Save was pressed: "What saving does" showed that one) would have its days taken back
// by this save, saved last; the save waits for the person's choice (open it, or save anyway).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../core/apiContract';
import { readEventNow } from '../../api/events';
import { looksForLostCreate } from '../../api/upsertEvent';
import { eventOnSameDays, otherKindOverlap } from '../../core/effectiveDays';
import { toUpsertRequest, type EventFormValues } from '../../core/eventSchema';
import { eventConflicts, fieldsOf, type EventFields } from './conflict';
import { useConflictCheck } from '../../ui/forms/useConflictCheck';
import { heldVersions, readDaysNow, savedSince } from './OverlapFound';

export const pickFields = ({ summary, description, is_off, start_date, last_date }: EventFields): EventFields => ({ summary, description, is_off, start_date, last_date });

export function useSaveCheck(event: CalEventItem | undefined) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [calId, setCalId] = useState(event?.cal_id);
  const check = useConflictCheck(event && fieldsOf(event), eventConflicts);
  const [reading, setReading] = useState(false);
  // The event found on the days of a create, until the person chooses (open it, or save anyway).
  const [sameDays, setSameDays] = useState<CalEventItem>();

  // The event of the other kind saved since on some of the days, and the days it shares, until the person chooses.
  const [overlap, setOverlap] = useState<ReturnType<typeof otherKindOverlap>>();

  /**
   * True when the save may go: reads the days again; a create stops at an own event on exactly its
   * days, any save at one of the other kind saved since on some of them (`eventId`: the event itself,
   * not counted). A failed read lets it go (the save then says what failed).
   */
  const mayGoOnDays = async (calId: string, mine: EventFields, eventId: string | undefined): Promise<boolean> => {
    try {
      // What the page's lists show now ("What saving does" was drawn from them), before they are read again.
      const held = heldVersions(queryClient, calId, mine.start_date, mine.last_date);
      const items = await readDaysNow(queryClient, client, calId, mine.start_date, mine.last_date);
      const found = eventId ? undefined : eventOnSameDays(calId, items, mine);
      setSameDays(found);
      const flips = found ? undefined : otherKindOverlap(calId, savedSince(held, items), mine, eventId);
      setOverlap(flips);
      return !found && !flips;
    } catch {
      return true;
    }
  };

  return {
    ...check,
    checking: check.checking || reading,
    sameDays,
    overlap,
    mayGo: async (eventId: string | undefined, mine: EventFormValues) => {
      setSameDays(undefined);
      setOverlap(undefined);
      // A create that may already be stored (its answer lost): the upsert looks for that one itself, and changes it.
      if (!eventId && looksForLostCreate(client, toUpsertRequest(mine))) return true;
      setReading(true); // from the first read to the last: a second Save meanwhile sends nothing
      try {
        const unchanged =
          !eventId ||
          (await check.mayGo(
            pickFields(mine),
            calId ?
              async (base) => {
                const now = await readEventNow(client, { cal_id: calId, event_id: eventId, start_at: base.start_date });
                return now && { fields: fieldsOf(now), updatedAt: now.updated_at };
              }
            : undefined,
          ));
        return unchanged && (await mayGoOnDays(mine.cal_id, pickFields(mine), eventId));
      } finally {
        setReading(false);
      }
    },
    /** The person chose to save all the same: the event found stays as it is (or loses the days shared). */
    dismissFound: () => {
      setSameDays(undefined);
      setOverlap(undefined);
    },
    settle: (savedCalId: string, fields: EventFields) => {
      setCalId(savedCalId);
      setSameDays(undefined);
      setOverlap(undefined);
      check.settle(pickFields(fields));
    },
  };
}
