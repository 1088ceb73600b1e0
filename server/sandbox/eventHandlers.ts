// The sandbox's three event endpoints: list (own events, the linked calendars' holidays and the
// computed weekly rest days of a year, month or day), upsert and delete.
import * as z from 'zod/mini';
import type { CalEventItem, CalendarItem } from '../../src/core/apiContract';
import { addDays, compareDates, daysInclusive, isIsoDate, weekday } from '../../src/core/dates';
import { upsertRequestSchema } from '../../src/core/eventSchema';
import type { Locale } from '../../src/core/locale';
import { FIRST_YEAR, firstDay, formatMonth, lastDay } from '../../src/core/months';
import { fail, invalid, ok, randomId, type Handler } from './answers';
import { ALL_WEEKDAYS } from './calendarRules';
import { personalCalendar, PUBLIC_CALENDARS } from './calendarHandlers';
import { invalidParameter, notFound, sandboxFull } from './messages';
import { publicEvents } from './publicHolidays';
import { SAMPLE_ACCOUNT_ID, SAMPLE_PERSON_ID } from './sampleData';

/** The sandbox is in memory: an account holds at most this many own events (a busy real year has ~50). */
export const MAX_EVENTS = 2000;
const PUBLIC_EVENTS: Record<Locale, CalEventItem[]> = { en: publicEvents('en'), 'zh-CN': publicEvents('zh-CN') };

export const eventIdSchema = z.object({ cal_id: z.string().check(z.minLength(1)), event_id: z.string().check(z.minLength(1)) });
export const listSchema = z.object({
  cal_id: z.string().check(z.minLength(1)),
  year: z.optional(z.int().check(z.gte(FIRST_YEAR), z.lte(9999))),
  month: z.optional(z.int().check(z.gte(0), z.lte(12))),
  day: z.optional(z.int().check(z.gte(0), z.lte(31))),
});

export function eventHandlers(now: () => number, seconds: () => number): Record<'/calendar/event/list' | '/calendar/event/upsert' | '/calendar/event/delete', Handler> {
  return {
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
}

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
  if (month === 0) return { from: `${year}-01-01`, last: `${year}-12-31` };
  const m = { year, month };
  if (day === 0) return { from: firstDay(m), last: lastDay(m) };
  const date = `${formatMonth(m)}-${String(day).padStart(2, '0')}`;
  return isIsoDate(date) ? { from: date, last: date } : undefined;
}
