import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { effectiveDays } from '../../core/effectiveDays';
import { workspaceReducer } from './workspaceReducer';
import { initialWorkspaceState, type Here, type WorkspaceAction, type WorkspaceState } from './workspaceState';
import { calEvent } from '../../core/calEvent.fixture';

const CAL = 'cal.team';
const event = (event_id: string, start_at: string, end_at: string, more: Partial<CalEventItem> = {}) => calEvent({ cal_id: CAL, event_id, summary: event_id, start_at, end_at, ...more });
// December 2026: an own offsite on Thu 3 and Fri 4, a public holiday on Fri 25; weekends are rest days.
const OFFSITE = event('cale.offsite', '2026-12-03', '2026-12-05');
const XMAS = event('pub.xmas', '2026-12-25', '2026-12-26', { cal_id: 'public.holidays', summary: 'Christmas' });
const DAYS = new Map(effectiveDays('2026-12-01', '2026-12-31', { cal_id: CAL, workdays: [1, 2, 3, 4, 5] }, [OFFSITE, XMAS]).map((d) => [d.date, d]));

const here = (view: Here['view'] = { calId: CAL, month: '2026-12' }): Here => ({ view, calId: CAL, month: '2026-12' });
const HERE = here();
const run = (state: WorkspaceState, ...actions: WorkspaceAction[]) => actions.reduce(workspaceReducer, state);
const EMPTY = initialWorkspaceState({ calId: CAL, month: '2026-12' });
/** The offsite open in the form, as an Edit in the list leaves it (and the URL, once it followed). */
const EDITING = run(EMPTY, { type: 'openEvent', event: OFFSITE, here: HERE }, { type: 'urlChanged', view: { calId: CAL, month: '2026-12', eventId: OFFSITE.event_id } });
const EDITING_HERE = here({ calId: CAL, month: '2026-12', eventId: OFFSITE.event_id });
/** The same, with unsaved edits. */
const DIRTY = run(EDITING, { type: 'setDirty', dirty: true });

describe('initialWorkspaceState', () => {
  it('opens the form on the URL’s event, or none', () => {
    expect(initialWorkspaceState({ calId: CAL, eventId: 'cale.x' })).toEqual({ sessionKeys: 1, session: { key: 1, eventId: 'cale.x' }, dirty: false, urlEventId: 'cale.x' });
    expect(EMPTY).toEqual({ sessionKeys: 0, dirty: false });
  });
});

describe('urlChanged', () => {
  it('opens the event the URL now names (a link, back, forward), in a new form', () => {
    const s = run(EMPTY, { type: 'urlChanged', view: { calId: CAL, eventId: 'cale.x' } });
    expect(s.session).toEqual({ key: 1, eventId: 'cale.x' });
    expect(s.urlEventId).toBe('cale.x');
    expect(s.navigation).toBeUndefined();
  });

  it('closes the form when the URL names no event any more', () => {
    const s = run(EDITING, { type: 'urlChanged', view: { calId: CAL, month: '2026-12' } });
    expect(s.session).toBeUndefined();
    expect(s.urlEventId).toBeUndefined();
  });

  it('does nothing when only the month or calendar changed, or the URL follows the form', () => {
    expect(run(EDITING, { type: 'urlChanged', view: { calId: CAL, month: '2027-01', eventId: OFFSITE.event_id } })).toBe(EDITING);
    // The form opened the event first (openEvent), then the URL caught up: the same form stays.
    const opened = run(EMPTY, { type: 'openEvent', event: OFFSITE, here: HERE });
    const followed = run(opened, { type: 'urlChanged', view: { calId: CAL, month: '2026-12', eventId: OFFSITE.event_id } });
    expect(followed.session).toBe(opened.session);
    expect(followed.urlEventId).toBe(OFFSITE.event_id);
  });

  it('with unsaved edits asks first; keeping them puts the URL back on the event', () => {
    const back = { calId: CAL, month: '2026-12' };
    const s = run(DIRTY, { type: 'urlChanged', view: back });
    expect(s.session).toBe(DIRTY.session);
    expect(s.pendingDiscard).toEqual({ discard: { type: 'showUrlEvent', eventId: undefined }, keep: { ...back, eventId: OFFSITE.event_id } });
    const kept = run(s, { type: 'keepEditing' });
    expect(kept.pendingDiscard).toBeUndefined();
    expect(kept.session).toBe(DIRTY.session);
    expect(kept.dirty).toBe(true);
    expect(kept.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: OFFSITE.event_id }, mode: 'push' });
    // The URL back on the event: nothing more happens.
    expect(run(kept, { type: 'urlChanged', view: { ...back, eventId: OFFSITE.event_id } }).session).toBe(DIRTY.session);
  });

  it('with unsaved edits, discarding them shows what the URL names', () => {
    const s = run(DIRTY, { type: 'urlChanged', view: { calId: CAL, eventId: 'cale.other' } }, { type: 'confirmDiscard' });
    expect(s.session).toEqual({ key: EDITING.session!.key + 1, eventId: 'cale.other' });
    expect(s.dirty).toBe(false);
    expect(s.pendingDiscard).toBeUndefined();
    expect(s.navigation).toBe(DIRTY.navigation); // the URL is already there
  });
});

describe('showUrlEvent', () => {
  it('opens the event in a new form, or closes the form', () => {
    const s = run(DIRTY, { type: 'showUrlEvent', eventId: 'cale.y' });
    expect(s.session).toEqual({ key: DIRTY.sessionKeys + 1, eventId: 'cale.y' });
    expect(s.dirty).toBe(false);
    expect(run(DIRTY, { type: 'showUrlEvent' }).session).toBeUndefined();
  });
});

describe('pickDay', () => {
  it('on a working day: a new day off for it, in a new form; the day is the anchor', () => {
    const s = run(EMPTY, { type: 'pickDay', date: '2026-12-08', days: DAYS, here: HERE });
    expect(s.selection).toEqual({ from: '2026-12-08', to: '2026-12-08' });
    expect(s.anchor).toBe('2026-12-08');
    expect(s.session).toEqual({ key: 1, prefill: { start_date: '2026-12-08', last_date: '2026-12-08', is_off: true }, explain: undefined, overlaps: [] });
    expect(s.navigation).toBeUndefined(); // the URL names no event
  });

  it('on a weekly rest day or a public holiday: a working day, and why the day is not an event to edit', () => {
    const saturday = run(EMPTY, { type: 'pickDay', date: '2026-12-05', days: DAYS, here: HERE });
    expect(saturday.session?.prefill?.is_off).toBe(false);
    expect(saturday.session?.explain).toBe(DAYS.get('2026-12-05'));
    const christmas = run(EMPTY, { type: 'pickDay', date: '2026-12-25', days: DAYS, here: HERE });
    expect(christmas.session?.explain?.reason).toEqual({ kind: 'public', event: XMAS });
  });

  it('on a day of an own event: opens that event and puts it in the URL', () => {
    const s = run(EMPTY, { type: 'pickDay', date: '2026-12-04', days: DAYS, here: HERE });
    expect(s.session).toEqual({ key: 1, eventId: OFFSITE.event_id, event: OFFSITE, prefill: undefined });
    expect(s.selection).toEqual({ from: '2026-12-03', to: '2026-12-04' });
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: OFFSITE.event_id }, mode: 'push' });
  });

  it('with a new event open: the same form takes the other days (nothing typed is lost)', () => {
    const first = run(EMPTY, { type: 'pickDay', date: '2026-12-08', days: DAYS, here: HERE }, { type: 'setDirty', dirty: true });
    const s = run(first, { type: 'pickDay', date: '2026-12-12', days: DAYS, here: HERE });
    expect(s.session?.key).toBe(first.session?.key);
    expect(s.session?.prefill).toEqual({ start_date: '2026-12-12', last_date: '2026-12-12', is_off: false });
    expect(s.pendingDiscard).toBeUndefined();
  });

  it('with an event open: a new form, and the event leaves the URL', () => {
    const s = run(EDITING, { type: 'pickDay', date: '2026-12-08', days: DAYS, here: EDITING_HERE });
    expect(s.session).toMatchObject({ key: EDITING.sessionKeys + 1, prefill: { start_date: '2026-12-08' } });
    expect(s.session?.eventId).toBeUndefined();
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: undefined }, mode: 'push' });
  });

  it('with unsaved edits asks first (the days are shown chosen meanwhile); discarding opens the new event', () => {
    const s = run(DIRTY, { type: 'pickDay', date: '2026-12-08', days: DAYS, here: EDITING_HERE });
    expect(s.session).toBe(DIRTY.session);
    expect(s.selection).toEqual({ from: '2026-12-08', to: '2026-12-08' });
    expect(s.pendingDiscard?.discard).toMatchObject({ type: 'pickDay', date: '2026-12-08' });
    const discarded = run(s, { type: 'confirmDiscard' });
    expect(discarded.session?.prefill?.start_date).toBe('2026-12-08');
    expect(discarded.dirty).toBe(false);
    expect(discarded.navigation?.to.eventId).toBeUndefined();
    // Kept: the event stays in its form, nothing is navigated.
    const kept = run(s, { type: 'keepEditing' });
    expect(kept.session).toBe(DIRTY.session);
    expect(kept.navigation).toBe(DIRTY.navigation);
  });

  it('before the month’s days are known: only the anchor moves', () => {
    const s = run(EMPTY, { type: 'pickDay', date: '2026-12-08', days: undefined, here: HERE });
    expect(s).toEqual({ ...EMPTY, anchor: '2026-12-08' });
  });
});

describe('extendTo', () => {
  it('from the anchor to the day, in either order; the kind is the opposite of the days', () => {
    const picked = run(EMPTY, { type: 'pickDay', date: '2026-12-09', days: DAYS, here: HERE });
    const later = run(picked, { type: 'extendTo', date: '2026-12-11', days: DAYS, here: HERE });
    expect(later.selection).toEqual({ from: '2026-12-09', to: '2026-12-11' });
    expect(later.session?.prefill).toEqual({ start_date: '2026-12-09', last_date: '2026-12-11', is_off: true });
    expect(later.session?.key).toBe(picked.session?.key);
    const earlier = run(picked, { type: 'extendTo', date: '2026-12-07', days: DAYS, here: HERE });
    expect(earlier.selection).toEqual({ from: '2026-12-07', to: '2026-12-09' });
    expect(earlier.anchor).toBe('2026-12-09');
  });

  it('a drag gives its own start, which becomes the anchor; a mix of working days and days off becomes days off', () => {
    const s = run(EMPTY, { type: 'extendTo', date: '2026-12-07', from: '2026-12-05', days: DAYS, here: HERE });
    expect(s.anchor).toBe('2026-12-05');
    expect(s.session?.prefill).toEqual({ start_date: '2026-12-05', last_date: '2026-12-07', is_off: true });
    expect(s.session?.explain).toBeUndefined();
  });

  it('over days of own events: lists them, each once', () => {
    const s = run(EMPTY, { type: 'extendTo', date: '2026-12-07', from: '2026-12-02', days: DAYS, here: HERE });
    expect(s.session?.overlaps).toEqual([OFFSITE]);
  });

  it('with no anchor: the day alone', () => {
    expect(run(EMPTY, { type: 'extendTo', date: '2026-12-08', days: DAYS, here: HERE }).selection).toEqual({ from: '2026-12-08', to: '2026-12-08' });
  });
});

describe('openEvent', () => {
  it('opens the event in a new form, chooses its days, and pushes it into the URL with the month shown', () => {
    const s = run(EMPTY, { type: 'openEvent', event: OFFSITE, here: { view: { calId: CAL }, calId: CAL, month: '2026-12' } });
    expect(s.session).toEqual({ key: 1, eventId: OFFSITE.event_id, event: OFFSITE, prefill: undefined });
    expect(s.selection).toEqual({ from: '2026-12-03', to: '2026-12-04' });
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: OFFSITE.event_id }, mode: 'push' });
  });

  it('with unsaved edits asks first; discarding then opens it', () => {
    const other = event('cale.other', '2026-12-14', '2026-12-15');
    const s = run(DIRTY, { type: 'openEvent', event: other, here: EDITING_HERE });
    expect(s.session).toBe(DIRTY.session);
    expect(s.pendingDiscard).toEqual({ discard: { type: 'openEvent', event: other, here: EDITING_HERE } });
    const discarded = run(s, { type: 'confirmDiscard' });
    expect(discarded.session?.event).toBe(other);
    expect(discarded.navigation?.to.eventId).toBe('cale.other');
  });
});

describe('extendEvent', () => {
  it('opens the event with its days and the chosen ones, as one range, of its kind', () => {
    const s = run(EMPTY, { type: 'extendEvent', event: OFFSITE, range: { from: '2026-12-02', to: '2026-12-07' }, here: HERE });
    expect(s.session).toEqual({ key: 1, eventId: OFFSITE.event_id, event: OFFSITE, prefill: { start_date: '2026-12-02', last_date: '2026-12-07', is_off: true } });
    expect(s.selection).toEqual({ from: '2026-12-02', to: '2026-12-07' });
    expect(s.navigation?.to.eventId).toBe(OFFSITE.event_id);
    // Chosen days inside the event's: the event's own days.
    expect(run(EMPTY, { type: 'extendEvent', event: OFFSITE, range: { from: '2026-12-04', to: '2026-12-04' }, here: HERE }).selection).toEqual({ from: '2026-12-03', to: '2026-12-04' });
  });

  it('with unsaved edits asks first', () => {
    const s = run(DIRTY, { type: 'extendEvent', event: OFFSITE, range: { from: '2026-12-02', to: '2026-12-07' }, here: EDITING_HERE });
    expect(s.pendingDiscard?.discard.type).toBe('extendEvent');
    expect(run(s, { type: 'confirmDiscard' }).session?.prefill?.start_date).toBe('2026-12-02');
  });
});

describe('closeForm', () => {
  it('closes the form, clears the days, and takes the event out of the URL', () => {
    const s = run(EDITING, { type: 'closeForm', here: EDITING_HERE });
    expect(s.session).toBeUndefined();
    expect(s.selection).toBeUndefined();
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: undefined }, mode: 'push' });
  });

  it('of a new event: nothing to take out of the URL', () => {
    const draft = run(EMPTY, { type: 'pickDay', date: '2026-12-08', days: DAYS, here: HERE });
    expect(run(draft, { type: 'closeForm', here: HERE }).navigation).toBeUndefined();
  });

  it('with unsaved edits asks first; keeping them leaves all as it was', () => {
    const s = run(DIRTY, { type: 'closeForm', here: EDITING_HERE });
    expect(s.session).toBe(DIRTY.session);
    expect(run(s, { type: 'keepEditing' })).toEqual({ ...DIRTY, pendingDiscard: undefined });
    expect(run(s, { type: 'confirmDiscard' }).session).toBeUndefined();
  });
});

describe('switchCalendar', () => {
  it('closes the form, forgets the link’s unknown event, and shows the other calendar in the same month', () => {
    const missing = run(EMPTY, { type: 'urlChanged', view: { calId: CAL, eventId: 'cale.gone' } }, { type: 'eventNotFound', eventId: 'cale.gone' });
    const s = run(missing, { type: 'switchCalendar', calId: 'cal.other', here: here({ calId: CAL, month: '2026-12', eventId: 'cale.gone' }) });
    expect(s.session).toBeUndefined();
    expect(s.lookupMiss).toBeUndefined();
    expect(s.navigation).toEqual({ to: { calId: 'cal.other', month: '2026-12' }, mode: 'push' });
  });

  it('from the bare address (a new calendar too): the month on screen goes into the URL', () => {
    const s = run(EMPTY, { type: 'switchCalendar', calId: 'cal.new', here: here({}) });
    expect(s.navigation).toEqual({ to: { calId: 'cal.new', month: '2026-12' }, mode: 'push' });
  });

  it('to the calendar shown changes nothing: the form and its edits stay', () => {
    expect(run(DIRTY, { type: 'switchCalendar', calId: CAL, here: EDITING_HERE })).toBe(DIRTY);
    expect(run(EDITING, { type: 'switchCalendar', calId: CAL, here: EDITING_HERE })).toBe(EDITING);
  });

  it('with unsaved edits asks first', () => {
    const s = run(DIRTY, { type: 'switchCalendar', calId: 'cal.other', here: EDITING_HERE });
    expect(s.navigation).toBe(DIRTY.navigation);
    expect(run(s, { type: 'confirmDiscard' }).navigation?.to.calId).toBe('cal.other');
  });
});

describe('calendarDefaulted', () => {
  it('writes the calendar shown into a URL that names none, in place', () => {
    const s = run(EMPTY, { type: 'calendarDefaulted', calId: CAL, view: { month: '2026-12' } });
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12' }, mode: 'replace' });
    expect(run(EMPTY, { type: 'calendarDefaulted', calId: CAL, view: { calId: 'cal.other' } })).toBe(EMPTY);
  });
});

describe('showView', () => {
  it('pushes the view chosen; the form stays until the URL says otherwise', () => {
    const s = run(EDITING, { type: 'showView', to: { calId: CAL, month: '2026-12', eventId: OFFSITE.event_id, view: 'year' } });
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: OFFSITE.event_id, view: 'year' }, mode: 'push' });
    expect(s.session).toBe(EDITING.session);
  });
});

describe('showMonth', () => {
  it('pushes the month into the URL, keeps the event, and focuses the day the keyboard went to', () => {
    const s = run(EDITING, { type: 'showMonth', month: { year: 2027, month: 1 }, focus: '2027-01-03', here: EDITING_HERE });
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2027-01', eventId: OFFSITE.event_id }, mode: 'push' });
    expect(s.session).toBe(EDITING.session);
    expect(s.focusDate).toBe('2027-01-03');
    expect(s.focusRequest).toBe('2027-01-03');
  });

  it('by the buttons: the month’s first day takes the focus, none is moved to', () => {
    const s = run(EMPTY, { type: 'showMonth', month: { year: 2027, month: 2 }, here: HERE });
    expect(s.focusDate).toBe('2027-02-01');
    expect(s.focusRequest).toBeUndefined();
    // Not guarded: unsaved edits stay in the form.
    expect(run(DIRTY, { type: 'showMonth', month: { year: 2027, month: 2 }, here: EDITING_HERE }).pendingDiscard).toBeUndefined();
  });
});

describe('focusDay and focusRequestDone', () => {
  it('move the focus, and forget the request once done', () => {
    const s = run(EMPTY, { type: 'focusDay', date: '2026-12-09' });
    expect(s.focusDate).toBe('2026-12-09');
    expect(run(s, { type: 'focusDay', date: '2026-12-09' })).toBe(s);
    const requested = run(EMPTY, { type: 'showMonth', month: { year: 2027, month: 1 }, focus: '2027-01-03', here: HERE });
    expect(run(requested, { type: 'focusRequestDone' }).focusRequest).toBeUndefined();
    expect(run(EMPTY, { type: 'focusRequestDone' })).toBe(EMPTY);
  });
});

describe('setDirty', () => {
  it('follows the form, and changes nothing when it says the same', () => {
    expect(DIRTY.dirty).toBe(true);
    expect(run(DIRTY, { type: 'setDirty', dirty: true })).toBe(DIRTY);
    expect(run(DIRTY, { type: 'setDirty', dirty: false }).dirty).toBe(false);
  });
});

describe('confirmDiscard and keepEditing', () => {
  it('with nothing pending: only the flags', () => {
    expect(run(DIRTY, { type: 'confirmDiscard' })).toEqual({ ...DIRTY, dirty: false, pendingDiscard: undefined });
    expect(run(DIRTY, { type: 'keepEditing' })).toEqual({ ...DIRTY, pendingDiscard: undefined });
  });
});

describe('editingChanged', () => {
  it('after a create: the same form edits the saved event, which replaces the URL’s', () => {
    const draft = run(EMPTY, { type: 'pickDay', date: '2026-12-05', days: DAYS, here: HERE });
    const s = run(draft, { type: 'editingChanged', eventId: 'cale.new', here: HERE });
    expect(s.session).toEqual({ ...draft.session, eventId: 'cale.new', explain: undefined });
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: 'cale.new' }, mode: 'replace' });
  });

  it('from the bare address (no month in the URL): the month on screen goes into the URL with the saved event', () => {
    const bare = here({ calId: CAL });
    const draft = run(EMPTY, { type: 'pickDay', date: '2026-12-07', days: DAYS, here: bare });
    const s = run(draft, { type: 'editingChanged', eventId: 'cale.new', here: bare });
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: 'cale.new' }, mode: 'replace' });
  });

  it('after “New event”: the same form, no event in the URL', () => {
    const s = run(EDITING, { type: 'editingChanged', eventId: undefined, here: EDITING_HERE });
    expect(s.session?.key).toBe(EDITING.session?.key);
    expect(s.session?.eventId).toBeUndefined();
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: undefined }, mode: 'replace' });
  });
});

describe('eventListed', () => {
  it('keeps the fresh copy of the event being edited, and forgets that a lookup missed it', () => {
    const opened = run(EMPTY, { type: 'urlChanged', view: { calId: CAL, eventId: OFFSITE.event_id } }, { type: 'eventLookupFailed', eventId: OFFSITE.event_id });
    const s = run(opened, { type: 'eventListed', event: OFFSITE });
    expect(s.session).toEqual({ key: 1, eventId: OFFSITE.event_id, event: OFFSITE });
    expect(s.lookupMiss).toBeUndefined();
    expect(run(s, { type: 'eventListed', event: OFFSITE })).toBe(s);
    expect(run(s, { type: 'eventListed', event: event('cale.other', '2026-12-14', '2026-12-15') })).toBe(s);
  });
});

describe('eventFound', () => {
  const linked = run(EMPTY, { type: 'urlChanged', view: { calId: CAL, eventId: OFFSITE.event_id } });

  it('a link without a month: the event in its form, its days chosen, its month in the URL', () => {
    const s = run(linked, { type: 'eventFound', event: OFFSITE, here: { view: { calId: CAL, eventId: OFFSITE.event_id }, calId: CAL, month: '2026-11' } });
    expect(s.session).toEqual({ key: 1, eventId: OFFSITE.event_id, event: OFFSITE });
    expect(s.selection).toEqual({ from: '2026-12-03', to: '2026-12-04' });
    expect(s.navigation).toEqual({ to: { calId: CAL, eventId: OFFSITE.event_id, month: '2026-12' }, mode: 'replace' });
  });

  it('a link with a month, or a month paged to: the month stays; a retried lookup clears its failure', () => {
    const failed = run(linked, { type: 'eventLookupFailed', eventId: OFFSITE.event_id });
    const s = run(failed, { type: 'eventFound', event: OFFSITE, here: here({ calId: CAL, month: '2027-01', eventId: OFFSITE.event_id }) });
    expect(s.session?.event).toBe(OFFSITE);
    expect(s.navigation).toBeUndefined();
    expect(s.lookupMiss).toBeUndefined();
  });

  it('of an event the form no longer edits: nothing', () => {
    expect(run(EMPTY, { type: 'eventFound', event: OFFSITE, here: HERE })).toBe(EMPTY);
  });
});

describe('eventNotFound and eventLookupFailed', () => {
  it('tell an event no list holds from one whose lists could not be loaded', () => {
    const missing = run(EMPTY, { type: 'eventNotFound', eventId: 'cale.gone' });
    expect(missing.lookupMiss).toEqual({ eventId: 'cale.gone', reason: 'missing' });
    expect(run(missing, { type: 'eventNotFound', eventId: 'cale.gone' })).toBe(missing);
    expect(run(missing, { type: 'eventLookupFailed', eventId: 'cale.gone' }).lookupMiss).toEqual({ eventId: 'cale.gone', reason: 'failed' });
  });
});

describe('askDelete, cancelDelete, deleted', () => {
  it('the dialog asks about the event, and closes on cancel', () => {
    const asked = run(EMPTY, { type: 'askDelete', event: OFFSITE });
    expect(asked.deleting).toBe(OFFSITE);
    expect(run(asked, { type: 'cancelDelete' }).deleting).toBeUndefined();
  });

  it('deleting the event being edited closes its form, unsaved edits or not, and takes it out of the URL', () => {
    const s = run(DIRTY, { type: 'askDelete', event: OFFSITE }, { type: 'deleted', event: OFFSITE, here: EDITING_HERE });
    expect(s.deleting).toBeUndefined();
    expect(s.session).toBeUndefined();
    expect(s.selection).toBeUndefined();
    expect(s.dirty).toBe(false);
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: undefined }, mode: 'replace' });
  });

  it('deleting another event leaves the form as it is', () => {
    const other = event('cale.other', '2026-12-14', '2026-12-15');
    const s = run(EDITING, { type: 'askDelete', event: other }, { type: 'deleted', event: other, here: EDITING_HERE });
    expect(s.session).toBe(EDITING.session);
    expect(s.navigation).toBe(EDITING.navigation);
    expect(s.selection).toBeUndefined();
  });
});

describe('formDates', () => {
  it('the grid highlights the form’s dates: an event moved in the form leaves its old days (issue 20)', () => {
    const s = run(EDITING, { type: 'formDates', range: { from: '2026-12-10', to: '2026-12-11' } });
    expect(s.selection).toEqual({ from: '2026-12-10', to: '2026-12-11' });
    expect(run(s, { type: 'formDates', range: { from: '2026-12-10', to: '2026-12-11' } })).toBe(s);
  });

  it('without a form: nothing', () => {
    expect(run(EMPTY, { type: 'formDates', range: { from: '2026-12-10', to: '2026-12-11' } })).toBe(EMPTY);
  });
});

describe('deleted and restored: where the focus goes (issue 20)', () => {
  it('after a delete, the event’s first day on screen', () => {
    expect(run(EDITING, { type: 'askDelete', event: OFFSITE }, { type: 'deleted', event: OFFSITE, here: EDITING_HERE }).focusRequest).toBe('2026-12-03');
    const fromNovember = event('cale.long', '2026-11-28', '2026-12-03');
    expect(run(EMPTY, { type: 'askDelete', event: fromNovember }, { type: 'deleted', event: fromNovember, here: HERE }).focusRequest).toBe('2026-12-01');
  });

  it('Undo: the re-created event (a new ID) opens in the form and in the URL, its first day focused', () => {
    const deleted = run(EDITING, { type: 'askDelete', event: OFFSITE }, { type: 'deleted', event: OFFSITE, here: EDITING_HERE });
    const back = { ...OFFSITE, event_id: 'cale.back' };
    const s = run(deleted, { type: 'restored', event: back, here: HERE });
    expect(s.session).toMatchObject({ eventId: 'cale.back', event: back });
    expect(s.selection).toEqual({ from: '2026-12-03', to: '2026-12-04' });
    expect(s.focusRequest).toBe('2026-12-03');
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-12', eventId: 'cale.back' }, mode: 'push' });
  });

  it('Undo while another event has unsaved edits: the form stays as it is', () => {
    expect(run(DIRTY, { type: 'restored', event: { ...OFFSITE, event_id: 'cale.back' }, here: HERE })).toBe(DIRTY);
  });
});

describe('leaving while a save is on the way (attacker round 6, M1)', () => {
  /** Unsaved edits, Save pressed, and another calendar chosen before its answer. */
  const asked = () => run(DIRTY, { type: 'setSaving', saving: true }, { type: 'switchCalendar', calId: 'cal.other', here: EDITING_HERE });

  it('the question asked during the save is answered by it: once nothing is unsaved, the leaving goes on', () => {
    expect(asked().pendingDiscard?.discard.type).toBe('switchCalendar');
    const s = run(asked(), { type: 'setSaving', saving: false }, { type: 'setDirty', dirty: false });
    expect(s.pendingDiscard).toBeUndefined();
    expect(s.session).toBeUndefined();
    expect(s.navigation).toEqual({ to: { calId: 'cal.other', month: '2026-12' }, mode: 'push' });
  });

  it('a save that failed leaves the question open (the edits are still unsaved); leaving forgets the save', () => {
    const failed = run(asked(), { type: 'setSaving', saving: false });
    expect(failed.pendingDiscard).toEqual(asked().pendingDiscard);
    expect(failed.saving).toBeUndefined();
    expect(run(asked(), { type: 'confirmDiscard' }).saving).toBeUndefined();
  });

  it('another day picked while a new event is being saved asks first, and never moves the event being created (attacker round 7, H1)', () => {
    const draft = run(EMPTY, { type: 'pickDay', date: '2026-12-08', days: DAYS, here: HERE }, { type: 'setDirty', dirty: true }, { type: 'setSaving', saving: true });
    const picked = run(draft, { type: 'pickDay', date: '2026-12-10', days: DAYS, here: HERE });
    expect(picked.pendingDiscard?.discard.type).toBe('pickDay');
    expect(picked.session).toEqual(draft.session);
    // Leave now: a new form for the day picked; the save goes on without it.
    const left = run(picked, { type: 'confirmDiscard' });
    expect(left.session?.key).not.toBe(draft.session?.key);
    expect(left.session?.prefill?.start_date).toBe('2026-12-10');
    expect(left.saving).toBeUndefined();
    // Not saving: the same new event takes the other days, nothing asked.
    const moved = run(draft, { type: 'setSaving', saving: false }, { type: 'pickDay', date: '2026-12-10', days: DAYS, here: HERE });
    expect(moved.session?.key).toBe(draft.session?.key);
    expect(moved.session?.prefill?.start_date).toBe('2026-12-10');
  });

  it('Undo of a save that landed after another calendar was chosen opens the event in its own calendar', () => {
    const other = { calId: 'cal.other', month: '2026-12' };
    const s = run(EMPTY, { type: 'restored', event: OFFSITE, here: { view: other, ...other } });
    expect(s.navigation?.to).toEqual({ calId: CAL, month: '2026-12', eventId: OFFSITE.event_id });
  });
});

describe('Open it again, after a save that failed once its form was left (attacker round 8, M2)', () => {
  const values = { cal_id: CAL, summary: 'Event A', description: 'Typed', is_off: true, start_date: '2026-11-11', last_date: '2026-11-12' };
  const draft = { values, error: new Error('refused') };
  const elsewhere = { calId: 'cal.other', month: '2027-01' };

  it('opens a new form with the draft, on its days, in its own calendar and month', () => {
    const before = run(EMPTY, { type: 'pickDay', date: '2026-12-08', days: DAYS, here: HERE });
    const s = run(before, { type: 'reopened', draft });
    expect(s.session).toEqual({ key: before.sessionKeys + 1, eventId: undefined, event: undefined, reopened: draft });
    expect(s.selection).toEqual({ from: '2026-11-11', to: '2026-11-12' });
    expect(s.focusDate).toBe('2026-11-11');
    expect(s.navigation).toEqual({ to: { calId: CAL, month: '2026-11', eventId: undefined }, mode: 'push' });
    expect(run(EMPTY, { type: 'urlChanged', view: { ...elsewhere } }, { type: 'reopened', draft }).navigation?.to.calId).toBe(CAL);
  });

  it('an edit opens that event’s form, with the sent values over it', () => {
    const edit = { ...draft, eventId: OFFSITE.event_id, event: OFFSITE };
    const s = run(EMPTY, { type: 'reopened', draft: edit });
    expect(s.session).toMatchObject({ eventId: OFFSITE.event_id, event: OFFSITE, reopened: edit });
    expect(s.navigation?.to).toEqual({ calId: CAL, month: '2026-11', eventId: OFFSITE.event_id });
  });

  it('with unsaved edits in the open form, asks first; discarding them opens it', () => {
    const asked = run(DIRTY, { type: 'reopened', draft });
    expect(asked.pendingDiscard?.discard).toEqual({ type: 'reopened', draft });
    expect(asked.session).toBe(DIRTY.session);
    expect(run(asked, { type: 'confirmDiscard' }).session?.reopened).toBe(draft);
    expect(run(asked, { type: 'keepEditing' }).session).toBe(DIRTY.session);
  });
});
