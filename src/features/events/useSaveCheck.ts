// The form's guard against lost updates: it keeps the version of the event it loaded (or last
// saved), and before an edit is saved reads the event again; when someone else changed it since,
// the save waits for the person's choice, field by field.
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../core/apiContract';
import { eventConflicts, fieldsOf, readEventNow, type EventFields, type FieldConflict } from './conflict';

export type Review =
  | { kind: 'conflict'; conflicts: FieldConflict[]; mine: EventFields; theirs: EventFields; theirsUpdatedAt?: number }
  /** No list holds the event any more: someone deleted it. */
  | { kind: 'gone' };

export const pickFields = ({ summary, description, is_off, start_date, last_date }: EventFields): EventFields => ({ summary, description, is_off, start_date, last_date });

export function useSaveCheck(event: CalEventItem | undefined) {
  const client = useApiClient();
  // The version the edits started from: the event as loaded, then as last saved from here.
  const [base, setBase] = useState<{ calId: string; fields: EventFields } | undefined>(event && { calId: event.cal_id, fields: fieldsOf(event) });
  const [checking, setChecking] = useState(false);
  const [review, setReview] = useState<Review>();

  /** True when the save may go; otherwise the review says why not. A failed read lets it go (the save then says what failed). */
  const mayGo = async (eventId: string | undefined, mine: EventFields): Promise<boolean> => {
    setReview(undefined);
    if (!eventId || !base) return true;
    setChecking(true);
    let now: CalEventItem | undefined;
    try {
      now = await readEventNow(client, { cal_id: base.calId, event_id: eventId, start_at: base.fields.start_date });
    } catch {
      return true;
    } finally {
      setChecking(false);
    }
    if (!now) {
      setReview({ kind: 'gone' });
      return false;
    }
    const theirs = fieldsOf(now);
    const conflicts = eventConflicts(base.fields, pickFields(mine), theirs);
    if (conflicts.length === 0) return true;
    setReview({ kind: 'conflict', conflicts, mine: pickFields(mine), theirs, theirsUpdatedAt: now.updated_at });
    return false;
  };

  return {
    checking,
    review,
    mayGo,
    /** What was saved (or taken from the other version) is the new starting point. */
    settle: (calId: string, fields: EventFields) => {
      setBase({ calId, fields: pickFields(fields) });
      setReview(undefined);
    },
    /** Saving as a new event: nothing to compare with. */
    forget: () => {
      setBase(undefined);
      setReview(undefined);
    },
  };
}
