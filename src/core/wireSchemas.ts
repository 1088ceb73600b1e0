// What the panel needs of the records the API sends, checked where they arrive (src/api/client.ts):
// a record that does not hold it (a start of "2027-13-45", a summary of null, a created_at of 1e20,
// a time zone no browser knows) is left out and counted, not drawn: drawing it threw, and one such
// record unmounted the whole panel. Fields the panel does not read are not checked.
import * as z from 'zod/mini';
import type { CalendarItem, CalEventItem } from './apiContract';
import { isIsoDate } from './dates';
import { isKnownTimeZone } from './timeZone';

const isoDate = z.string().check(z.refine(isIsoDate));
// Unix seconds, 0 (the computed rest days) up to the year 5138: what a date formatter can show.
const timestamp = z.optional(z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 0 && n < 1e11)));
const text = z.optional(z.nullable(z.string()));

export const wireEventSchema = z.object({
  cal_id: z.string().check(z.minLength(1)),
  event_id: z.string().check(z.minLength(1)),
  summary: text,
  description: text,
  start_at: isoDate,
  end_at: isoDate,
  is_off: z.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const wireCalendarSchema = z.object({
  cal_id: z.string().check(z.minLength(1)),
  cal_name: text,
  description: text,
  timezone: z.optional(z.string().check(z.refine(isKnownTimeZone))),
  kind: z.string(),
  workdays: z.optional(z.nullable(z.array(z.int().check(z.gte(0), z.lte(6))))),
  extra_cal_ids: z.optional(z.nullable(z.array(z.string()))),
  created_at: timestamp,
  updated_at: timestamp,
});

/** An event as the panel reads it: its texts and timestamps present (empty, 0) when the record left them out. */
export function readEvent(value: unknown): CalEventItem | undefined {
  const parsed = z.safeParse(wireEventSchema, value);
  if (!parsed.success) return undefined;
  const e = value as CalEventItem;
  return { ...e, summary: e.summary ?? '', description: e.description ?? '', created_at: e.created_at ?? 0, updated_at: e.updated_at ?? 0 };
}

/** The fields of a calendar record that the panel cannot read (none when it can). */
export function unreadableCalendarFields(value: unknown): string[] {
  const parsed = z.safeParse(wireCalendarSchema, value);
  if (parsed.success) return [];
  const fields = parsed.error.issues.map((issue) => (issue.path.length > 0 ? String(issue.path[0]) : '(record)'));
  return [...new Set(fields)];
}

/** A calendar as the panel reads it (see readEvent). */
export function readCalendar(value: unknown): CalendarItem | undefined {
  const parsed = z.safeParse(wireCalendarSchema, value);
  if (!parsed.success) return undefined;
  const c = value as CalendarItem;
  return {
    ...c,
    cal_name: c.cal_name ?? '',
    description: c.description ?? '',
    workdays: c.workdays ?? undefined,
    extra_cal_ids: c.extra_cal_ids ?? undefined,
    created_at: c.created_at ?? 0,
    updated_at: c.updated_at ?? 0,
  };
}
