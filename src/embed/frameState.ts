// The portal's frame with the form alone (`?embed=1`, with or without `event_id`): the calendar and
// event its form shows, whether the form holds unsaved edits, and the calendar the portal asked for
// while it did (the "Discard unsaved changes?" question is open). Pure (frameState.test.ts).

export interface FrameState {
  calId?: string;
  /** The event the form edits (`event_id`); none for a new event. */
  eventId?: string;
  /** What the form reported last: its values differ from what was loaded or last saved. */
  dirty: boolean;
  /** The calendar the portal asked for while the form held unsaved edits: the question is open. */
  asked?: string;
}

export type FrameAction =
  /** The portal's `calendar-panel:set-calendar`. */
  | { type: 'portalCalendar'; calId: string }
  | { type: 'dirty'; dirty: boolean }
  | { type: 'keepEditing' }
  | { type: 'discard' }
  /** The event was deleted: the frame offers a new event. */
  | { type: 'deleted' };

/** Another calendar is another form: a new event, nothing typed carried over. */
const show = (calId: string): FrameState => ({ calId, dirty: false });

export function frameReducer(state: FrameState, action: FrameAction): FrameState {
  switch (action.type) {
    case 'portalCalendar':
      // The calendar shown (a portal re-sending its own): nothing changes, and a question about
      // another calendar is withdrawn, since the portal's latest word is this one.
      if (action.calId === state.calId) return state.asked === undefined ? state : { ...state, asked: undefined };
      return state.dirty ? { ...state, asked: action.calId } : show(action.calId);
    case 'dirty':
      return state.dirty === action.dirty ? state : { ...state, dirty: action.dirty };
    case 'keepEditing':
      return state.asked === undefined ? state : { ...state, asked: undefined };
    case 'discard':
      return state.asked === undefined ? state : show(state.asked);
    case 'deleted':
      return { ...state, eventId: undefined, dirty: false };
  }
}
