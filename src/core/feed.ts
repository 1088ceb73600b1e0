// What a calendar's subscription feed holds: its own events as the export writes them (UID = event
// id, so a calendar app updates them in place), and the days its linked public-holiday calendars
// decide, cut where an own event overrides them (the effective days, as the workspace shows them).
// The weekly rest days are not events: a calendar app shows weekends already.
import type { CalEventItem } from './apiContract';
import { compareDates, addDays, type IsoDate } from './dates';
import { effectiveDays, isOwnEvent, type CalendarPattern } from './effectiveDays';
import type { IcsEvent } from './ics';

/** The feed's window: from 1 January of last year to 31 December of next year. */
export function feedWindow(thisYear: number): { first: IsoDate; last: IsoDate; years: number[] } {
  return { first: `${thisYear - 1}-01-01`, last: `${thisYear + 1}-12-31`, years: [thisYear - 1, thisYear, thisYear + 1] };
}

/**
 * The feed's events for the days `first` to `last`, from the event list's items of those years
 * (the same event listed in two years counts once). `now` stamps events that carry no time.
 */
export function feedEvents(calendar: CalendarPattern, items: readonly CalEventItem[], first: IsoDate, last: IsoDate, now: number): IcsEvent[] {
  const stamp = (e: CalEventItem) => (e.updated_at || e.created_at) * 1000 || now;
  const own = new Map<string, IcsEvent>();
  for (const e of items) {
    if (!isOwnEvent(calendar.cal_id, e) || own.has(e.event_id)) continue;
    if (compareDates(e.end_at, first) <= 0 || compareDates(e.start_at, last) > 0) continue;
    own.set(e.event_id, { uid: e.event_id, start: e.start_at, end: e.end_at, summary: e.summary, description: e.description, isOff: e.is_off, stampMs: stamp(e) });
  }

  // Runs of days that one public-holiday event decides.
  const inherited: IcsEvent[] = [];
  let run: { event: CalEventItem; start: IsoDate; end: IsoDate } | undefined;
  const close = () => {
    if (!run) return;
    const { event, start, end } = run;
    const uid = `${event.cal_id}.${event.event_id}.${start}`;
    inherited.push({ uid, start, end, summary: event.summary, description: event.description, isOff: event.is_off, stampMs: stamp(event) });
    run = undefined;
  };
  for (const day of effectiveDays(first, last, calendar, items)) {
    const event = day.reason.kind === 'public' ? day.reason.event : undefined;
    if (run && event && sameEvent(run.event, event) && run.end === day.date) {
      run.end = addDays(day.date, 1);
      continue;
    }
    close();
    if (event) run = { event, start: day.date, end: addDays(day.date, 1) };
  }
  close();
  return [...own.values(), ...inherited].sort((a, b) => compareDates(a.start, b.start) || a.uid.localeCompare(b.uid));
}

const sameEvent = (a: CalEventItem, b: CalEventItem) => a.cal_id === b.cal_id && a.event_id === b.event_id;
