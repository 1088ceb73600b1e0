import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { calEvent } from '../../core/calEvent.fixture';
import { changedRows, freshPreview } from './freshCheck';
import { preview, type PreviewContext, type PreviewRow } from './preview';
import type { ImportRow } from './rows';
import { isTicked, untick, type Choice } from './usePreviewChoice';

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
    isTicked(p, i, ticks);

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

  it('finds a ticked row whose overlapping event (the same ID) changed since: now of the other kind, or on other days', () => {
    const freeze = event('2026-03-15', '2026-03-18', 'Ops freeze');
    const overlapping = preview([meeting], context([freeze]));
    expect(overlapping.rows[0]).toMatchObject({ status: 'overlaps', oppositeKind: false });
    const working = { ...freeze, is_off: false, updated_at: freeze.updated_at + 1 };
    const fresh = freshPreview(overlapping, context([working]));
    expect(fresh.rows[0]).toMatchObject({ status: 'overlaps', oppositeKind: true });
    expect(changedRows(overlapping, fresh, tickedBy())).toEqual([0]);
    const moved = { ...freeze, end_at: '2026-03-19', updated_at: freeze.updated_at + 1 };
    expect(changedRows(overlapping, freshPreview(overlapping, context([moved])), tickedBy())).toEqual([0]);
  });

  it('finds a ticked row that contradicts the linked public-holiday calendar since, or by another event of it', () => {
    const linked = (event_id: string, is_off: boolean) =>
      calEvent({ cal_id: 'zh-cn.china.official', event_id, summary: 'Make-up day', start_at: '2026-04-10', end_at: '2026-04-11', is_off });
    const shownOff = preview([outing], context([]));
    expect(changedRows(shownOff, freshPreview(shownOff, context([linked('pub.1', false)])), tickedBy({ 0: true }))).toEqual([0]);
    const contradicting = preview([outing], context([linked('pub.1', false)]));
    expect(contradicting.rows[0]).toMatchObject({ status: 'new', contradicts: [linked('pub.1', false)] });
    expect(changedRows(contradicting, freshPreview(contradicting, context([linked('pub.2', false)])), tickedBy({ 0: true }))).toEqual([0]);
    expect(changedRows(contradicting, freshPreview(contradicting, context([linked('pub.1', false)])), tickedBy({ 0: true }))).toEqual([]);
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

  it('unticks a row the scheduler ticked that is now already there under another name, or within own events: the second press leaves it', () => {
    const named = [event('2026-03-17', '2026-03-19', 'Company offsite')];
    const within = [event('2026-03-17', '2026-03-18', 'Day one'), event('2026-03-18', '2026-03-19', 'Day two')];
    for (const items of [named, within]) {
      // Ticked by a button (ticks) and, the first row, by hand too.
      const choice: Choice = { edits: {}, ticks: { 0: true, 1: true }, byHand: { 0: true } };
      const fresh = freshPreview(shown, context(items));
      expect(fresh.rows[0]).toMatchObject({ status: 'already', sameAs: items === named ? { named: named[0] } : { within } });
      expect(isTicked(fresh.rows[0], 0, choice.ticks)).toBe(true); // importable: the scheduler's tick would hold
      const changed = changedRows(shown, fresh, tickedBy(choice.ticks));
      expect(changed).toEqual([0]);

      const after = untick(choice, changed);
      expect(after).toEqual({ edits: {}, ticks: { 1: true }, byHand: {} });
      expect(fresh.rows.map((p, i) => isTicked(p, i, after.ticks))).toEqual([false, true]);
      // Pressed again: the calendar as it was at the first press, the row left out, only the other one goes.
      expect(changedRows(fresh, freshPreview(fresh, context(items)), tickedBy(after.ticks))).toEqual([]);
    }
  });

  it('keeps the ticks of the rows the fresh read left alone, and the same object for no tick by hand', () => {
    const choice: Choice = { edits: {}, ticks: { 1: false }, byHand: Object.freeze({}) };
    const after = untick(choice, [0]);
    expect(after.ticks).toEqual({ 1: false });
    expect(after.byHand).toBe(choice.byHand);
  });
});
