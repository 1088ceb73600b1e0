// A create whose answer was lost (no answer, a 5xx): the API has no idempotency key, and Flashduty
// may store the event after the answer was lost (past the proxy's or the client's timeout). So the
// calendar is looked for it at once and again after a short wait; not found, the create is kept as
// "may still appear", and the next create of the same form looks for it first and, found, changes
// that event instead of adding a copy.
import type { CalEventItem, CalEventUpsertRequest } from '../core/apiContract';
import { systemClock, type Clock } from '../core/clock';
import type { ApiClient } from './client';
import { ApiError, type ApiFailure } from './errors';

/** How long a lost create is given to be stored before it is looked for a second time (as the import's settle). */
export const LOST_CREATE_SETTLE_MS = 5_000;

/** A create whose answer was lost, and which listed events may be its own (like it, created since it was sent: events.ts). */
export interface LostCreate {
  request: CalEventUpsertRequest;
  isIts: (e: CalEventItem) => boolean;
}

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
