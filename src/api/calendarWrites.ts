// A calendar's create, update and delete when the answer is lost (no answer, a 5xx: the proxy's 504,
// an upstream timeout): Flashduty may have done it all the same, so each is settled by reading, as an
// event's are (events.ts, lostCreate.ts). A create is looked for by its name, created since it was
// sent; an update by the calendar's fields now; a delete by the calendar's absence.
import type { CalendarCreateRequest, CalendarCreateResponse, CalendarItem, CalendarUpdateRequest } from '../core/apiContract';
import { fieldsOf, sameSet, toMatchCreate, type CalendarSettingsField } from '../core/calendarSettingsSchema';
import type { ApiClient } from './client';
import { ApiError, failureOf, isApiError, mayBeStored, type ApiFailure } from './errors';
import { DeleteUnconfirmed, type DeleteOutcome } from './events';
import { createdSince, CreateNotFoundYet, dropLost, LOST_CREATE_SETTLE_MS, lostCreatesOf, settleLost, type LostCalendarCreate } from './lostCreate';

/**
 * Whether a listed calendar is the one a lost create stored: personal, enabled, of its name, created
 * since it was sent, and holding the settings it sent. A calendar of that name with other settings is
 * another scheduler's: it is never taken (nor changed to this form's settings).
 */
export const isCalendarOf =
  ({ request, sentAt }: LostCalendarCreate) =>
  (c: CalendarItem) =>
    c.kind === 'personal' && c.status !== 'deleted' && c.cal_name.trim() === request.cal_name.trim() && createdSince(sentAt)(c) && toMatchCreate(c, request) === undefined;

/** The calendar one of the lost creates stored, if the account (a fresh list) holds it; a failed list throws. */
export async function findLostCalendar(client: ApiClient, lost: readonly LostCalendarCreate[]): Promise<CalendarItem | undefined> {
  if (lost.length === 0) return undefined;
  const { items } = await client.call('/calendar/list', { kind: 'personal' });
  return lost.map((one) => items.find(isCalendarOf(one))).find((c) => c !== undefined);
}

/**
 * A created calendar; `answerLost`: the create's answer was lost, and the calendar was found in the
 * account; `changed`: the settings the form changed since the lost create was sent, saved to it.
 */
export type CreatedCalendar = CalendarCreateResponse & { answerLost?: true; changed?: CalendarSettingsField[] };

/**
 * A lost create's calendar found, but the settings changed in the form since could not be saved to
 * it: the lost create is kept, so the next create finds it again and saves them.
 */
export class CreatedNotChanged extends ApiError {
  readonly changed: CalendarSettingsField[];

  constructor(failure: ApiFailure, changed: CalendarSettingsField[]) {
    super(failure);
    this.changed = changed;
  }
}

/**
 * Creates a calendar. The client's lost creates (lostCreatesOf: those whose answer was lost and that
 * were not found, from any dialog since the page opened) of the same name are looked for first: a
 * calendar of theirs found now is the one this create makes (no second copy, no second place of the
 * five), given the settings of this create where the form changed them since (the form is what
 * Create was pressed on). A lost answer is settled by looking at once and after `settleMs`; not
 * found, it joins them and CreateNotFoundYet says it may still appear.
 */
export async function createCalendar(client: ApiClient, request: CalendarCreateRequest, settleMs = LOST_CREATE_SETTLE_MS): Promise<CreatedCalendar> {
  const lost = lostCreatesOf(client).calendars;
  const same = lost.filter((l) => l.request.cal_name.trim() === request.cal_name.trim());
  const earlier = await findLostCalendar(client, same);
  if (earlier) return takeFound(client, earlier, request, same);
  const one: LostCalendarCreate = { request, sentAt: client.serverNow() / 1000 };
  try {
    return await client.call('/calendar/create', request);
  } catch (error) {
    if (!isApiError(error) || !mayBeStored(error.failure)) throw error;
    const { found, checked } = await settleLost(() => findLostCalendar(client, [one]), { settleMs });
    lost.push(one);
    if (!found) throw new CreateNotFoundYet(error.failure, checked);
    return takeFound(client, found, request, [...same, one]);
  }
}

/**
 * A lost create's calendar, found, made this create's: the settings that differ from `request` are
 * saved to it, and then `settled` (the lost creates it accounts for) leave the client's store.
 */
async function takeFound(client: ApiClient, found: CalendarItem, request: CalendarCreateRequest, settled: readonly LostCalendarCreate[]): Promise<CreatedCalendar> {
  const created: CreatedCalendar = { cal_id: found.cal_id, cal_name: found.cal_name, answerLost: true };
  const update = toMatchCreate(found, request);
  if (update) {
    const changed = fieldsOf(update);
    await updateCalendar(client, update).catch((error: unknown) => {
      throw new CreatedNotChanged(failureOf(error), changed);
    });
    created.changed = changed;
  }
  dropLost(lostCreatesOf(client).calendars, settled);
  return created;
}

/** Whether the calendar holds every field an update sent (a name trimmed, days and linked calendars in any order). */
export function storedAsSent(request: CalendarUpdateRequest, stored: CalendarItem): boolean {
  const { cal_id: _id, ...sent } = request;
  return Object.entries(sent).every(([field, value]) => {
    if (value === undefined || value === null) return true;
    const now = stored[field as keyof CalendarItem];
    if (Array.isArray(value)) return Array.isArray(now) ? sameSet<unknown>(value, now) : value.length === 0 && now === undefined;
    if (field === 'cal_name') return typeof now === 'string' && now.trim() === String(value).trim();
    return now === value;
  });
}

/** The calendar as the server holds it now (past every cache). */
const readCalendar = (client: ApiClient, calId: string) => client.call('/calendar/info', { cal_id: calId });

/** Updates a calendar; a lost answer is settled by reading it: holding what was sent, it is saved (`answerLost`). */
export async function updateCalendar(client: ApiClient, request: CalendarUpdateRequest): Promise<{ answerLost?: true }> {
  try {
    await client.call('/calendar/update', request);
    return {};
  } catch (error) {
    if (!isApiError(error) || !mayBeStored(error.failure)) throw error;
    const stored = await readCalendar(client, request.cal_id).catch(() => undefined);
    if (stored && storedAsSent(request, stored)) return { answerLost: true };
    throw error;
  }
}

const isNotFound = (failure: ApiFailure) => failure.kind === 'server' && failure.code === 'ResourceNotFound';

/**
 * Deletes a personal calendar. A lost answer is settled by reading it: gone (ResourceNotFound), it
 * was deleted (`answerLost`); still there, DeleteUnconfirmed says so (`stillThere`: Delete again);
 * the read failed too, DeleteUnconfirmed without it. A delete of a calendar already gone is `alreadyGone`.
 */
export async function deleteCalendar(client: ApiClient, calId: string): Promise<DeleteOutcome> {
  try {
    await client.call('/calendar/delete', { cal_id: calId });
    return 'deleted';
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (isNotFound(error.failure)) return 'alreadyGone';
    if (!mayBeStored(error.failure)) throw error;
    const now = await readCalendar(client, calId).then(
      (c) => (c.status === 'deleted' ? 'gone' : 'there'),
      (read: unknown) => (isApiError(read) && isNotFound(read.failure) ? 'gone' : 'unknown'),
    );
    if (now === 'gone') return 'answerLost';
    throw new DeleteUnconfirmed(error.failure, now === 'there');
  }
}
