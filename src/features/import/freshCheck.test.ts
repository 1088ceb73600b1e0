import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { calEvent } from '../../core/calEvent.fixture';
import { changedRows, freshPreview } from './freshCheck';
import { isImportable, isTickedByDefault, preview, type PreviewContext, type PreviewRow } from './preview';
import type { ImportRow } from './rows';

const CAL = { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] };
let n = 0;
const event = (start_at: string, end_at: string, summary: string, is_off = true): CalEventItem =>
  calEvent({ cal_id: CAL.cal_id, event_id: `cale.${++n}`, summary, start_at, end_at, is_off, created_at: 1000 + n, updated_at: 1000 + n });
let line = 1;
const row = (start: string, last: string, summary: string): ImportRow => ({ kind: 'row', line: ++line, summary, start, last, isOff: true, description: '' });
const context = (items: CalEventItem[]): PreviewContext => ({ calendar: CAL, items, year: 2026 });
/** Ticked as the dialog ticks: by default, unless the scheduler said otherwise. */
const tickedBy =
  (ticks: Record<number, boolean> = {}) =>
  (p: PreviewRow, i: number) =>
    isImportable(p) && (ticks[i] ?? isTickedByDefault(p));

describe('changedRows', () => {
  const meeting = row('2026-03-17', '2026-03-18', 'Offsite');
  const outing = row('2026-04-10', '2026-04-10', 'Outing');
  const shown = preview([meeting, outing], context([]));

  it('finds a ticked row whose very event was saved since the preview (now already there)', () => {
    const saved = event('2026-03-17', '2026-03-19', 'Offsite');
    const fresh = freshPreview(shown, context([saved]));
    expect(fresh.rows[0]).toEqual({ status: 'already', row: meeting, sameAs: { event: saved } });
    expect(changedRows(shown, fresh, tickedBy())).toEqual([0]);
  });

  it('finds a ticked row that overlaps an event saved since, or other events than it was shown with', () => {
    const other = event('2026-03-18', '2026-03-19', 'Team day');
    expect(changedRows(shown, freshPreview(shown, context([other])), tickedBy())).toEqual([0]);
    const overlapping = preview([meeting], context([other]));
    const more = freshPreview(overlapping, context([other, event('2026-03-17', '2026-03-18', 'Training')]));
    expect(changedRows(overlapping, more, tickedBy())).toEqual([0]);
    expect(changedRows(overlapping, freshPreview(overlapping, context([other])), tickedBy())).toEqual([]);
  });

  it('finds a row no longer there, new again and ticked by default, though unticked when shown', () => {
    const saved = event('2026-03-17', '2026-03-19', 'Offsite');
    const before = preview([meeting], context([saved]));
    expect(changedRows(before, freshPreview(before, context([])), tickedBy())).toEqual([0]);
  });

  it('leaves out the rows unticked in both, and finds nothing when the calendar is as it was', () => {
    const saved = event('2026-03-17', '2026-03-19', 'Offsite');
    expect(changedRows(shown, freshPreview(shown, context([saved])), tickedBy({ 0: false }))).toEqual([]);
    expect(changedRows(shown, freshPreview(shown, context([event('2026-06-01', '2026-06-02', 'Elsewhere')])), tickedBy())).toEqual([]);
  });
});
