/**
 * Whether the keyboard focus is nowhere: the element that had it was removed or disabled (a button
 * replaced by a question, a save's busy button). Only then does a part take the focus: a scheduler
 * who went on to another field keeps it there.
 */
export const focusDropped = (): boolean => document.activeElement == null || document.activeElement === document.body;
