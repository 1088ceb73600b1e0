// The rules of /calendar/create and /calendar/update, as the contract states them: a name of 1 to
// 39 characters, a description of at most 499 (both counted in code points, as the server counts
// event texts), working days 0 (Sunday) to 6 (Saturday) each once, an IANA time zone, and links to
// public-holiday calendars only. Messages are keys of the sandbox's reasons (messages.ts).
import * as z from 'zod/mini';
import { hasForbiddenText, visibleText } from '../../src/core/eventSchema';
import { codePointLength } from '../../src/core/limits';
// The limits, the default zone and what a zone is: the same constants as the settings form's.
// (The contract: "limited to 5 calendars unless the Flashcat-Break-Cal-Limit header is set"; the
// sandbox does not read that header.)
import {
  CALENDAR_DESCRIPTION_MAX,
  CALENDAR_NAME_MAX,
  DEFAULT_TIME_ZONE as DEFAULT_TIMEZONE,
  isTimeZone,
  MAX_PERSONAL_CALENDARS,
} from '../../src/core/calendarSettingsSchema';

export { CALENDAR_DESCRIPTION_MAX, CALENDAR_NAME_MAX, DEFAULT_TIMEZONE, MAX_PERSONAL_CALENDARS };
// The contract gives no default for `workdays`; the console's new calendar is all working days
// (docs/DESIGN.md), and a calendar without workdays lists no weekly rest day.
export const ALL_WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

const reason = (message: string) => ({ message });

const name = z.string().check(
  z.trim(),
  z.refine((s) => codePointLength(s) >= 1 && codePointLength(s) <= CALENDAR_NAME_MAX, reason('calendarNameLength')),
  z.refine((s) => s === '' || visibleText(s), reason('summaryInvisible')),
  z.refine((s) => !hasForbiddenText(s, 'line'), reason('controlCharacters')),
);

const description = z.string().check(
  z.refine((s) => !hasForbiddenText(s, 'multiline'), reason('controlCharacters')),
  z.refine((s) => codePointLength(s) <= CALENDAR_DESCRIPTION_MAX, reason('calendarDescriptionTooLong')),
);

const timezone = z.string().check(z.refine(isTimeZone, reason('timeZoneInvalid')));
// An empty time zone is the default one (the contract: "Defaults to Asia/Shanghai when empty").
const timezoneOrEmpty = z.string().check(z.refine((s) => s === '' || isTimeZone(s), reason('timeZoneInvalid')));

const weekday = z.int().check(z.gte(0, reason('workdaysInvalid')), z.lte(6, reason('workdaysInvalid')));
const workdays = z.array(weekday).check(z.refine(unique, reason('workdaysInvalid')));

/**
 * The request schemas, given the ids of the calendars that may be linked. A field sent as null is
 * a field not sent: "only non-null fields are updated", the contract says of an update.
 */
export function calendarSchemas(linkable: readonly string[]) {
  const extraCalIds = z.array(z.string()).check(
    z.refine((ids) => ids.every((id) => linkable.includes(id)) && unique(ids), reason('publicCalendarUnknown')),
  );
  const optional = {
    description: z.nullish(description),
    team_id: z.nullish(z.int().check(z.gte(0))),
    workdays: z.nullish(workdays),
    extra_cal_ids: z.nullish(extraCalIds),
  };
  return {
    create: z.object({ cal_name: name, timezone: z.nullish(timezoneOrEmpty), ...optional }),
    // Only what is sent changes: `description: ""` clears it, `extra_cal_ids: []` unlinks them all.
    update: z.object({ cal_id: z.string().check(z.minLength(1)), cal_name: z.nullish(name), timezone: z.nullish(timezone), ...optional }),
  };
}

function unique(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}
