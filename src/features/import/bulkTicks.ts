// Ticking rows in bulk (TickBar). "Days off only" and "Working days only" keep one kind of the rows
// the preview ticks and of those the scheduler ticked or unticked one by one: a row the preview
// leaves unticked for the reason shown in it (already so, contradicting a linked public-holiday
// calendar, an observance or a festival the file does not mark as a day off, a copy on a date that
// does not repeat) is ticked by hand, never by its kind (attacker round 11, H2: "Days off only"
// ticked Apple's 35 festivals and solar terms, and a copy's moved Spring Festival). "Tick all" means
// all, and says how many of them the preview left unticked for a reason.
import { isImportable, isTickedByDefault, type PreviewRow } from './preview';
import type { ImportRow } from './rows';

export type Ticks = Record<number, boolean>;

/** What a button of the tick bar gives: the ticks, and how many rows it leaves unticked (or ticks) against the preview's reason. */
export interface BulkTicks {
  ticks: Ticks;
  /** Rows the preview leaves unticked for a reason: of the kind and left unticked, or, for Tick all, ticked. */
  withReason: number;
}

/** Each importable row ticked as `keep` says. */
export function ticksWhere(rows: readonly PreviewRow[], keep: (row: ImportRow, p: PreviewRow, i: number) => boolean): Ticks {
  const ticks: Ticks = {};
  rows.forEach((p, i) => {
    if (isImportable(p) && p.row.kind === 'row') ticks[i] = keep(p.row, p, i);
  });
  return ticks;
}

/** A row the preview leaves unticked for the reason shown in it. */
const hasReason = (p: PreviewRow) => isImportable(p) && !isTickedByDefault(p);

/** Rows of one kind (days off: `isOff`), each as the scheduler ticked it by hand, else as the preview ticks it. */
export function ticksOfKind(rows: readonly PreviewRow[], byHand: Ticks, isOff: boolean): BulkTicks {
  let withReason = 0;
  const ticks = ticksWhere(rows, (row, p, i) => {
    if (row.isOff !== isOff) return false;
    if (byHand[i] !== undefined) return byHand[i];
    if (hasReason(p)) withReason++;
    return isTickedByDefault(p);
  });
  return { ticks, withReason };
}

/** Every row, as the scheduler asked. */
export function ticksOfAll(rows: readonly PreviewRow[]): BulkTicks {
  return { ticks: ticksWhere(rows, () => true), withReason: rows.filter(hasReason).length };
}
