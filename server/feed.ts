// The subscription feed: a calendar's own events and the days its public-holiday calendars decide,
// from last year to next year, as iCalendar at `feed/<cal_id>/<token>.ics`, for Outlook, Google and
// Apple calendars to poll. The token is an HMAC of the calendar id (and, in the tests' sandbox, the
// account) with the server's FEED_SECRET: it cannot be guessed, and a new secret revokes every URL.
// A wrong or old token, or a calendar that is gone, is a 404 with an empty body: it says nothing.
// Read-only; what it read from the API is kept for a few minutes, so that calendar apps polling do
// not spend the account's 1,000 calls a minute (a feed costs four: the calendar and three years, for
// each of the two languages).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { CalEventItem, CalendarItem } from '../src/core/apiContract';
import { isIsoDate } from '../src/core/dates';
import { feedEvents, feedWindow } from '../src/core/feed';
import { toIcsText } from '../src/core/ics';
import { matchLocale, type Locale } from '../src/core/locale';
import { FIRST_YEAR } from '../src/core/months';

/**
 * A call to the API as the feed makes it, in the feed's language (public holidays are named in it):
 * the data, or that it failed (`gone`: the calendar is not there).
 */
export type FeedCall = (endpoint: '/calendar/info' | '/calendar/event/list', body: object, account: string, locale: Locale) => Promise<{ ok: true; data: unknown } | { ok: false; gone: boolean }>;

export interface FeedOptions {
  secret: string;
  call: FeedCall;
  /** How long what the API said is kept (default 5 minutes). */
  cacheMs?: number;
  /** With per-header sandbox accounts (tests), the account is in the URL and the token. */
  accountInUrl: boolean;
  now?: () => number;
  /** Never written into a feed (the app key). */
  secrets?: readonly string[];
}

export const FEED_CACHE_MS = 5 * 60_000;
const MAX_CACHED = 1000;
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The token of a calendar's feed: 32 characters of base64url (192 bits) of an HMAC-SHA256. */
export function feedToken(secret: string, calId: string, account = 'default'): string {
  return createHmac('sha256', secret).update(`flashduty-calendar-feed\0${account}\0${calId}`).digest('base64url').slice(0, 32);
}

/** The feed's path below the panel's base path, for the calendar and account, in the language asked for. */
export function feedPath(secret: string, calId: string, locale: Locale, account?: string): string {
  const query = new URLSearchParams({ lang: locale });
  if (account !== undefined) query.set('account', account);
  return `feed/${encodeURIComponent(calId)}/${feedToken(secret, calId, account)}.ics?${query}`;
}

interface Source {
  calendar: CalendarItem;
  items: CalEventItem[];
  thisYear: number;
}

type Read = { kind: 'ok'; source: Source } | { kind: 'gone' } | { kind: 'failed' };

export function createFeeds(options: FeedOptions) {
  const { secret, call, accountInUrl } = options;
  const cacheMs = options.cacheMs ?? FEED_CACHE_MS;
  const now = options.now ?? Date.now;
  // What the API said, by account and calendar; a read under way is shared by the requests that wait for it.
  const cache = new Map<string, { until: number; read: Promise<Read> }>();

  const verify = (calId: string, token: string, account: string) => {
    if (!TOKEN.test(token)) return false;
    return timingSafeEqual(Buffer.from(feedToken(secret, calId, account)), Buffer.from(token));
  };

  async function read(calId: string, account: string, locale: Locale): Promise<Read> {
    const info = await call('/calendar/info', { cal_id: calId }, account, locale);
    if (!info.ok) return info.gone ? { kind: 'gone' } : { kind: 'failed' };
    const calendar = usableCalendar(info.data);
    if (!calendar) return { kind: 'failed' };
    const thisYear = yearIn(calendar.timezone, now());
    const items: CalEventItem[] = [];
    for (const year of feedWindow(thisYear).years.filter((y) => y >= FIRST_YEAR)) {
      const list = await call('/calendar/event/list', { cal_id: calId, year }, account, locale);
      if (!list.ok) return list.gone ? { kind: 'gone' } : { kind: 'failed' };
      items.push(...usableItems(list.data));
    }
    return { kind: 'ok', source: { calendar, items, thisYear } };
  }

  function cached(calId: string, account: string, locale: Locale): Promise<Read> {
    const key = `${account}\0${calId}\0${locale}`;
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.read;
    cache.delete(key);
    const entry = { until: now() + cacheMs, read: read(calId, account, locale) };
    cache.set(key, entry);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
    // A failure is not kept: the next poll asks again.
    void entry.read.then((r) => r.kind === 'failed' && cache.get(key) === entry && cache.delete(key), () => cache.delete(key));
    return entry.read;
  }

  // The text made of each source (one source per calendar, account and language): a calendar app's
  // poll within the cache's time costs no rendering (a calendar of thousands of events takes seconds).
  const rendered = new WeakMap<Source, string>();

  /** Drops what the feeds keep of a calendar, after a write through this server changed or deleted it. */
  function forget(calId: string, account: string) {
    for (const key of [...cache.keys()]) if (key.startsWith(`${account}\0${calId}\0`)) cache.delete(key);
  }

  function render(source: Source, locale: Locale): string {
    const done = rendered.get(source);
    if (done !== undefined) return done;
    const text = renderText(source, locale);
    rendered.set(source, text);
    return text;
  }

  function renderText({ calendar, items, thisYear }: Source, locale: Locale): string {
    const { first, last } = feedWindow(thisYear);
    const events = feedEvents({ cal_id: calendar.cal_id, workdays: calendar.workdays ?? [] }, items, first, last, now());
    const text = toIcsText({ name: calendar.cal_name, events, locale, refreshMinutes: 60 });
    const secrets = (options.secrets ?? []).filter((s) => s !== '');
    return secrets.reduce((t, s) => t.replaceAll(s, '[app key]'), text);
  }

  return { verify, cached, render, forget, accountInUrl, secret };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOr = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
// A time in seconds that a date can show (a broken record's 1e20 is none).
const secondsOr0 = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e11 ? value : 0);

/** The calendar of `/calendar/info`, its fields as the feed uses them; undefined when the answer holds none. */
function usableCalendar(data: unknown): CalendarItem | undefined {
  if (!isRecord(data) || typeof data.cal_id !== 'string') return undefined;
  const workdays = Array.isArray(data.workdays) ? data.workdays.filter((d): d is number => Number.isInteger(d)) : [];
  return { ...data, cal_name: textOr(data.cal_name), workdays, timezone: textOr(data.timezone, 'UTC') } as CalendarItem;
}

/**
 * The events of an `/calendar/event/list` answer that the feed can show: a record that is not an
 * event (no id, a date that is none, no kind) is left out, a summary or description that is not
 * text is empty, so that one broken record of a broken upstream does not break the whole feed.
 */
function usableItems(data: unknown): CalEventItem[] {
  const items = isRecord(data) && Array.isArray(data.items) ? data.items : [];
  return items
    .filter((e): e is Record<string, unknown> => isRecord(e) && typeof e.cal_id === 'string' && typeof e.event_id === 'string' && typeof e.is_off === 'boolean')
    .filter((e) => typeof e.start_at === 'string' && typeof e.end_at === 'string' && isIsoDate(e.start_at) && isIsoDate(e.end_at))
    .map((e) => ({ ...e, summary: textOr(e.summary), description: textOr(e.description), created_at: secondsOr0(e.created_at), updated_at: secondsOr0(e.updated_at) }) as CalEventItem);
}

export type Feeds = ReturnType<typeof createFeeds>;

/** The year now in a time zone (UTC when the zone is unknown). */
function yearIn(timeZone: string | undefined, ms: number): number {
  try {
    return Number(new Intl.DateTimeFormat('en', { timeZone: timeZone || 'UTC', year: 'numeric' }).format(ms));
  } catch {
    return new Date(ms).getUTCFullYear();
  }
}

/** `GET feed/:calId/:token.ics`: the feed, or 404 with nothing in the body. */
export async function feedRoutes(app: FastifyInstance, { feeds }: { feeds: Feeds }) {
  app.get<{ Params: { calId: string; file: string }; Querystring: Record<string, string | undefined> }>('/:calId/:file', async (request, reply) => {
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    const nothing = () => reply.code(404).type('text/plain; charset=utf-8').send('');
    const { calId, file } = request.params;
    const query = request.query;
    const account = feeds.accountInUrl && typeof query.account === 'string' && query.account !== '' ? query.account.slice(0, 100) : 'default';
    if (!file.endsWith('.ics') || !feeds.verify(calId, file.slice(0, -4), account)) return nothing();
    // `?lang=en&lang=zh-CN` comes as a list: only a single value names a language.
    const locale = matchLocale(typeof query.lang === 'string' ? query.lang : undefined) ?? matchLocale(String(request.headers['accept-language'] ?? '').split(',')[0]) ?? 'en';
    const result = await feeds.cached(calId, account, locale);
    if (result.kind === 'gone') return nothing();
    if (result.kind === 'failed') {
      return reply.code(503).header('retry-after', '60').type('text/plain; charset=utf-8').send('The calendar could not be read just now. Try again in a minute.');
    }
    return reply
      .code(200)
      .header('cache-control', `private, max-age=${Math.round(FEED_CACHE_MS / 1000)}`)
      .header('content-disposition', 'inline; filename="calendar.ics"')
      .type('text/calendar; charset=utf-8')
      .send(feeds.render(result.source, locale));
  });
}
