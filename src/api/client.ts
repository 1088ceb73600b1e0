// The one function that talks to the calendar API: a POST with a JSON body, turned into typed data
// or an ApiError. Used unchanged against the sandbox, the Flashduty proxy and a portal's endpoint.
import { ApiError } from './errors';
import type { Endpoints as FlashdutyEndpoints, PanelEndpoints } from '../core/apiContract';
import { MAX_RETRY_AFTER_SECONDS } from '../core/limits';
import { readCalendar, readEvent, unreadableCalendarFields } from '../core/wireSchemas';

type Endpoints = FlashdutyEndpoints & PanelEndpoints;

export interface ApiClientOptions {
  /** Where `/calendar/...` paths live: `/api` on our own server, or a portal's endpoint. */
  baseUrl: string;
  /** The interface language, sent as `Accept-Language` so server messages match it. */
  language: () => string;
  /** Upper bound for one call; past it the request is aborted. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export type ApiCall = <P extends keyof Endpoints>(
  path: P,
  body: Endpoints[P]['req'],
  init?: { signal?: AbortSignal },
) => Promise<Endpoints[P]['res']>;

export interface ApiClient {
  call: ApiCall;
  /** Where the calls go (`…/api`, no trailing slash): a path the server gives resolves against it. */
  baseUrl: string;
  /** Records of the lists last read that could not be read (left out): the workspace says how many. */
  unreadable?: UnreadableRecords;
  /**
   * The server's clock now, in milliseconds: the browser's, moved by what the last answer's `Date`
   * said (a browser clock minutes off would otherwise misjudge which events a lost create made).
   */
  serverNow: () => number;
}

export interface UnreadableRecords {
  count(): number;
  subscribe(listener: () => void): () => void;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const unreadable = createUnreadableRecords();
  let serverOffsetMs = 0;
  const serverNow = () => Date.now() + serverOffsetMs;

  const call: ApiCall = async (path, body, init) => {
    // setTimeout rather than AbortSignal.timeout, so that a test's fake clock can drive it.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const cancel = () => controller.abort();
    init?.signal?.addEventListener('abort', cancel);
    let response: Response;
    let text: string;
    try {
      response = await fetch(baseUrl + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': options.language() },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      text = await response.text();
      const serverDate = Date.parse(response.headers.get('Date') ?? '');
      if (Number.isFinite(serverDate)) serverOffsetMs = serverDate - Date.now();
    } catch (error) {
      if (timedOut) throw new ApiError({ kind: 'timeout', timeoutMs });
      if (init?.signal?.aborted) throw error; // the caller cancelled: not a failure to report
      throw new ApiError({ kind: 'network' });
    } finally {
      clearTimeout(timer);
      init?.signal?.removeEventListener('abort', cancel);
    }
    const envelope = readEnvelope(response, text);
    return checkRecords(path, body, envelope.data, { status: response.status, requestId: envelope.requestId }, unreadable);
  };

  return { call, baseUrl, unreadable, serverNow };
}

/** Unreadable records per list asked for (path and body): a list read again cleanly counts none. */
function createUnreadableRecords() {
  const byList = new Map<string, number>();
  const listeners = new Set<() => void>();
  let total = 0;
  return {
    count: () => total,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    report(list: string, count: number) {
      if ((byList.get(list) ?? 0) === count) return;
      if (count === 0) byList.delete(list);
      else byList.set(list, count);
      total = [...byList.values()].reduce((a, b) => a + b, 0);
      listeners.forEach((l) => l());
    },
  };
}

/**
 * The lists' records and a calendar's settings, checked against the shared wire schemas
 * (core/wireSchemas.ts): an unreadable record of a list is left out and counted; an answer without
 * its list is a bad response; an unreadable calendar is said as one, with the fields at fault; a
 * create's or an upsert's answer without the ID it wrote is a bad response.
 */
function checkRecords(path: string, body: unknown, data: unknown, answer: { status: number; requestId?: string }, unreadable: ReturnType<typeof createUnreadableRecords>): never {
  const read: ((value: unknown) => object | undefined) | undefined = path === '/calendar/event/list' ? readEvent : path === '/calendar/list' ? readCalendar : undefined;
  if (read) {
    const items: unknown = isObject(data) ? data.items : undefined;
    if (!Array.isArray(items)) throw new ApiError({ kind: 'bad-response', ...answer });
    const kept = items.map(read).filter((item) => item !== undefined);
    if (kept.length < items.length) console.warn(`${items.length - kept.length} unreadable records left out of ${path}`);
    unreadable.report(`${path} ${JSON.stringify(body)}`, items.length - kept.length);
    return { ...(data as object), items: kept } as never;
  }
  if (path === '/calendar/info') {
    const calendar = readCalendar(data);
    if (!calendar) throw new ApiError({ kind: 'unreadable', fields: unreadableCalendarFields(data), ...answer });
    return calendar as never;
  }
  // A write's answer names what it wrote: without that ID it is unreadable, and the write may be
  // stored all the same (a bad response is a lost answer: a create is looked for).
  const idField = WRITTEN_ID[path];
  if (idField && !(isObject(data) && typeof data[idField] === 'string' && data[idField] !== '')) throw new ApiError({ kind: 'bad-response', ...answer });
  return data as never;
}

const WRITTEN_ID: Record<string, string | undefined> = { '/calendar/event/upsert': 'event_id', '/calendar/create': 'cal_id' };

function readEnvelope(response: Response, text: string): { data: unknown; requestId?: string } {
  const headerRequestId = response.headers.get('Flashcat-Request-Id') ?? undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError({ kind: 'bad-response', status: response.status, requestId: headerRequestId });
  }
  if (!isObject(body)) {
    throw new ApiError({ kind: 'bad-response', status: response.status, requestId: headerRequestId });
  }
  const requestId = typeof body.request_id === 'string' ? body.request_id : headerRequestId;
  // An error envelope is a failure in any HTTP status, 200 included (the older reference does that).
  if (isObject(body.error) && typeof body.error.code === 'string' && body.error.code !== '' && body.error.code !== 'OK') {
    const retryAfterSeconds = readRetryAfter(response.headers.get('Retry-After'));
    throw new ApiError({
      kind: 'server',
      code: body.error.code,
      message: typeof body.error.message === 'string' ? body.error.message : '',
      status: response.status,
      requestId,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    });
  }
  if (response.ok && 'data' in body && body.data !== undefined) {
    return { data: body.data, requestId };
  }
  if (isObject(body.error) && body.error.code === 'OK') {
    // The reserved code arrived where data should be: report it as the server's error.
    throw new ApiError({ kind: 'server', code: 'OK', message: String(body.error.message ?? ''), status: response.status, requestId });
  }
  throw new ApiError({ kind: 'bad-response', status: response.status, requestId });
}

/**
 * Seconds to wait from a `Retry-After` header: a number of seconds, or an HTTP date (RFC 9110), at
 * most MAX_RETRY_AFTER_SECONDS (every caller waits through this one reading). Anything else is
 * ignored, so a caller falls back to its own back-off.
 */
export function readRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  const date = /GMT$/.test(text) ? Date.parse(text) : Number.NaN;
  const seconds = /^\d+$/.test(text) ? Number(text) : Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
  return seconds === undefined ? undefined : Math.min(seconds, MAX_RETRY_AFTER_SECONDS);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
