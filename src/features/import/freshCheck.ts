// Before an import run: the preview's rows classified again, by the preview's own rule, against the
// calendar as read when Import was pressed. The preview shown was computed from the lists read when
// the dialog opened; an event saved since (another tab, another scheduler, the same schedule imported
// twice the day it is published) would otherwise be stored a second time.
import { createPreviewer, type Preview, type PreviewContext, type PreviewRow } from './preview';

/** The overlapping events a row was shown with, as one comparable key. */
const overlapKey = (p: PreviewRow) => (p.status === 'overlaps' ? p.overlapping.map((e) => e.event_id).sort().join(' ') : '');

/**
 * The rows (indexes) the fresh read changed: ticked in the preview shown, or ticked by the fresh
 * preview (a row no longer there is new again), whose status is now another, or which overlap
 * other events now. A run goes only when there are none.
 */
export function changedRows(shown: Preview, fresh: Preview, ticked: (p: PreviewRow, i: number) => boolean): number[] {
  return shown.rows.flatMap((before, i) => {
    const now = fresh.rows[i];
    if (!ticked(before, i) && !ticked(now, i)) return [];
    return now.status !== before.status || overlapKey(now) !== overlapKey(before) ? [i] : [];
  });
}

/** The shown preview's rows (mends included) previewed again against the calendar's events as read now. */
export function freshPreview(shown: Preview, context: PreviewContext): Preview {
  return createPreviewer(context).preview(shown.rows.map((p) => p.row));
}
