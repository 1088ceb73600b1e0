// The rules of /calendar/create and /calendar/update: the settings form's own field schemas
// (src/core/calendarSettingsSchema.ts), assembled into the two requests, with links to
// public-holiday calendars only. The form's message keys become the sandbox's reasons (messages.ts).
// (The contract: "limited to 5 calendars unless the Flashcat-Break-Cal-Limit header is set"; the
// sandbox does not read that header.)
import * as z from 'zod/mini';
import {
  calendarDescriptionSchema,
  calendarNameSchema,
  timeZoneSchema,
  workdaysSchema,
  type SettingsMessageKey,
} from '../../src/core/calendarSettingsSchema';
import { isTimeZone } from '../../src/core/timeZone';
import type { CalendarReason } from './messages';

// The contract gives no default for `workdays`; the console's new calendar is all working days
// (docs/DESIGN.md), and a calendar without workdays lists no weekly rest day.
export const ALL_WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/** The sandbox's reason for each of the settings schemas' messages. */
export const REASON_OF_SETTINGS_MESSAGE: Record<SettingsMessageKey | 'publicCalendarUnknown', CalendarReason | 'summaryInvisible' | 'controlCharacters'> = {
  nameRequired: 'calendarNameLength',
  nameTooLong: 'calendarNameLength',
  nameInvisible: 'summaryInvisible',
  controlCharacters: 'controlCharacters',
  descriptionTooLong: 'calendarDescriptionTooLong',
  timeZoneInvalid: 'timeZoneInvalid',
  workdaysInvalid: 'workdaysInvalid',
  publicCalendarUnknown: 'publicCalendarUnknown',
};

// An empty time zone is the default one (the contract: "Defaults to Asia/Shanghai when empty").
const timeZoneOrEmpty = z.string().check(z.refine((s) => s === '' || isTimeZone(s), { message: 'timeZoneInvalid' }));

/**
 * The request schemas, given the ids of the calendars that may be linked. A field sent as null is
 * a field not sent: "only non-null fields are updated", the contract says of an update.
 */
export function calendarSchemas(linkable: readonly string[]) {
  const extraCalIds = z.array(z.string()).check(
    z.refine((ids) => ids.every((id) => linkable.includes(id)) && new Set(ids).size === ids.length, { message: 'publicCalendarUnknown' }),
  );
  const optional = {
    description: z.nullish(calendarDescriptionSchema),
    team_id: z.nullish(z.int().check(z.gte(0))),
    workdays: z.nullish(workdaysSchema),
    extra_cal_ids: z.nullish(extraCalIds),
  };
  return {
    create: z.object({ cal_name: calendarNameSchema, timezone: z.nullish(timeZoneOrEmpty), ...optional }),
    // Only what is sent changes: `description: ""` clears it, `extra_cal_ids: []` unlinks them all.
    update: z.object({ cal_id: z.string().check(z.minLength(1)), cal_name: z.nullish(calendarNameSchema), timezone: z.nullish(timeZoneSchema), ...optional }),
  };
}
