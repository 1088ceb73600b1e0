// The built-in sandbox: an in-memory implementation of the eight calendar endpoints, faithful to the
// contract in docs/DESIGN.md (validation, error codes, localised messages, rate limit,
// list semantics). Each sandbox account is independent, so parallel tests do not see each other.
import { randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import type { CalEventItem, CalendarItem, Endpoints, ErrorCode } from '../../src/core/apiContract';
import { ERROR_STATUS } from '../../src/core/apiContract';
import { addDays, compareDates, daysInclusive, isIsoDate, weekday } from '../../src/core/dates';
import { upsertRequestSchema } from '../../src/core/eventSchema';
import type { Locale } from '../../src/core/locale';
import { ALL_WEEKDAYS, calendarSchemas, DEFAULT_TIMEZONE, MAX_PERSONAL_CALENDARS } from './calendarRules';
import { defaultMessage } from '../messages';
import { calendarInUse, calendarLimitReached, invalidParameter, isReason, notFound, publicCalendarReadOnly, sandboxFull } from './messages';
import { publicCalendars, publicEvents } from './publicHolidays';
import { createRateLimiter, FLASHDUTY_RATE_LIMIT, type RateLimit } from './rateLimiter';
import { CALENDARS_IN_USE, SAMPLE_ACCOUNT_ID, SAMPLE_PERSON_ID, sampleCalendars, sampleOwnEvents } from './sampleData';
import { FIRST_YEAR } from '../../src/core/months';

export type ApiResult =
  | { status: number; data: unknown }
  | { status: number; error: { code: string; message: string }; retryAfterSeconds?: number };

/** A failure to play on purpose, as the fault rules' schema (below) admits it. */
export type Fault = FaultRule['fault'];
export type FaultRule = z.output<typeof faultRuleSchema>;

export interface SandboxOptions {
  rateLimit?: RateLimit;
  now?: () => number;
  /** Accounts kept at once; the least recently used one goes past it (default 1,000). */
  maxAccounts?: number;
}

interface Account {
  calendars: Map<string, CalendarItem>;
  events: Map<string, CalEventItem>;
  faults: { path?: string; fault: Fault; remaining: number }[];
  rate: ReturnType<typeof createRateLimiter>;
}

/** The sandbox is in memory: an account holds at most this many own events (a busy real year has ~50). */
export const MAX_EVENTS = 2000;
/** Fault rules an account may have waiting. */
const MAX_FAULT_RULES = 100;
const PUBLIC_CALENDARS = publicCalendars();
const PUBLIC_EVENTS: Record<Locale, CalEventItem[]> = { en: publicEvents('en'), 'zh-CN': publicEvents('zh-CN') };
const CALENDAR_SCHEMAS = calendarSchemas(PUBLIC_CALENDARS.map((c) => c.cal_id));

type Handler = (account: Account, body: unknown, locale: Locale) => ApiResult;

// What a test may ask the sandbox to play: each field checked, nothing else kept. `path`: the
// endpoint it applies to (every endpoint when absent); `times`: how many requests (default 1).
const status = z.int().check(z.gte(200), z.lte(599));
const faultRuleSchema = z.object({
  path: z.optional(z.string().check(z.maxLength(100))),
  times: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  fault: z.union([
    z.object({ type: z.literal('error'), code: z.string().check(z.minLength(1), z.maxLength(100)), message: z.optional(z.string().check(z.maxLength(1000))), status: z.optional(status), retryAfter: z.optional(z.int().check(z.gte(0), z.lte(3600))) }),
    // The request is carried out (an event stored), then answered with this error: an answer lost after the commit.
    z.object({ type: z.literal('commit-then-error'), code: z.string().check(z.minLength(1), z.maxLength(100)), message: z.optional(z.string().check(z.maxLength(1000))), status: z.optional(status), retryAfter: z.optional(z.int().check(z.gte(0), z.lte(3600))) }),
    z.object({ type: z.literal('delay'), ms: z.int().check(z.gte(0), z.lte(120_000)) }),
    z.object({ type: z.literal('html'), status: z.optional(status) }),
    z.object({ type: z.literal('drop') }),
    // A well-formed answer with one malformed record (a list's first item, or the calendar itself).
    z.object({ type: z.literal('corrupt') }),
    // Headers at once, then the body a few bytes at a time over `ms` (an upstream that dawdles).
    z.object({ type: z.literal('trickle'), ms: z.int().check(z.gte(0), z.lte(120_000)) }),
    // A valid envelope padded to `bytes` (an upstream answer too large to hold).
    z.object({ type: z.literal('huge'), bytes: z.int().check(z.gte(1024), z.lte(64 * 1024 * 1024)) }),
  ]),
});

export function createSandbox(options: SandboxOptions = {}) {
  const now = options.now ?? Date.now;
  const maxAccounts = options.maxAccounts ?? 1000;
  // In order of use, least recent first: a Map iterates in insertion order, and each use re-inserts.
  const accounts = new Map<string, Account>();

  const freshAccount = (): Account => ({
    calendars: new Map(sampleCalendars().map((c) => [c.cal_id, c])),
    events: new Map(sampleOwnEvents().map((e) => [e.event_id, e])),
    faults: [],
    rate: createRateLimiter(options.rateLimit ?? FLASHDUTY_RATE_LIMIT, now),
  });
  const account = (id: string) => {
    const a = accounts.get(id) ?? freshAccount();
    accounts.delete(id);
    accounts.set(id, a);
    if (accounts.size > maxAccounts) accounts.delete(accounts.keys().next().value!);
    return a;
  };
  const seconds = () => Math.floor(now() / 1000);

  const ok = (data: unknown): ApiResult => ({ status: 200, data });
  const fail = (code: ErrorCode, message: string): ApiResult => ({ status: ERROR_STATUS[code], error: { code, message } });
  const invalid = (issues: readonly z.core.$ZodIssue[], body: unknown, locale: Locale): ApiResult => {
    const issue = issues[0];
    const field = String(issue.path[0] ?? 'body');
    const input = body && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined;
    const reason =
      isReason(issue.message) ? issue.message
      : issue.code === 'invalid_type' ? (input === undefined ? 'required' : 'type')
      : input === '' ? 'empty'
      : 'range';
    return fail('InvalidParameter', invalidParameter(field, reason, locale));
  };
  const personalCalendar = (a: Account, calId: string) => {
    const c = a.calendars.get(calId);
    return c && c.status === 'enabled' ? c : undefined;
  };

  const calIdSchema = z.object({ cal_id: z.string().check(z.minLength(1)) });
  const eventIdSchema = z.object({ cal_id: z.string().check(z.minLength(1)), event_id: z.string().check(z.minLength(1)) });
  const listSchema = z.object({
    cal_id: z.string().check(z.minLength(1)),
    year: z.optional(z.int().check(z.gte(FIRST_YEAR), z.lte(9999))),
    month: z.optional(z.int().check(z.gte(0), z.lte(12))),
    day: z.optional(z.int().check(z.gte(0), z.lte(31))),
  });
  const publicCalendar = (calId: string) => PUBLIC_CALENDARS.find((p) => p.cal_id === calId);
  const personalCount = (a: Account) => [...a.calendars.values()].filter((c) => c.status === 'enabled').length;
  // What an update or a delete of a calendar that is not one of the account's answers. A public one
  // is the same for every account; Flashduty's answer is not documented: BadRequest, saying why,
  // rather than "does not exist" for a calendar that /calendar/info shows.
  const notPersonal = (calId: string, locale: Locale): ApiResult =>
    publicCalendar(calId) ? fail('BadRequest', publicCalendarReadOnly(calId, locale)) : fail('ResourceNotFound', notFound('calendar', calId, locale));

  const handlers: Record<keyof Endpoints, Handler> = {
    '/calendar/list': (a, body) => {
      const kind = body && typeof body === 'object' && 'kind' in body ? (body as { kind?: unknown }).kind : undefined;
      const items =
        kind === 'region.official.holiday' ? PUBLIC_CALENDARS
        : [...a.calendars.values()].filter((c) => c.status === 'enabled');
      return ok({ items, total: items.length });
    },
    '/calendar/info': (a, body, locale) => {
      const parsed = z.safeParse(calIdSchema, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale);
      const c = personalCalendar(a, parsed.data.cal_id) ?? publicCalendar(parsed.data.cal_id);
      return c ? ok(c) : fail('ResourceNotFound', notFound('calendar', parsed.data.cal_id, locale));
    },
    '/calendar/create': (a, body, locale) => {
      const parsed = z.safeParse(CALENDAR_SCHEMAS.create, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale);
      // Flashduty's code for the limit is not documented: BadRequest, with a message that says what to do.
      if (personalCount(a) >= MAX_PERSONAL_CALENDARS) return fail('BadRequest', calendarLimitReached(locale));
      const t = seconds();
      const c: CalendarItem = {
        account_id: SAMPLE_ACCOUNT_ID,
        team_id: parsed.data.team_id ?? 0,
        cal_id: `cal.${randomId()}`,
        cal_name: parsed.data.cal_name,
        description: parsed.data.description ?? '',
        timezone: parsed.data.timezone || DEFAULT_TIMEZONE,
        kind: 'personal',
        workdays: parsed.data.workdays ?? ALL_WEEKDAYS,
        extra_cal_ids: parsed.data.extra_cal_ids ?? undefined,
        created_at: t,
        updated_at: t,
        creator_id: SAMPLE_PERSON_ID,
        updated_by: SAMPLE_PERSON_ID,
        status: 'enabled',
      };
      a.calendars.set(c.cal_id, c);
      return ok({ cal_id: c.cal_id, cal_name: c.cal_name });
    },
    '/calendar/update': (a, body, locale) => {
      const parsed = z.safeParse(CALENDAR_SCHEMAS.update, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale);
      const c = personalCalendar(a, parsed.data.cal_id);
      if (!c) return notPersonal(parsed.data.cal_id, locale);
      // Only the fields sent change; one sent as null counts as not sent.
      const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== null));
      a.calendars.set(c.cal_id, { ...c, ...changes, updated_at: seconds(), updated_by: SAMPLE_PERSON_ID });
      return ok({});
    },
    '/calendar/delete': (a, body, locale) => {
      const parsed = z.safeParse(calIdSchema, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale);
      const c = personalCalendar(a, parsed.data.cal_id);
      if (!c) return notPersonal(parsed.data.cal_id, locale);
      if (CALENDARS_IN_USE.has(c.cal_id)) return fail('ReferenceExist', calendarInUse(c.cal_id, locale));
      // Gone with its events: nothing of a deleted calendar stays in memory.
      a.calendars.delete(c.cal_id);
      for (const e of a.events.values()) if (e.cal_id === c.cal_id) a.events.delete(e.event_id);
      return ok({});
    },
    '/calendar/event/list': (a, body, locale) => {
      const parsed = z.safeParse(listSchema, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale);
      const { cal_id, year = new Date(now()).getUTCFullYear(), month = 0, day = 0 } = parsed.data;
      if (day > 0 && month === 0) return fail('InvalidParameter', invalidParameter('month', 'required', locale));
      const period = periodOf(year, month, day);
      const overlaps = (e: CalEventItem) => !!period && compareDates(e.start_at, period.last) <= 0 && compareDates(e.end_at, period.from) > 0;
      // A linkable public calendar lists its own holidays and make-up days (what linking it adds).
      if (!personalCalendar(a, cal_id) && PUBLIC_CALENDARS.some((p) => p.cal_id === cal_id) && period) {
        const items = PUBLIC_EVENTS[locale].filter((e) => e.cal_id === cal_id && overlaps(e));
        return ok({ items, total: items.length });
      }
      const c = personalCalendar(a, cal_id);
      if (!c) return fail('ResourceNotFound', notFound('calendar', cal_id, locale));
      if (!period) return fail('InvalidParameter', invalidParameter('day', 'range', locale));
      const own = [...a.events.values()].filter((e) => e.cal_id === cal_id && overlaps(e));
      const inherited = PUBLIC_EVENTS[locale].filter((e) => (c.extra_cal_ids ?? []).includes(e.cal_id) && overlaps(e));
      const items = [...own, ...inherited, ...restDays(c, period)].sort(
        (x, y) => compareDates(x.start_at, y.start_at) || x.event_id.localeCompare(y.event_id),
      );
      return ok({ items, total: items.length });
    },
    '/calendar/event/upsert': (a, body, locale) => {
      const parsed = z.safeParse(upsertRequestSchema, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale);
      const request = parsed.data;
      if (!personalCalendar(a, request.cal_id)) return fail('ResourceNotFound', notFound('calendar', request.cal_id, locale));
      const existing = request.event_id ? a.events.get(request.event_id) : undefined;
      if (request.event_id && (!existing || existing.cal_id !== request.cal_id)) {
        return fail('ResourceNotFound', notFound('event', request.event_id, locale));
      }
      if (!existing && a.events.size >= MAX_EVENTS) {
        return fail('BadRequest', sandboxFull(MAX_EVENTS, locale));
      }
      const t = seconds();
      const event: CalEventItem = {
        account_id: SAMPLE_ACCOUNT_ID,
        creator_id: existing?.creator_id ?? SAMPLE_PERSON_ID,
        cal_id: request.cal_id,
        event_id: existing?.event_id ?? `cale.${randomId()}`,
        summary: request.summary,
        description: request.description ?? '',
        start_at: request.start_at,
        end_at: request.end_at,
        is_off: request.is_off,
        created_at: existing?.created_at ?? t,
        updated_at: t,
      };
      a.events.set(event.event_id, event);
      return ok({ cal_id: event.cal_id, event_id: event.event_id, summary: event.summary });
    },
    '/calendar/event/delete': (a, body, locale) => {
      const parsed = z.safeParse(eventIdSchema, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale);
      const e = a.events.get(parsed.data.event_id);
      if (!e || e.cal_id !== parsed.data.cal_id) return fail('ResourceNotFound', notFound('event', parsed.data.event_id, locale));
      a.events.delete(e.event_id);
      return ok({});
    },
  };

  return {
    /** Answers one API call of a sandbox account (RouteNotFound when the path is not an endpoint). */
    handle(accountId: string, path: string, body: unknown, locale: Locale): ApiResult {
      if (!Object.hasOwn(handlers, path)) return fail('RouteNotFound', defaultMessage('RouteNotFound', locale));
      const a = account(accountId);
      const rate = a.rate.take();
      if (!rate.ok) {
        return { ...fail('RequestTooFrequently', defaultMessage('RequestTooFrequently', locale)), retryAfterSeconds: Math.max(1, Math.ceil(rate.retryAfterMs / 1000)) };
      }
      return handlers[path as keyof Endpoints](a, body, locale);
    },
    /** The fault to play for this request, if one was set (and counts it as played). */
    takeFault(accountId: string, path: string): Fault | undefined {
      const a = account(accountId);
      const rule = a.faults.find((f) => f.remaining > 0 && (!f.path || f.path === path));
      if (!rule) return undefined;
      rule.remaining--;
      a.faults = a.faults.filter((f) => f.remaining > 0);
      return rule.fault;
    },
    /** Adds a fault rule, checked and copied field by field; false when it is not one or too many wait. */
    addFault(accountId: string, input: unknown): boolean {
      const rule = z.safeParse(faultRuleSchema, input);
      const a = account(accountId);
      if (!rule.success || a.faults.length >= MAX_FAULT_RULES) return false;
      a.faults.push({ path: rule.data.path, fault: rule.data.fault, remaining: rule.data.times ?? 1 });
      return true;
    },
    reset(accountId: string) {
      accounts.delete(accountId);
    },
    /** How many accounts are held now. */
    accountCount: () => accounts.size,
    /** The account's own events (for tests that check what was stored). */
    ownEvents(accountId: string): CalEventItem[] {
      return [...account(accountId).events.values()];
    },
  };
}

export type Sandbox = ReturnType<typeof createSandbox>;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Computed entries for the weekly rest days of a calendar in a period, as the API lists them. */
function restDays(c: CalendarItem, period: Period): CalEventItem[] {
  const workdays = new Set(c.workdays ?? ALL_WEEKDAYS);
  const days: CalEventItem[] = [];
  for (let i = 0, count = daysInclusive(period.from, period.last); i < count; i++) {
    const d = addDays(period.from, i);
    const wd = weekday(d);
    if (workdays.has(wd)) continue;
    days.push({
      account_id: c.account_id,
      creator_id: c.creator_id,
      cal_id: c.cal_id,
      event_id: `non_work.${d.replaceAll('-', '')}`,
      summary: `non-working day (${WEEKDAY_NAMES[wd]})`,
      description: '',
      start_at: d,
      end_at: addDays(d, 1),
      is_off: true,
      created_at: 0,
      updated_at: 0,
    });
  }
  return days;
}

/**
 * The days a list asks for, first and last included. The last day, not the day after it: after
 * 9999-12-31 comes "10000-01-01", which no longer sorts as text.
 */
interface Period {
  from: string;
  last: string;
}

function periodOf(year: number, month: number, day: number): Period | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === 0) return { from: `${year}-01-01`, last: `${year}-12-31` };
  const monthStart = `${year}-${pad(month)}-01`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day === 0) return { from: monthStart, last: `${year}-${pad(month)}-${monthDays}` };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date) ? { from: date, last: date } : undefined;
}

function randomId(): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  return [...randomBytes(22)].map((b) => alphabet[b % alphabet.length]).join('');
}
