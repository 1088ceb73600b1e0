// The sandbox's five calendar endpoints: list, info, create, update, delete, as the contract states them.
import * as z from 'zod/mini';
import type { CalendarItem } from '../../src/core/apiContract';
import { MAX_PERSONAL_CALENDARS } from '../../src/core/calendarSettingsSchema';
import { DEFAULT_TIME_ZONE } from '../../src/core/timeZone';
import type { Locale } from '../../src/core/locale';
import type { Account } from './accounts';
import { fail, invalid, ok, randomId, type ApiResult, type Handler } from './answers';
import { ALL_WEEKDAYS, calendarSchemas } from './calendarRules';
import { calendarInUse, calendarLimitReached, notFound, publicCalendarReadOnly } from './messages';
import { publicCalendars } from './publicHolidays';
import { CALENDARS_IN_USE, SAMPLE_ACCOUNT_ID, SAMPLE_PERSON_ID } from './sampleData';

export const PUBLIC_CALENDARS = publicCalendars();
const CALENDAR_SCHEMAS = calendarSchemas(PUBLIC_CALENDARS.map((c) => c.cal_id));
export const calIdSchema = z.object({ cal_id: z.string().check(z.minLength(1)) });

/** One of the account's calendars that is not deleted. */
export function personalCalendar(a: Account, calId: string) {
  const c = a.calendars.get(calId);
  return c && c.status === 'enabled' ? c : undefined;
}
const publicCalendar = (calId: string) => PUBLIC_CALENDARS.find((p) => p.cal_id === calId);
const personalCount = (a: Account) => [...a.calendars.values()].filter((c) => c.status === 'enabled').length;
// What an update or a delete of a calendar that is not one of the account's answers. A public one
// is the same for every account; Flashduty's answer is not documented: BadRequest, saying why,
// rather than "does not exist" for a calendar that /calendar/info shows.
const notPersonal = (calId: string, locale: Locale): ApiResult =>
  publicCalendar(calId) ? fail('BadRequest', publicCalendarReadOnly(calId, locale)) : fail('ResourceNotFound', notFound('calendar', calId, locale));

export function calendarHandlers(seconds: () => number): Record<'/calendar/list' | '/calendar/info' | '/calendar/create' | '/calendar/update' | '/calendar/delete', Handler> {
  return {
    '/calendar/list': (a, body) => {
      const kind = body && typeof body === 'object' && 'kind' in body ? (body as { kind?: unknown }).kind : undefined;
      const items =
        kind === 'region.official.holiday' ? PUBLIC_CALENDARS
        : [...a.calendars.values()].filter((c) => c.status === 'enabled');
      return ok({ items, total: items.length });
    },
    '/calendar/info': (a, body, locale) => {
      const parsed = z.safeParse(calIdSchema, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale, { calendar: true });
      const c = personalCalendar(a, parsed.data.cal_id) ?? publicCalendar(parsed.data.cal_id);
      return c ? ok(c) : fail('ResourceNotFound', notFound('calendar', parsed.data.cal_id, locale));
    },
    '/calendar/create': (a, body, locale) => {
      const parsed = z.safeParse(CALENDAR_SCHEMAS.create, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale, { calendar: true });
      // Flashduty's code for the limit is not documented: BadRequest, with a message that says what to do.
      if (personalCount(a) >= MAX_PERSONAL_CALENDARS) return fail('BadRequest', calendarLimitReached(locale));
      const t = seconds();
      const c: CalendarItem = {
        account_id: SAMPLE_ACCOUNT_ID,
        team_id: parsed.data.team_id ?? 0,
        cal_id: `cal.${randomId()}`,
        cal_name: parsed.data.cal_name,
        description: parsed.data.description ?? '',
        timezone: parsed.data.timezone || DEFAULT_TIME_ZONE,
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
      if (!parsed.success) return invalid(parsed.error.issues, body, locale, { calendar: true });
      const c = personalCalendar(a, parsed.data.cal_id);
      if (!c) return notPersonal(parsed.data.cal_id, locale);
      // Only the fields sent change; one sent as null counts as not sent.
      const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== null));
      a.calendars.set(c.cal_id, { ...c, ...changes, updated_at: seconds(), updated_by: SAMPLE_PERSON_ID });
      return ok({});
    },
    '/calendar/delete': (a, body, locale) => {
      const parsed = z.safeParse(calIdSchema, body);
      if (!parsed.success) return invalid(parsed.error.issues, body, locale, { calendar: true });
      const c = personalCalendar(a, parsed.data.cal_id);
      if (!c) return notPersonal(parsed.data.cal_id, locale);
      if (CALENDARS_IN_USE.has(c.cal_id)) return fail('ReferenceExist', calendarInUse(c.cal_id, locale));
      // Gone with its events: nothing of a deleted calendar stays in memory.
      a.calendars.delete(c.cal_id);
      for (const e of a.events.values()) if (e.cal_id === c.cal_id) a.events.delete(e.event_id);
      return ok({});
    },
  };
}
