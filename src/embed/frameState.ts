// The portal's frame with the form alone (`?embed=1`, with or without `event_id`): the calendar and
// event its form shows, whether the form holds unsaved edits, and the calendar the portal asked for
// while it did (the "Discard unsaved changes?" question is open, or "Saving the event…" while a save
// is on the way: it is answered once the save leaves nothing unsaved). Pure (frameState.test.ts).

export interface FrameState {
  calId?: string;
  /** The event the form edits (`event_id`); none for a new event. */
  eventId?: string;
  /** What the form reported last: its values differ from what was loaded or last saved. */
  dirty: boolean;
  /** A save of the form is on the way: it goes on if the form is left. */
  saving?: boolean;
  /** The calendar the portal asked for while the form held unsaved edits: the question is open. */
  asked?: string;
}

export type FrameAction =
  /** The portal's `calendar-panel:set-calendar`. */
  | { type: 'portalCalendar'; calId: string }
  | { type: 'dirty'; dirty: boolean }
  | { type: 'saving'; saving: boolean }
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
      if (state.dirty === action.dirty) return state;
      // Saved while the question was open: nothing is left to lose, the portal's calendar is shown.
      if (!action.dirty && state.asked !== undefined) return show(state.asked);
      return { ...state, dirty: action.dirty };
    case 'saving':
      return !state.saving === !action.saving ? state : { ...state, saving: action.saving || undefined };
    case 'keepEditing':
      return state.asked === undefined ? state : { ...state, asked: undefined };
    case 'discard':
      return state.asked === undefined ? state : show(state.asked);
    case 'deleted':
      return { ...state, eventId: undefined, dirty: false };
  }
}
