// The one guard against lost updates, for any record a form edits (an event, a calendar's
// settings): it keeps the version the edits started from, and before a save reads the record again;
// when someone else changed it since, the save waits for the person's choice, field by field
// (ConflictReview). The API has no If-Match, so this read is the only check there is.
import { useState } from 'react';
import type { FieldConflict } from '../../core/fieldConflicts';

export type Review<T> =
  | { kind: 'conflict'; conflicts: FieldConflict<keyof T & string>[]; mine: T; theirs: T; theirsUpdatedAt?: number }
  /** The record is no longer there: someone deleted it. */
  | { kind: 'gone' };

/** The record as the server holds it now, or undefined when it is gone. */
export type ReadNow<T> = (base: T) => Promise<{ fields: T; updatedAt?: number } | undefined>;

export function useConflictCheck<T extends object>(loaded: T | undefined, compare: (base: T, mine: T, theirs: T) => FieldConflict<keyof T & string>[]) {
  // The version the edits started from: the record as loaded, then as last saved (or taken) from here.
  const [base, setBase] = useState(loaded);
  const [checking, setChecking] = useState(false);
  const [review, setReview] = useState<Review<T>>();

  /** True when the save may go; otherwise the review says why not. A failed read lets it go (the save then says what failed). */
  const mayGo = async (mine: T, readNow: ReadNow<T> | undefined): Promise<boolean> => {
    setReview(undefined);
    if (!readNow || !base) return true;
    setChecking(true);
    let now: Awaited<ReturnType<ReadNow<T>>>;
    try {
      now = await readNow(base);
    } catch {
      return true;
    } finally {
      setChecking(false);
    }
    if (!now) {
      setReview({ kind: 'gone' });
      return false;
    }
    const conflicts = compare(base, mine, now.fields);
    if (conflicts.length === 0) return true;
    setReview({ kind: 'conflict', conflicts, mine, theirs: now.fields, theirsUpdatedAt: now.updatedAt });
    return false;
  };

  return {
    base,
    checking,
    review,
    mayGo,
    /** What was saved (or taken from the other version) is the new starting point. */
    settle: (fields: T) => {
      setBase(fields);
      setReview(undefined);
    },
    /** Saving as a new record: nothing to compare with. */
    forget: () => {
      setBase(undefined);
      setReview(undefined);
    },
  };
}
