// The event form's draft across a reload of the page's code (ui/reloadDrafts.ts): kept under the
// calendar and the event, or the calendar, "new" and the first day; given back once, to the form
// that opens on the same event (the URL names it) or on the same first day (the workspace opens a
// new event there: keptNewEventDays).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isIsoDate } from '../../core/dates';
import { keepOnReload, keptDrafts, takeDraft, type KeptDraft } from '../../ui/reloadDrafts';

export const draftKey = (calId: string, eventId: string | undefined, firstDay: string) => (eventId ? `event|${calId}|${eventId}` : `new|${calId}|${firstDay}`);

/** The days of a new event's draft that the last reload kept for this calendar, if any. */
export function keptNewEventDays(calId: string): { from: string; to: string } | undefined {
  const values = keptDrafts().find((d) => d.key.startsWith(`new|${calId}|`))?.values;
  const from = values?.start_date;
  const to = values?.last_date;
  return typeof from === 'string' && typeof to === 'string' && isIsoDate(from) && isIsoDate(to) ? { from, to } : undefined;
}

/**
 * Registers the form's draft for a reload (`read`: undefined when there is nothing unsaved), and
 * gives back the one kept for `openedAs` once, on mount. True once a draft was given back.
 */
export function useKeptDraft(openedAs: string, read: () => KeptDraft | undefined, restore: (values: KeptDraft['values']) => void): boolean {
  // Looked at as the form opens, taken (removed) once it is applied.
  const [kept] = useState(() => keptDrafts().find((d) => d.key === openedAs));
  const latest = useRef({ read, restore });
  useLayoutEffect(() => {
    latest.current = { read, restore };
  });
  useEffect(() => keepOnReload(() => latest.current.read()), []);
  useEffect(() => {
    if (kept && takeDraft(kept.key)) latest.current.restore(kept.values);
  }, [kept]);
  return kept !== undefined;
}

/**
 * A new event's draft kept by the last reload for this calendar: once the day it was typed for is
 * on screen (among `days`), `reopen` opens a new event on its days, whose form then takes the draft.
 */
export function useReopenKeptNewEvent(calId: string | undefined, days: ReadonlyMap<string, unknown> | undefined, reopen: (range: { from: string; to: string }) => void) {
  const latest = useRef(reopen);
  useLayoutEffect(() => {
    latest.current = reopen;
  });
  useEffect(() => {
    const kept = calId && days ? keptNewEventDays(calId) : undefined;
    if (kept && days?.has(kept.from)) latest.current(kept);
  }, [calId, days]);
}
