// Before an import run: the preview's rows classified again, by the preview's own rule, against the
// calendar as read when Import was pressed. The preview shown was computed from the lists read when
// the dialog opened; an event saved since (another tab, another scheduler, the same schedule imported
// twice the day it is published) would otherwise be stored a second time.
import type { CalEventItem } from '../../core/apiContract';
import { createPreviewer, type Preview, type PreviewContext, type PreviewRow } from './preview';

/** Events as one comparable key: each by its ID and as it was (changed since: another update time, kind or days). */
const eventsKey = (events: readonly CalEventItem[] = []) => events.map((e) => `${e.event_id}@${e.updated_at}:${e.is_off}:${e.start_at}:${e.end_at}`).sort().join(' ');

/** The events a row was shown with (those it overlaps, those of a linked calendar it contradicts), as one comparable key. */
const shownWith = (p: PreviewRow) => (p.status === 'overlaps' ? `${eventsKey(p.overlapping)} / ${eventsKey(p.contradicts)}` : p.status === 'new' ? eventsKey(p.contradicts) : '');

/**
 * The rows (indexes) the fresh read changed: ticked in the preview shown, or ticked by the fresh
 * preview (a row no longer there is new again), whose status is now another, or which overlap or
 * contradict other events now, or the same events changed since (an overlapping event now of the
 * other kind). A run goes only when there are none.
 */
export function changedRows(shown: Preview, fresh: Preview, ticked: (p: PreviewRow, i: number) => boolean): number[] {
  return shown.rows.flatMap((before, i) => {
    const now = fresh.rows[i];
    if (!ticked(before, i) && !ticked(now, i)) return [];
    return now.status !== before.status || shownWith(now) !== shownWith(before) ? [i] : [];
  });
}

/** The shown preview's rows (mends included) previewed again against the calendar's events as read now. */
export function freshPreview(shown: Preview, context: PreviewContext): Preview {
  return createPreviewer(context).preview(shown.rows.map((p) => p.row));
}
