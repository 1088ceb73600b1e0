// The workspace's view state: the days chosen in the grid, the form beside them (an existing event,
// or a new one), the guard for unsaved edits, the grid's keyboard focus, and the event being deleted;
// and the actions that change it. The URL stays the source of the calendar, the month and the event
// being edited: the reducer (workspaceReducer.ts) hears of its changes (`urlChanged`) and asks for new
// ones (`navigation`); useWorkspaceState.ts connects the two, and is the only place the workspace
// writes the URL.
import type { CalEventItem } from '../../core/apiContract';
import type { EffectiveDay } from '../../core/effectiveDays';
import type { EventPrefill, ReopenedDraft } from '../events/EventForm';
import type { DayRange } from './MonthGrid';
import type { Month } from '../../core/months';
import type { WorkspaceView } from './viewUrl';

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
  /** Opened again from the toast of a save that failed after its form was left: what it sent, and how it failed. */
  reopened?: ReopenedDraft;
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
  /** A save of the form is on the way (checked, sent, or its answer awaited): leaving does not stop it. */
  saving?: boolean;
  /** What leaving the form would do, asked about (unsaved edits, or a save on the way); none once nothing is left to lose. */
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
  /** Unsaved edits, or none any more (saved: a question about leaving them is answered, the leaving goes on). */
  | { type: 'setDirty'; dirty: boolean }
  | { type: 'setSaving'; saving: boolean }
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
  | { type: 'restored'; event: CalEventItem; here: Here }
  /** Open it again, in the toast of a save that failed after its form was left: that form, in its calendar and month, on its days. */
  | { type: 'reopened'; draft: ReopenedDraft };

/** The state of a workspace opened on this URL: its event, if it names one, in the form. */
export function initialWorkspaceState(view: WorkspaceView): WorkspaceState {
  return view.eventId
    ? { sessionKeys: 1, session: { key: 1, eventId: view.eventId }, dirty: false, urlEventId: view.eventId }
    : { sessionKeys: 0, dirty: false };
}
