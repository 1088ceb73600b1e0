// A lost update, field by field: which fields of a record (an event, a calendar's settings) differ
// between my version and theirs, when someone changed it since both started from `base`, and the
// version that takes each field from the side chosen. Pure: the forms' check (ui/forms/
// useConflictCheck.ts) and review (ui/forms/ConflictReview.tsx) use it.

export interface FieldConflict<F extends string = string> {
  field: F;
  /** Which version the merge takes unless the person chooses: theirs when only they changed it. */
  keep: 'mine' | 'theirs';
  /** Both changed it, each differently. */
  both: boolean;
}

/**
 * The fields on which `mine` and `theirs` differ, when someone changed the record since it was
 * loaded as `base`; empty when nothing of theirs would be lost by saving `mine`.
 */
export function conflictsOf<T extends object>(base: T, mine: T, theirs: T, names: readonly (keyof T & string)[], equal: (name: keyof T & string, a: T, b: T) => boolean): FieldConflict<keyof T & string>[] {
  if (names.every((name) => equal(name, base, theirs))) return [];
  return names.flatMap((field) => {
    if (equal(field, mine, theirs)) return [];
    const iChanged = !equal(field, base, mine);
    const theyChanged = !equal(field, base, theirs);
    return [{ field, keep: iChanged ? 'mine' : 'theirs', both: iChanged && theyChanged } as FieldConflict<keyof T & string>];
  });
}

/** `mine` with the fields the choices give to `theirs`. */
export function merged<T extends object>(mine: T, theirs: T, choices: readonly { field: keyof T & string; keep: 'mine' | 'theirs' }[]): T {
  const result = { ...mine };
  for (const { field, keep } of choices) if (keep === 'theirs') result[field] = theirs[field];
  return result;
}
