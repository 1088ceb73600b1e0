// The rules of a calendar's settings, in one place: the settings form validates with
// `calendarSettingsSchema`, and the sandbox re-validates create and update requests with the same
// field schemas (server/sandbox/calendarRules.ts). Messages are keys the interface translates (calendarText.ts).
import * as z from 'zod/mini';
import type { CalendarCreateRequest, CalendarItem, CalendarUpdateRequest } from './apiContract';
import { codePointLength } from './limits';
import { hasForbiddenText, visibleText } from './eventSchema';
import { DEFAULT_TIME_ZONE, isTimeZone } from './timeZone';

/** Flashduty's limits for a calendar (the contract: name below 40, description below 500). */
export const CALENDAR_NAME_MAX = 39;
export const CALENDAR_DESCRIPTION_MAX = 499;
/** Personal calendars an account may hold. */
export const MAX_PERSONAL_CALENDARS = 5;

export type SettingsMessageKey =
  | 'nameRequired'
  | 'nameTooLong'
  | 'nameInvisible'
  | 'controlCharacters'
  | 'descriptionTooLong'
  | 'timeZoneInvalid'
  | 'workdaysInvalid';

const message = (key: SettingsMessageKey) => ({ message: key });

export const calendarNameSchema = z.string(message('nameRequired')).check(
  z.trim(),
  z.refine((s) => s.length > 0, message('nameRequired')),
  z.refine((s) => s === '' || visibleText(s), message('nameInvisible')),
  z.refine((s) => !hasForbiddenText(s, 'line'), message('controlCharacters')),
  z.refine((s) => codePointLength(s) <= CALENDAR_NAME_MAX, message('nameTooLong')),
);

export const calendarDescriptionSchema = z.string().check(
  z.refine((s) => !hasForbiddenText(s, 'multiline'), message('controlCharacters')),
  z.refine((s) => codePointLength(s) <= CALENDAR_DESCRIPTION_MAX, message('descriptionTooLong')),
);

export const timeZoneSchema = z.string().check(z.refine(isTimeZone, message('timeZoneInvalid')));

/** Weekdays, 0 = Sunday … 6 = Saturday, each at most once. */
export const workdaysSchema = z
  .array(z.int().check(z.gte(0, message('workdaysInvalid')), z.lte(6, message('workdaysInvalid'))))
  .check(z.refine((days) => new Set(days).size === days.length, message('workdaysInvalid')));

/** What the settings form holds. */
export const calendarSettingsSchema = z.object({
  cal_name: calendarNameSchema,
  description: calendarDescriptionSchema,
  timezone: timeZoneSchema,
  workdays: workdaysSchema,
  extra_cal_ids: z.array(z.string()),
});

export type CalendarSettings = z.output<typeof calendarSettingsSchema>;
export type CalendarSettingsField = keyof CalendarSettings;
/** The settings, in the form's order. */
export const SETTINGS_FIELDS: readonly CalendarSettingsField[] = ['cal_name', 'description', 'timezone', 'workdays', 'extra_cal_ids'];

/** A new calendar's starting values: Monday to Friday, in the scheduler's own time zone. */
export function newCalendarSettings(browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): CalendarSettings {
  return {
    cal_name: '',
    description: '',
    timezone: isTimeZone(browserTimeZone) ? browserTimeZone : DEFAULT_TIME_ZONE,
    workdays: [1, 2, 3, 4, 5],
    extra_cal_ids: [],
  };
}

/** A calendar's settings as the form shows them. */
export function settingsOf(calendar: CalendarItem): CalendarSettings {
  return {
    cal_name: calendar.cal_name,
    description: calendar.description ?? '',
    timezone: calendar.timezone || DEFAULT_TIME_ZONE,
    workdays: [...(calendar.workdays ?? [])].sort(),
    extra_cal_ids: [...(calendar.extra_cal_ids ?? [])],
  };
}

export function toCreateRequest(values: CalendarSettings): CalendarCreateRequest {
  return {
    cal_name: values.cal_name,
    description: values.description,
    timezone: values.timezone,
    workdays: sortedDays(values.workdays),
    extra_cal_ids: values.extra_cal_ids,
  };
}

/**
 * The update for what changed, and only that: the API changes the fields it is sent, so a field
 * someone else changed meanwhile stays theirs. Undefined when nothing changed.
 */
export function toUpdateRequest(calId: string, before: CalendarSettings, after: CalendarSettings): CalendarUpdateRequest | undefined {
  const request: CalendarUpdateRequest = { cal_id: calId };
  if (after.cal_name !== before.cal_name) request.cal_name = after.cal_name;
  if (after.description !== before.description) request.description = after.description;
  if (after.timezone !== before.timezone) request.timezone = after.timezone;
  if (!sameSet(after.workdays, before.workdays)) request.workdays = sortedDays(after.workdays);
  if (!sameSet(after.extra_cal_ids, before.extra_cal_ids)) request.extra_cal_ids = after.extra_cal_ids;
  return Object.keys(request).length > 1 ? request : undefined;
}

/**
 * The update that makes a calendar found for a create (one whose answer was lost) hold what the
 * create asks for, when the form was changed since the lost one was sent: its name is kept (it was
 * found by it), a field the create leaves out stays as it is. Undefined when it holds it already.
 */
export function toMatchCreate(found: CalendarItem, request: CalendarCreateRequest): CalendarUpdateRequest | undefined {
  const before = settingsOf(found);
  return toUpdateRequest(found.cal_id, before, {
    cal_name: before.cal_name,
    description: request.description ?? before.description,
    timezone: request.timezone || DEFAULT_TIME_ZONE,
    workdays: request.workdays ?? before.workdays,
    extra_cal_ids: request.extra_cal_ids ?? before.extra_cal_ids,
  });
}

/** The settings an update changes, in the form's order. */
export const fieldsOf = (request: CalendarUpdateRequest): CalendarSettingsField[] => SETTINGS_FIELDS.filter((field) => request[field] !== undefined);

const sortedDays = (days: readonly number[]) => [...days].sort((a, b) => a - b);
/** The same members, in any order (working days, linked calendars). */
export const sameSet = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x));
