// A create whose answer was lost (no answer, a 5xx): the API has no idempotency key, and Flashduty
// may store the event (or calendar) after the answer was lost (past the proxy's or the client's
// timeout). So it is looked for at once and again after a short wait; not found, the create is kept
// as "may still appear" in its API client's store (lostCreatesOf), for the page's life: the next
// create of the same thing, from whichever form or dialog, looks for it first and, found, takes it
// instead of adding a copy.
import type { CalendarCreateRequest, CalEventItem, CalEventUpsertRequest } from '../core/apiContract';
import { systemClock, type Clock } from '../core/clock';
import { isOwnEvent } from '../core/effectiveDays';
import type { ApiClient } from './client';
import { ApiError, type ApiFailure } from './errors';

/** How long a lost create is given to be stored before it is looked for a second time (as the import's settle). */
export const LOST_CREATE_SETTLE_MS = 5_000;

/** A create whose answer was lost, and which listed events may be its own (like it, created since it was sent). */
export interface LostCreate {
  request: CalEventUpsertRequest;
  isIts: (e: CalEventItem) => boolean;
  /** The form that sent it (useUpsertEvent's own key): that form's next create looks for it whatever its fields. */
  form?: object;
}

/** A calendar's create whose answer was lost: a calendar of its name created since it was sent (the server's clock) is its own. */
export interface LostCalendarCreate {
  request: CalendarCreateRequest;
  /** Seconds, the server's clock (ApiClient.serverNow). */
  sentAt: number;
}

/** The creates of one API client whose answer was lost and that were not found yet (they may still be stored). */
export interface LostCreates {
  events: LostCreate[];
  calendars: LostCalendarCreate[];
}

const stores = new WeakMap<ApiClient, LostCreates>();

/**
 * The lost creates of `client`, kept for the page's life (the client's): a dialog or form closed and
 * opened again, or a framed form mounted again, finds them still there. The mutation hooks own them.
 */
export function lostCreatesOf(client: ApiClient): LostCreates {
  let store = stores.get(client);
  if (!store) stores.set(client, (store = { events: [], calendars: [] }));
  return store;
}

/** Takes `gone` out of `list` (in place: the list is the store's). */
export function dropLost<T>(list: T[], gone: readonly T[]): void {
  const kept = list.filter((one) => !gone.includes(one));
  list.splice(0, list.length, ...kept);
}

/** How far the API's clock may be behind our server's (whose `Date` the client reads) when a lost create is looked for. */
const CLOCK_SLACK_S = 300;

/** Whether an event (or a calendar) was created since `sentAt` (seconds, the server's clock: ApiClient.serverNow): a lost create's look-up takes no older one. */
export const createdSince = (sentAt: number) => (e: { created_at: number }) => e.created_at >= sentAt - CLOCK_SLACK_S;

/** Whether a listed event is the one a create asked for: own, the same days, kind and summary. */
export const isEventOf = (request: CalEventUpsertRequest) => (e: CalEventItem) =>
  isOwnEvent(request.cal_id, e) && e.start_at === request.start_at && e.end_at === request.end_at && e.is_off === request.is_off && e.summary.trim() === request.summary.trim();

/**
 * Whether a new create is the same thing as a lost one: of its calendar, its days and kind (the
 * summary may have been typed again otherwise), or sent by the same form since its last New event.
 */
export const isAgainOf = (request: CalEventUpsertRequest, form?: object) => (lost: LostCreate) =>
  lost.request.cal_id === request.cal_id &&
  ((form !== undefined && lost.form === form) || (lost.request.start_at === request.start_at && lost.request.end_at === request.end_at && lost.request.is_off === request.is_off));

/**
 * A lost create not found in the calendar (`checked`), or not looked for because the look-up failed:
 * either way it may still be stored and appear later.
 */
export class CreateNotFoundYet extends ApiError {
  readonly checked: boolean;

  constructor(failure: ApiFailure, checked: boolean) {
    super(failure);
    this.checked = checked;
  }
}

/** The event a lost create stored, if the calendar (a fresh list of the start's year) holds it; a failed list throws. */
export async function findLostCreate(client: ApiClient, { request, isIts }: LostCreate): Promise<CalEventItem | undefined> {
  const list = await client.call('/calendar/event/list', { cal_id: request.cal_id, year: Number(request.start_at.slice(0, 4)) });
  return list.items.find(isIts);
}

/**
 * Looks for a lost create at once and, not found, once more after `settleMs` (on `clock`, which tests
 * drive). Returns the event, or `checked: false` when no look-up got an answer.
 */
export const settleLostCreate = (client: ApiClient, lost: LostCreate, options: SettleOptions = {}) => settleLost(() => findLostCreate(client, lost), options);

export interface SettleOptions {
  settleMs?: number;
  clock?: Clock;
}

/**
 * Any lost create (an event, a calendar): `find` looks for what it stored, at once and, not found,
 * once more after `settleMs` (on `clock`). `checked: false` when no look-up got an answer.
 */
export async function settleLost<T>(find: () => Promise<T | undefined>, { settleMs = LOST_CREATE_SETTLE_MS, clock = systemClock }: SettleOptions = {}): Promise<{ found?: T; checked: boolean }> {
  let checked = false;
  const look = async () => {
    try {
      const found = await find();
      checked = true;
      return found;
    } catch {
      return undefined;
    }
  };
  const found = (await look()) ?? (await clock.sleep(settleMs).then(look));
  return { found, checked };
}

/** The first of the creates still unaccounted for that the calendar now holds (a failed look-up throws: nothing is sent blind). */
export async function findAnyLostCreate(client: ApiClient, lost: readonly LostCreate[]): Promise<CalEventItem | undefined> {
  for (const one of lost) {
    const found = await findLostCreate(client, one);
    if (found) return found;
  }
  return undefined;
}
