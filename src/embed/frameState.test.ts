import { describe, expect, it } from 'vitest';
import { frameReducer, type FrameAction, type FrameState } from './frameState';

const run = (state: FrameState, ...actions: FrameAction[]) => actions.reduce(frameReducer, state);
const EDITING: FrameState = { calId: 'cal.a', eventId: 'cale.x', dirty: false };
const DIRTY = run(EDITING, { type: 'dirty', dirty: true });

describe('frameReducer: the portal’s set-calendar', () => {
  it('naming the calendar shown changes nothing, edits or not', () => {
    expect(run(EDITING, { type: 'portalCalendar', calId: 'cal.a' })).toBe(EDITING);
    expect(run(DIRTY, { type: 'portalCalendar', calId: 'cal.a' })).toBe(DIRTY);
  });

  it('another calendar with nothing unsaved: a new event of that calendar at once', () => {
    expect(run(EDITING, { type: 'portalCalendar', calId: 'cal.b' })).toEqual({ calId: 'cal.b', dirty: false });
    expect(run({ dirty: false }, { type: 'portalCalendar', calId: 'cal.b' })).toEqual({ calId: 'cal.b', dirty: false });
  });

  it('another calendar with unsaved edits asks first; keeping them keeps the form and its calendar', () => {
    const asked = run(DIRTY, { type: 'portalCalendar', calId: 'cal.b' });
    expect(asked).toEqual({ ...DIRTY, asked: 'cal.b' });
    expect(run(asked, { type: 'keepEditing' })).toEqual(DIRTY);
    expect(run(asked, { type: 'discard' })).toEqual({ calId: 'cal.b', dirty: false });
  });

  it('the portal’s latest word decides while the question is open', () => {
    const asked = run(DIRTY, { type: 'portalCalendar', calId: 'cal.b' }, { type: 'portalCalendar', calId: 'cal.c' });
    expect(asked.asked).toBe('cal.c');
    expect(run(asked, { type: 'discard' }).calId).toBe('cal.c');
    expect(run(asked, { type: 'portalCalendar', calId: 'cal.a' })).toEqual(DIRTY);
  });

  it('after a save (nothing unsaved any more) another calendar switches at once', () => {
    const saved = run(DIRTY, { type: 'dirty', dirty: false });
    expect(run(saved, { type: 'portalCalendar', calId: 'cal.b' })).toEqual({ calId: 'cal.b', dirty: false });
  });

  it('a delete leaves a new event of the same calendar', () => {
    expect(run(DIRTY, { type: 'deleted' })).toEqual({ calId: 'cal.a', dirty: false });
  });
});

describe('frameReducer: a save on the way (attacker round 6, M1)', () => {
  it('the question asked during the save is answered by it: once nothing is unsaved, the portal’s calendar is shown', () => {
    const asked = run(DIRTY, { type: 'saving', saving: true }, { type: 'portalCalendar', calId: 'cal.b' });
    expect(asked).toEqual({ ...DIRTY, saving: true, asked: 'cal.b' });
    expect(run(asked, { type: 'saving', saving: false }, { type: 'dirty', dirty: false })).toEqual({ calId: 'cal.b', dirty: false });
    // A save that failed leaves the edits unsaved: the question stays.
    expect(run(asked, { type: 'saving', saving: false })).toEqual({ ...DIRTY, asked: 'cal.b' });
  });
});
