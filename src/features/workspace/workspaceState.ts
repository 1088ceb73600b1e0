// The workspace's view state, in one reducer: the days chosen in the grid, the form beside them (an
// existing event, or a new one), the guard for unsaved edits, the grid's keyboard focus, and the
// event being deleted. The URL stays the source of the calendar, the month and the event being
// edited: the reducer hears of its changes (`urlChanged`) and asks for new ones (`navigation`);
// `useWorkspaceState` connects the two, and is the only place the workspace writes the URL. Every
// transition is pure (workspaceState.test.ts).
import { useEffect, useLayoutEffect, useReducer } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import type { EffectiveDay } from '../../core/effectiveDays';
import { compareDates, toInclusiveEnd } from '../../core/dates';
import type { EventPrefill } from '../events/EventForm';
import type { DayRange } from './MonthGrid';
import { firstDay, formatMonth, monthOf, parseMonth, type Month } from '../../core/months';
import { useWorkspaceView, type WorkspaceView } from './viewUrl';
import { reloadKeepsDrafts } from '../../ui/reloadDrafts';

/**
 * What the form beside the grid holds: an existing event (by id), or a new one for chosen days. A new
 * one over days that hold the calendar's own events lists them (`overlaps`): edit or extend one of
 * them, or add an overlapping event on purpose.
 */
export interface FormSession {
  /** The form's React key: a new session is a new form, nothing typed carried over. */
  key: number;
  /** The event being edited; none for a new event (until it is saved). */
  eventId?: string;
  /** The latest copy of that event at hand (from a month's list or a lookup): it stays while other months are shown. */
  event?: CalEventItem;
  /** Days chosen in the grid: a new event's, or the days an existing event is extended to. */
  prefill?: EventPrefill;
  /** The one day chosen is a weekly rest day or a public holiday: why it is not an event to edit. */
  explain?: EffectiveDay;
  overlaps?: CalEventItem[];
}

/** A change of the URL the workspace asks for; each request is a new object, carried out once. */
export interface Navigation {
  to: WorkspaceView;
  mode: 'push' | 'replace';
}

/** Unsaved edits would be lost: what discarding them does (an action), and where keeping them puts the URL back. */
export interface PendingDiscard {
  discard: WorkspaceAction;
  keep?: WorkspaceView;
}

export interface WorkspaceState {
  /** The days chosen in the grid. */
  selection?: DayRange;
  session?: FormSession;
  /** The last session key given out. */
  sessionKeys: number;
  /** Whether the form's values differ from what was loaded or last saved. */
  dirty: boolean;
  pendingDiscard?: PendingDiscard;
  /** Where Shift+click and Shift+Enter extend from: the day picked last. */
  anchor?: string;
  /** The day with the grid's keyboard focus; none: today. */
  focusDate?: string;
  /** A day to focus once its month is on screen (the keyboard left the month). */
  focusRequest?: string;
  /** The event the delete dialog asks about. */
  deleting?: CalEventItem;
  /** The URL's `event_id` as last heard of. */
  urlEventId?: string;
  /** An event the form was to edit that no list holds (`missing`), or whose lists could not be loaded (`failed`). */
  lookupMiss?: { eventId: string; reason: 'missing' | 'failed' };
  navigation?: Navigation;
}

/**
 * Where the workspace is when something happens: the URL's view as it is, the calendar shown (the
 * URL's, or the account's first) and the month shown (`YYYY-MM`: the URL's, or today's).
 */
export interface Here {
  view: WorkspaceView;
  calId?: string;
  month: string;
}

export type WorkspaceAction =
  /** The URL changed (a link, back, forward, or the workspace's own navigation). */
  | { type: 'urlChanged'; view: WorkspaceView }
  /** Opens the URL's event, or closes the form when it names none, whatever is unsaved (what `urlChanged` does once allowed). */
  | { type: 'showUrlEvent'; eventId?: string }
  /** A click, Enter or Space on a day: its own event opens, any other day starts a new event. */
  | { type: 'pickDay'; date: string; days?: ReadonlyMap<string, EffectiveDay>; here: Here }
  /** A drag, or Shift with a click, Enter or Space: a new event from `from` (or the anchor) to this day. */
  | { type: 'extendTo'; date: string; from?: string; days?: ReadonlyMap<string, EffectiveDay>; here: Here }
  | { type: 'openEvent'; event: CalEventItem; here: Here }
  /** The event made to cover the chosen days as well as its own. */
  | { type: 'extendEvent'; event: CalEventItem; range: DayRange; here: Here }
  | { type: 'closeForm'; here: Here }
  | { type: 'switchCalendar'; calId: string; here: Here }
  /** The URL names no calendar: the one shown (the account's first) is written into it, so that the link says what is shown. */
  | { type: 'calendarDefaulted'; calId: string; view: WorkspaceView }
  /** Another view chosen (month or year, a year's month, the page after a calendar is deleted): the URL goes there; a form left without its event asks first (`urlChanged`). */
  | { type: 'showView'; to: WorkspaceView }
  /** Another month on screen (paging, or the keyboard leaving the month), with the day to focus there. */
  | { type: 'showMonth'; month: Month; focus?: string; here: Here }
  | { type: 'focusDay'; date: string }
  | { type: 'focusRequestDone' }
  | { type: 'setDirty'; dirty: boolean }
  /** The form's dates, once they are a range: the grid highlights them (an event moved in the form, too). */
  | { type: 'formDates'; range: DayRange }
  | { type: 'confirmDiscard' }
  | { type: 'keepEditing' }
  /** The form edits another event: the one it just created, or none after "New event". */
  | { type: 'editingChanged'; eventId?: string; here: Here }
  /** The month's list holds the event being edited: its fresh copy. */
  | { type: 'eventListed'; event: CalEventItem }
  /** The lookup of the event being edited found it (a link without a month then shows its month). */
  | { type: 'eventFound'; event: CalEventItem; here: Here }
  | { type: 'eventNotFound'; eventId: string }
  | { type: 'eventLookupFailed'; eventId: string }
  | { type: 'askDelete'; event: CalEventItem }
  | { type: 'cancelDelete' }
  | { type: 'deleted'; event: CalEventItem; here: Here }
  /** Undo after a delete created the event again (a new ID): its form opens, the focus on its first day. */
  | { type: 'restored'; event: CalEventItem; here: Here };

/** The state of a workspace opened on this URL: its event, if it names one, in the form. */
export function initialWorkspaceState(view: WorkspaceView): WorkspaceState {
  return view.eventId
    ? { sessionKeys: 1, session: { key: 1, eventId: view.eventId }, dirty: false, urlEventId: view.eventId }
    : { sessionKeys: 0, dirty: false };
}

const rangeOf = (event: CalEventItem): DayRange => ({ from: event.start_at, to: toInclusiveEnd(event.end_at) });

/** A new form session (a new key): nothing unsaved is left, none is in it yet. */
function open(state: WorkspaceState, session: Omit<FormSession, 'key'> | undefined): WorkspaceState {
  const key = state.sessionKeys + 1;
  return session ? { ...state, dirty: false, session: { ...session, key }, sessionKeys: key } : { ...state, dirty: false, session: undefined };
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
  // The same new event, other days: nothing typed is lost.
  if (next.session && !next.session.eventId) return { ...next, session: { ...next.session, prefill, explain, overlaps } };
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
      return state.dirty === action.dirty ? state : { ...state, dirty: action.dirty };
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
      const { event, here } = action;
      const opened = { ...open(state, { eventId: event.event_id, event }), selection: rangeOf(event), focusDate: event.start_at, focusRequest: event.start_at };
      return navigate(opened, { calId: here.calId, month: formatMonth(monthOf(event.start_at)), eventId: event.event_id }, 'push');
    }
  }
}

/**
 * The workspace's state, kept in step with the URL: its changes (a link, back, forward) come in as
 * `urlChanged`, and the reducer's `navigation` goes out to the URL. Unsaved edits also make leaving
 * the page ask first.
 */
export function useWorkspaceState() {
  const [view, go] = useWorkspaceView();
  const [state, dispatch] = useReducer(workspaceReducer, view, initialWorkspaceState);
  useEffect(() => dispatch({ type: 'urlChanged', view }), [view]);
  // Before the browser paints: the URL and what it shows change together.
  const { navigation, dirty } = state;
  useLayoutEffect(() => {
    if (navigation) go(navigation.to, navigation.mode);
  }, [navigation, go]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!reloadKeepsDrafts()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return { view, state, dispatch };
}
