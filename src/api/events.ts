// A calendar's events through the API: the query keys, the queries (month, year, one own event by
// id) and the mutations (save, delete), each mutation refreshing what it changed. Every part of the
// panel reads and writes events through this module, the import's paced run included.
import { queryOptions, skipToken, useMutation, useMutationState, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { CalEventItem, CalEventListResponse, CalEventUpsertRequest } from '../core/apiContract';
import { FIRST_YEAR } from '../core/months';
import type { ApiClient } from './client';
import { useApiClient } from './ApiClientProvider';
import { ApiError, isApiError, mayBeStored, type ApiFailure } from './errors';
import { LOST_CREATE_SETTLE_MS } from './lostCreate';
import { upsertEvent } from './upsertEvent';

export const eventKeys = {
  all: ['events'] as const,
  ofCalendar: (calId: string) => [...eventKeys.all, calId] as const,
  month: (calId: string, year: number, month: number) => [...eventKeys.ofCalendar(calId), 'month', year, month] as const,
  year: (calId: string, year: number) => [...eventKeys.ofCalendar(calId), 'year', year] as const,
  find: (calId: string, eventId: string) => [...eventKeys.ofCalendar(calId), 'find', eventId] as const,
};

const LIST_STALE_MS = 30_000;

/**
 * A calendar's list for a month: own events, inherited holidays and computed rest days that overlap
 * it. Read again whenever the tab comes back to the front: another tab or another scheduler may have
 * changed the calendar meanwhile.
 */
export function monthEventsQueryOptions(client: ApiClient, calId: string | undefined, year: number, month: number) {
  return queryOptions({
    queryKey: eventKeys.month(calId ?? '', year, month),
    queryFn: calId ? ({ signal }) => client.call('/calendar/event/list', { cal_id: calId, year, month }, { signal }) : skipToken,
    staleTime: LIST_STALE_MS,
    refetchOnWindowFocus: 'always',
  });
}

/** A month's list as the server holds it now, not as cached: what shows that month is refreshed with it. */
export const readMonthNow = (queryClient: QueryClient, client: ApiClient, calId: string, year: number, month: number) =>
  queryClient.fetchQuery({ ...monthEventsQueryOptions(client, calId, year, month), staleTime: 0 });

/** The same for a whole year (to find an event a link names, to export, to import against). */
export function yearEventsQueryOptions(client: ApiClient, calId: string, year: number) {
  return queryOptions({
    queryKey: eventKeys.year(calId, year),
    queryFn: ({ signal }) => client.call('/calendar/event/list', { cal_id: calId, year }, { signal }),
    staleTime: LIST_STALE_MS,
  });
}

/** A year's list as the server holds it now (readMonthNow's for a year): before an import run, and its look-ups. */
export const readYearNow = (queryClient: QueryClient, client: ApiClient, calId: string, year: number) =>
  queryClient.fetchQuery({ ...yearEventsQueryOptions(client, calId, year), staleTime: 0 });

/**
 * An own event of a calendar by its id, from the year lists around `year` (that year, then the one
 * before and the one after, asked for together): the API has no call for one event. Undefined when
 * none holds it. The API lists no year before FIRST_YEAR.
 */
export async function findOwnEvent(queryClient: QueryClient, client: ApiClient, calId: string, eventId: string, year: number): Promise<CalEventItem | undefined> {
  // Own: of this calendar, not a computed rest day (`non_work.…`) nor an inherited holiday.
  const own = (data: CalEventListResponse) => data.items.find((e) => e.event_id === eventId && e.cal_id === calId && !e.event_id.startsWith('non_work.'));
  const listOf = (y: number) => queryClient.fetchQuery(yearEventsQueryOptions(client, calId, y));
  const found = year >= FIRST_YEAR ? own(await listOf(year)) : undefined;
  if (found) return found;
  const around = await Promise.all([year - 1, year + 1].filter((y) => y >= FIRST_YEAR).map(listOf));
  return around.map(own).find((e) => e !== undefined);
}

export function useMonthEvents(calId: string | undefined, year: number, month: number) {
  return useQuery(monthEventsQueryOptions(useApiClient(), calId, year, month));
}

/**
 * The lookup of an own event by id (`findOwnEvent`): the event, `null` when no list holds it (nor
 * the calendar, when the server knows none of that id), or an error when its lists could not be
 * loaded. `year` only says where to look first: it is not part of the key, so another month on
 * screen does not look again. With `fetchItsMonth`, the list of the found event's month is asked
 * for at once (a link without a month shows that month next), not after a render.
 */
export function findOwnEventQueryOptions(queryClient: QueryClient, client: ApiClient, calId: string | undefined, eventId: string | undefined, year: number, { fetchItsMonth = false } = {}) {
  return queryOptions({
    queryKey: eventKeys.find(calId ?? '', eventId ?? ''),
    queryFn:
      calId && eventId
        ? async () => {
            try {
              const found = await findOwnEvent(queryClient, client, calId, eventId, year);
              if (found && fetchItsMonth) {
                const [y, m] = found.start_at.split('-').map(Number);
                void queryClient.prefetchQuery(monthEventsQueryOptions(client, calId, y, m));
              }
              return found ?? null;
            } catch (error) {
              if (isApiError(error) && error.failure.kind === 'server' && error.failure.code === 'ResourceNotFound') return null;
              throw error;
            }
          }
        : skipToken,
    staleTime: LIST_STALE_MS,
  });
}

export function useFindOwnEvent(calId: string | undefined, eventId: string | undefined, year: number, options: { fetchItsMonth?: boolean } = {}) {
  return useQuery(findOwnEventQueryOptions(useQueryClient(), useApiClient(), calId, eventId, year, options));
}

/** After a calendar's events changed: its lists are asked for again (settles when they are fresh). */
export const refreshEventsOf = (queryClient: QueryClient, calId: string) => queryClient.invalidateQueries({ queryKey: eventKeys.ofCalendar(calId) });

/**
 * Creates (no `event_id`) or updates an event (upsertEvent.ts): the server's answer is the only
 * confirmation, but for a create whose answer was lost (no answer, a 5xx), which is looked for in the
 * calendar and, not found, kept for the page's life by the API client (lostCreate.ts): the next
 * create of the same days and kind, or of this form, looks for it first and, found, changes that
 * event instead of adding a copy. `forgetLost` (a new event) ends this form's claim on its lost
 * creates; one of the same days and kind still finds them. An update names its event: no copy.
 */
export function useUpsertEvent({ settleMs = LOST_CREATE_SETTLE_MS } = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  // This form, as its lost creates name it; a new key after New event.
  const form = useRef<object>({});
  const mutation = useMutation({
    mutationFn: (request: CalEventUpsertRequest) => upsertEvent(client, request, { form: form.current, settleMs }),
    // Returned, so the mutation stays pending until lists of that calendar are fresh again.
    onSuccess: (_data, request) => refreshEventsOf(queryClient, request.cal_id),
  });
  return { ...mutation, forgetLost: () => (form.current = {}) };
}

/**
 * The newest `updated_at` of an event among the calendar's lists fetched since `since` (ms), counting
 * only versions `matches` takes (those a save wrote: a save's answer names no updated_at; the lists
 * refreshed after it do). Undefined when no such list holds such a version.
 */
export function cachedUpdatedAt(queryClient: QueryClient, calId: string, eventId: string, since: number, matches: (e: CalEventItem) => boolean): number | undefined {
  const times = queryClient
    .getQueryCache()
    .findAll({ queryKey: eventKeys.ofCalendar(calId) })
    .filter((query) => query.state.dataUpdatedAt >= since)
    .flatMap((query) => {
      const data = query.state.data as CalEventListResponse | CalEventItem | null | undefined;
      return data && 'items' in data ? data.items : data ? [data] : [];
    })
    .filter((e) => e.event_id === eventId && e.cal_id === calId && matches(e))
    .map((e) => e.updated_at);
  return times.length > 0 ? Math.max(...times) : undefined;
}

/**
 * The event as the server holds it now, read past every cache: from its month's list (the month
 * it started in when loaded), then its year's and the years around it (someone may have moved it).
 * Undefined when no list holds it: it was deleted.
 */
export async function readEventNow(client: ApiClient, loaded: Pick<CalEventItem, 'cal_id' | 'event_id' | 'start_at'>): Promise<CalEventItem | undefined> {
  const { cal_id, event_id } = loaded;
  const year = Number(loaded.start_at.slice(0, 4));
  const month = Number(loaded.start_at.slice(5, 7));
  const find = (items: CalEventItem[]) => items.find((e) => e.event_id === event_id && e.cal_id === cal_id);
  const inMonth = find((await client.call('/calendar/event/list', { cal_id, year, month })).items);
  if (inMonth) return inMonth;
  for (const y of [year, year - 1, year + 1].filter((y) => y >= FIRST_YEAR)) {
    const found = find((await client.call('/calendar/event/list', { cal_id, year: y })).items);
    if (found) return found;
  }
  return undefined;
}

/**
 * How a delete ended: `deleted`; `answerLost`: its answer was lost, and a fresh read and a second
 * delete show the event gone, so it was deleted; `alreadyGone`: the server knew no such event (ResourceNotFound).
 */
export type DeleteOutcome = 'deleted' | 'answerLost' | 'alreadyGone';

/**
 * A delete that failed in a way that may have deleted it all the same (`mayBeStored`), after a fresh
 * read: the event is `stillThere` (not deleted; Delete may be pressed again), or the read failed too.
 */
export class DeleteUnconfirmed extends ApiError {
  readonly stillThere: boolean;

  constructor(failure: ApiFailure, stillThere: boolean) {
    super(failure);
    this.stillThere = stillThere;
  }
}

/**
 * Deletes one of a calendar's own events (`start_at` says where to look for it again). A failure that
 * may have deleted it all the same (no answer, a 5xx) is settled by reading the event again, past
 * every cache; a ResourceNotFound means it was gone already.
 *
 * The API reads events only by year (no call reads one event by id), and the re-read looks at the
 * event's month and the years around it: someone may have moved it further. So an event missing from
 * those lists is not taken as deleted: the delete is sent again, by id, the one call that names the
 * event. Its ResourceNotFound confirms the event is gone, its success that it is gone now (a delete
 * twice deletes nothing else: ids are not reused); any other failure leaves it unconfirmed.
 */
export async function deleteEvent(client: ApiClient, event: Pick<CalEventItem, 'cal_id' | 'event_id' | 'start_at'>, signal?: AbortSignal): Promise<DeleteOutcome> {
  const remove = () => client.call('/calendar/event/delete', { cal_id: event.cal_id, event_id: event.event_id }, { signal });
  try {
    await remove();
    return 'deleted';
  } catch (error) {
    if (!isApiError(error)) throw error;
    const failure = error.failure;
    if (isNotFound(failure)) return 'alreadyGone';
    if (!mayBeStored(failure)) throw error;
    const now = await readEventNow(client, event).then(
      (found) => (found ? 'there' : 'notListed'),
      () => 'unknown',
    );
    if (now !== 'notListed') throw new DeleteUnconfirmed(failure, now === 'there');
    const confirmed = await remove().then(
      () => true,
      (again: unknown) => isApiError(again) && isNotFound(again.failure),
    );
    if (confirmed) return 'answerLost';
    throw new DeleteUnconfirmed(failure, false);
  }
}

const isNotFound = (failure: ApiFailure) => failure.kind === 'server' && failure.code === 'ResourceNotFound';

/** `deleteEvent` as a mutation; the calendar's lists are fresh again when it succeeds. */
export function useDeleteEvent() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: DELETE_KEY,
    mutationFn: (event: Pick<CalEventItem, 'cal_id' | 'event_id' | 'start_at'>) => deleteEvent(client, event),
    onSuccess: (_outcome, event) => refreshEventsOf(queryClient, event.cal_id),
  });
}

const DELETE_KEY = [...eventKeys.all, 'delete'] as const;

/** Whether this page has deleted the event (an earlier toast's Undo of a change can no longer apply). */
export function useEventDeleted(eventId: string): boolean {
  const deleted = useMutationState({
    filters: { mutationKey: DELETE_KEY, status: 'success' },
    select: (mutation) => (mutation.state.variables as Pick<CalEventItem, 'event_id'> | undefined)?.event_id,
  });
  return deleted.includes(eventId);
}
