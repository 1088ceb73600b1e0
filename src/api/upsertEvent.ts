// An event's save (create or update) whose create may lose its answer: the logic behind
// useUpsertEvent (events.ts), a plain function so that tests run it against the real sandbox.
import type { CalEventUpsertRequest, CalEventUpsertResponse } from '../core/apiContract';
import type { ApiClient } from './client';
import { isApiError, mayBeStored } from './errors';
import { createdSince, CreateNotFoundYet, dropLost, findAnyLostCreate, isAgainOf, isEventOf, LOST_CREATE_SETTLE_MS, lostCreatesOf, settleLostCreate, type LostCreate } from './lostCreate';

/** A saved event; `answerLost`: the save's answer was lost, and the event was found in the calendar. */
export type SavedEvent = CalEventUpsertResponse & { answerLost?: true };

export interface UpsertOptions {
  /** The form saving (any object it keeps): its creates after a lost one look for that one whatever their fields. */
  form?: object;
  settleMs?: number;
}

/**
 * Creates (no `event_id`) or updates an event. A create first looks for the client's lost creates of
 * the same thing (isAgainOf: same days and kind, or the same form): one stored is changed instead of
 * a copy added. A create whose own answer is lost is looked for at once and after `settleMs`; not
 * found, it joins the client's lost creates and CreateNotFoundYet says it may still appear.
 */
export async function upsertEvent(client: ApiClient, request: CalEventUpsertRequest, { form, settleMs = LOST_CREATE_SETTLE_MS }: UpsertOptions = {}): Promise<SavedEvent> {
  const lost = lostCreatesOf(client).events;
  const earlier = request.event_id ? [] : lost.filter(isAgainOf(request, form));
  const stored = earlier.length > 0 ? await findAnyLostCreate(client, earlier) : undefined;
  const send = stored ? { ...request, event_id: stored.event_id } : request;
  const sentAt = client.serverNow() / 1000;
  try {
    const saved = await client.call('/calendar/event/upsert', send);
    if (stored) dropLost(lost, earlier);
    return saved;
  } catch (error) {
    if (send.event_id || !isApiError(error) || !mayBeStored(error.failure)) throw error;
    const isNew = createdSince(sentAt);
    const one: LostCreate = { request: send, isIts: (e) => isEventOf(send)(e) && isNew(e), form };
    const { found, checked } = await settleLostCreate(client, one, { settleMs });
    if (!found) {
      lost.push(one);
      throw new CreateNotFoundYet(error.failure, checked);
    }
    dropLost(lost, earlier);
    return { cal_id: found.cal_id, event_id: found.event_id, summary: found.summary, answerLost: true };
  }
}

/** Whether a create will look for a lost create of the client first (the same calendar, days and kind): one found stored is changed, no copy added. */
export const looksForLostCreate = (client: ApiClient, request: CalEventUpsertRequest) => !request.event_id && lostCreatesOf(client).events.some(isAgainOf(request));
