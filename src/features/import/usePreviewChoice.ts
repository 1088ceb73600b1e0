// The scheduler's changes to the preview: rows mended (summary, dates, kind), ticked or unticked; a
// new source starts afresh. The ticks given one row at a time are kept apart too (`byHand`): the
// kind buttons start from the preview's own ticks and those (bulkTicks.ts). What each change costs
// does not grow with the rows: a row mended is revised and looked up alone (the others keep their
// objects, createPreviewer remembers their answers), and the callbacks keep their identity, so the
// table re-renders the changed row only.
// `changed` says whether the preview differs from what was read: a mend or a tick set back is none.
// The calendar's events are read for the years of the rows as mended (contextLists.ts).
import { useCallback, useMemo, useState } from 'react';
import type { CalendarPattern } from '../../core/effectiveDays';
import { useContextLists } from './contextLists';
import { createPreviewer, impactYearOf, isImportable, isObservance, isTickedByDefault, isYearly, type PreviewRow } from './preview';
import type { RowEditing } from './PreviewTable';
import { draftOfRow, reviseRow, type RowEdit } from './revise';
import type { SourceRow } from './rows';

export interface Choice {
  base?: readonly SourceRow[];
  edits: Record<number, RowEdit>;
  ticks: Record<number, boolean>;
  /** The ticks the scheduler gave one row at a time (not by a button of the tick bar). */
  byHand: Record<number, boolean>;
}

/** No row ticked by hand: one object, so that the tick bar can tell that none was ticked since its last button. */
const NONE_BY_HAND: Record<number, boolean> = Object.freeze({});
const fresh = (base: readonly SourceRow[] | undefined): Choice => ({ base, edits: {}, ticks: {}, byHand: NONE_BY_HAND });

/** Ticked: importable, and ticked by the scheduler or, until they chose, by default. */
export const isTicked = (p: PreviewRow, i: number, ticks: Record<number, boolean>) => isImportable(p) && (ticks[i] ?? isTickedByDefault(p));

/** Without the scheduler's ticks of these rows (by hand or by a button): they go back to the preview's own tick. */
export function untick(c: Choice, indexes: readonly number[]): Choice {
  const without = (ticks: Record<number, boolean>) => Object.fromEntries(Object.entries(ticks).filter(([i]) => !indexes.includes(Number(i))));
  const byHand = indexes.some((i) => i in c.byHand) ? without(c.byHand) : c.byHand;
  return { ...c, ticks: without(c.ticks), byHand };
}

/** A mend that gives the row other values than it was read with. */
function isMend(row: SourceRow | undefined, edit: RowEdit): boolean {
  const draft = row && draftOfRow(row);
  return !!draft && (Object.keys(edit) as (keyof RowEdit)[]).some((key) => edit[key] !== undefined && edit[key] !== draft[key]);
}

/** Each edit's revised row: a row keeps its object while its edit does (a change makes a new edit object, for one row of one source). */
const REVISED = new WeakMap<RowEdit, SourceRow>();
function revisedOnce(row: SourceRow, edit: RowEdit | undefined): SourceRow {
  if (!edit) return row;
  const known = REVISED.get(edit);
  if (known) return known;
  const revised = reviseRow(row, edit);
  REVISED.set(edit, revised);
  return revised;
}

export function usePreviewChoice(rows: readonly SourceRow[] | undefined, pattern: CalendarPattern, year: number) {
  const [state, setState] = useState<Choice>(() => fresh(rows));
  // Choices made for other rows (another source) are dropped without setting state while rendering.
  const choice = useMemo(() => (state.base === rows ? state : fresh(rows)), [state, rows]);
  const change = useCallback((next: (c: Choice) => Choice) => setState((c) => next(c.base === rows ? c : fresh(rows))), [rows]);

  const edited = useMemo(() => rows?.map((r, i) => revisedOnce(r, choice.edits[i])), [rows, choice.edits]);
  const lists = useContextLists(pattern.cal_id, edited, year);
  const items = lists.items;
  const previewer = useMemo(() => (items ? createPreviewer({ calendar: pattern, items, year }) : undefined), [items, pattern, year]);
  const checked = lists.rows;
  const shown = useMemo(() => (checked && previewer ? previewer.preview(checked) : undefined), [checked, previewer]);

  const ticks = choice.ticks;
  const ticked = useCallback((p: PreviewRow, i: number) => isTicked(p, i, ticks), [ticks]);
  const tickedRows = useMemo(() => (shown ? shown.rows.flatMap((p, i) => (isTicked(p, i, ticks) && p.status !== 'invalid' ? [p.row] : [])) : []), [shown, ticks]);
  const changing = useMemo(() => (shown ? shown.rows.filter((p) => p.status === 'new' || p.status === 'overlaps') : []), [shown]);
  const contradicting = useMemo(() => changing.filter((p) => p.contradicts).length, [changing]);
  /** Rows unticked as observances (those already so are counted as such). */
  const observances = useMemo(() => changing.filter(isObservance).length, [changing]);
  const yearly = useMemo(() => changing.filter((p) => isYearly(p.row)).length, [changing]);
  const impactYear = useMemo(() => impactYearOf(tickedRows, year), [tickedRows, year]);
  const impact = useMemo(() => previewer?.impact(tickedRows, impactYear), [previewer, tickedRows, impactYear]);

  const changed = useMemo(
    () =>
      Object.entries(choice.edits).some(([i, edit]) => isMend(rows?.[Number(i)], edit)) ||
      Object.entries(ticks).some(([i, value]) => {
        const p = shown?.rows[Number(i)];
        return !!p && isImportable(p) && value !== isTickedByDefault(p);
      }),
    [rows, choice.edits, ticks, shown],
  );

  const onEdit = useCallback((i: number, edit: RowEdit) => change((c) => ({ ...c, edits: { ...c.edits, [i]: { ...c.edits[i], ...edit } } })), [change]);
  const onTick = useCallback((i: number, value: boolean) => change((c) => ({ ...c, ticks: { ...c.ticks, [i]: value }, byHand: { ...c.byHand, [i]: value } })), [change]);
  const onTicks = useCallback((next: Record<number, boolean>) => change((c) => ({ ...c, ticks: next })), [change]);
  const onUntick = useCallback((indexes: readonly number[]) => change((c) => untick(c, indexes)), [change]);
  const editing = useMemo(
    (): RowEditing => ({ draftOf: (i) => (rows?.[i] ? draftOfRow(rows[i]) : undefined), editOf: (i) => choice.edits[i], onEdit, onTick }),
    [rows, choice.edits, onEdit, onTick],
  );

  return { lists, shown, ticked, tickedRows, contradicting, observances, yearly, impact, impactYear, editing, onTicks, onUntick, changed, choice };
}
