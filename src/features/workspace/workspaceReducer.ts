// The workspace's state transitions (workspaceState.ts says what the state holds), every one pure
// (workspaceState.test.ts).
import type { CalEventItem } from '../../core/apiContract';
import type { EffectiveDay } from '../../core/effectiveDays';
import { compareDates, toInclusiveEnd } from '../../core/dates';
import type { EventPrefill } from '../events/EventForm';
import type { DayRange } from './MonthGrid';
import { firstDay, formatMonth, monthOf, parseMonth } from '../../core/months';
import type { WorkspaceView } from './viewUrl';
import type { FormSession, Here, Navigation, WorkspaceAction, WorkspaceState } from './workspaceState';

const rangeOf = (event: CalEventItem): DayRange => ({ from: event.start_at, to: toInclusiveEnd(event.end_at) });

/** A new form session (a new key): nothing unsaved is left, none is in it yet (a save left on the way goes on without it). */
function open(state: WorkspaceState, session: Omit<FormSession, 'key'> | undefined): WorkspaceState {
  const key = state.sessionKeys + 1;
  const left = { ...state, dirty: false, saving: undefined };
  return session ? { ...left, session: { ...session, key }, sessionKeys: key } : { ...left, session: undefined };
}

/** Does `action` now, or, with unsaved edits, asks first (the dialog's discard then does it). */
function guarded(state: WorkspaceState, action: WorkspaceAction, apply: (state: WorkspaceState) => WorkspaceState): WorkspaceState {
  return state.dirty ? { ...state, pendingDiscard: { discard: action } } : apply(state);
}

const navigate = (state: WorkspaceState, to: WorkspaceView, mode: Navigation['mode']): WorkspaceState => ({ ...state, navigation: { to, mode } });

/** A new event for these days, set to the opposite of what they are now. */
function startDraft(state: WorkspaceState, action: WorkspaceAction & { here: Here }, range: DayRange, days: ReadonlyMap<string, EffectiveDay> | undefined): WorkspaceState {
  if (!days) return state;
  const chosen = [...days.values()].filter((d) => compareDates(d.date, range.from) >= 0 && compareDates(d.date, range.to) <= 0);
  const prefill: EventPrefill = { start_date: range.from, last_date: range.to, is_off: !chosen.every((d) => d.off) };
  const single = range.from === range.to ? days.get(range.from) : undefined;
  const explain = single && (single.reason.kind === 'weekly-rest' || single.reason.kind === 'public') ? single : undefined;
  const overlaps = [...new Map(chosen.flatMap((d) => d.ownEvents).map((e) => [e.event_id, e])).values()];
  // The grid shows the days chosen even while the dialog asks about unsaved edits.
  const next = { ...state, selection: range };
  // The same new event, other days: nothing typed is lost. Not while it is being saved: the save
  // creates it on the days it was sent with, and the form then edits that event (asked first instead).
  if (next.session && !next.session.eventId && !next.saving) return { ...next, session: { ...next.session, prefill, explain, overlaps } };
  return guarded(next, action, (s) => {
    const opened = open(s, { prefill, explain, overlaps });
    const { view } = action.here;
    return view.eventId ? navigate(opened, { ...view, eventId: undefined }, 'push') : opened;
  });
}

function openEvent(state: WorkspaceState, action: WorkspaceAction, event: CalEventItem, here: Here, selection: DayRange, prefill?: EventPrefill): WorkspaceState {
  return guarded(state, action, (s) =>
    navigate({ ...open(s, { eventId: event.event_id, event, prefill }), selection }, { calId: here.calId, month: here.month, eventId: event.event_id }, 'push'),
  );
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'urlChanged': {
      const { view } = action;
      if (view.eventId === state.urlEventId) return state;
      const next = { ...state, urlEventId: view.eventId };
      const current = next.session?.eventId;
      if (view.eventId === current || (!view.eventId && !current)) return next;
      const show: WorkspaceAction = { type: 'showUrlEvent', eventId: view.eventId };
      // Back or forward away from unsaved edits: ask first; keeping them puts the URL back.
      if (next.dirty) return { ...next, pendingDiscard: { discard: show, keep: { ...view, eventId: current } } };
      return workspaceReducer(next, show);
    }
    case 'showUrlEvent':
      return open(state, action.eventId ? { eventId: action.eventId } : undefined);

    case 'pickDay': {
      const next = { ...state, anchor: action.date };
      const day = action.days?.get(action.date);
      if (day?.reason.kind === 'own') return openEvent(next, action, day.reason.event, action.here, rangeOf(day.reason.event));
      return startDraft(next, action, { from: action.date, to: action.date }, action.days);
    }
    case 'extendTo': {
      const start = action.from ?? state.anchor ?? action.date;
      const range = compareDates(start, action.date) <= 0 ? { from: start, to: action.date } : { from: action.date, to: start };
      return startDraft({ ...state, anchor: start }, action, range, action.days);
    }
    case 'openEvent':
      return openEvent(state, action, action.event, action.here, rangeOf(action.event));
    case 'extendEvent': {
      const { event, range } = action;
      const last = toInclusiveEnd(event.end_at);
      const from = compareDates(range.from, event.start_at) < 0 ? range.from : event.start_at;
      const to = compareDates(range.to, last) > 0 ? range.to : last;
      return openEvent(state, action, event, action.here, { from, to }, { start_date: from, last_date: to, is_off: event.is_off });
    }
    case 'closeForm':
      return guarded(state, action, (s) => {
        const closed = { ...open(s, undefined), selection: undefined };
        const { view } = action.here;
        return view.eventId ? navigate(closed, { ...view, eventId: undefined }, 'push') : closed;
      });
    case 'switchCalendar':
      // The calendar shown (a portal re-sending its calendar): nothing changes, the form stays.
      if (action.calId === action.here.calId) return state;
      return guarded(state, action, (s) =>
        navigate({ ...open(s, undefined), selection: undefined, lookupMiss: undefined }, { calId: action.calId, month: action.here.month }, 'push'),
      );
    case 'calendarDefaulted':
      return action.view.calId ? state : navigate(state, { ...action.view, calId: action.calId }, 'replace');
    case 'showView':
      return navigate(state, action.to, 'push');
    case 'showMonth': {
      const { view, calId } = action.here;
      const next = { ...state, focusDate: action.focus ?? firstDay(action.month), focusRequest: action.focus };
      return navigate(next, { ...view, calId, month: formatMonth(action.month) }, 'push');
    }
    case 'focusDay':
      return state.focusDate === action.date ? state : { ...state, focusDate: action.date };
    case 'focusRequestDone':
      return state.focusRequest === undefined ? state : { ...state, focusRequest: undefined };

    case 'formDates': {
      const { selection } = state;
      if (!state.session || (selection?.from === action.range.from && selection.to === action.range.to)) return state;
      return { ...state, selection: action.range };
    }
    case 'setDirty':
      if (state.dirty === action.dirty) return state;
      // Saved while the question was open (asked during the save): nothing is left to lose, the leaving goes on.
      if (!action.dirty && state.pendingDiscard) return workspaceReducer(state, { type: 'confirmDiscard' });
      return { ...state, dirty: action.dirty };
    case 'setSaving':
      return !state.saving === !action.saving ? state : { ...state, saving: action.saving || undefined };
    case 'confirmDiscard': {
      const pending = state.pendingDiscard;
      const next = { ...state, pendingDiscard: undefined, dirty: false };
      return pending ? workspaceReducer(next, pending.discard) : next;
    }
    case 'keepEditing': {
      const keep = state.pendingDiscard?.keep;
      const next = { ...state, pendingDiscard: undefined };
      return keep ? navigate(next, keep, 'push') : next;
    }

    case 'editingChanged': {
      const { view, calId } = action.here;
      const session = state.session && { ...state.session, eventId: action.eventId, explain: undefined };
      // The month on screen goes into the URL with the event: an event without a month is a link
      // whose month is still to be found, and its month's days would wait for that lookup.
      return navigate({ ...state, session }, { ...view, calId, month: action.here.month, eventId: action.eventId }, 'replace');
    }
    case 'eventListed': {
      const { session, lookupMiss } = state;
      if (session?.eventId !== action.event.event_id || session.event === action.event) return state;
      return { ...state, session: { ...session, event: action.event }, lookupMiss: lookupMiss?.eventId === action.event.event_id ? undefined : lookupMiss };
    }
    case 'eventFound': {
      const { event, here } = action;
      if (state.session?.eventId !== event.event_id) return state;
      const next = { ...state, session: { ...state.session, event }, selection: rangeOf(event), lookupMiss: undefined };
      // A link without a month shows the event's month; otherwise the month stays as chosen.
      if (here.view.month) return next;
      return navigate(next, { calId: here.calId, eventId: event.event_id, month: formatMonth(monthOf(event.start_at)) }, 'replace');
    }
    case 'eventNotFound':
    case 'eventLookupFailed': {
      const reason = action.type === 'eventNotFound' ? 'missing' : 'failed';
      if (state.lookupMiss?.eventId === action.eventId && state.lookupMiss.reason === reason) return state;
      return { ...state, lookupMiss: { eventId: action.eventId, reason } };
    }

    case 'askDelete':
      return { ...state, deleting: action.event };
    case 'cancelDelete':
      return { ...state, deleting: undefined };
    case 'deleted': {
      // The focus goes to the event's first day on screen (the dialog's Delete button is gone).
      const first = firstDay(parseMonth(action.here.month) ?? monthOf(action.event.start_at));
      const focus = compareDates(action.event.start_at, first) > 0 ? action.event.start_at : first;
      const next = { ...state, deleting: undefined, selection: undefined, focusDate: focus, focusRequest: focus };
      if (state.session?.eventId !== action.event.event_id) return next;
      return navigate(open(next, undefined), { ...action.here.view, calId: action.here.calId, month: action.here.month, eventId: undefined }, 'replace');
    }
    case 'restored': {
      // Unsaved edits of another event are not put at risk: the toast has said where it is.
      if (state.dirty) return state;
      const { event } = action;
      const opened = { ...open(state, { eventId: event.event_id, event }), selection: rangeOf(event), focusDate: event.start_at, focusRequest: event.start_at };
      // Its own calendar: a save that landed after the calendar was switched is undone in the one it was saved in.
      return navigate(opened, { calId: event.cal_id, month: formatMonth(monthOf(event.start_at)), eventId: event.event_id }, 'push');
    }
    case 'reopened':
      return guarded(state, action, (s) => {
        const { draft } = action;
        const { cal_id, start_date, last_date } = draft.values;
        const opened = { ...open(s, { eventId: draft.eventId, event: draft.event, reopened: draft }), selection: { from: start_date, to: last_date }, focusDate: start_date };
        // Its own calendar and month: the user may have gone elsewhere since leaving it.
        return navigate(opened, { calId: cal_id, month: formatMonth(monthOf(start_date)), eventId: draft.eventId }, 'push');
      });
  }
}
