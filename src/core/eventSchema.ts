// The rules of a calendar event, in one place: the form and an import's rows validate with
// `eventFormSchema`, and the sandbox API re-validates every request with `upsertRequestSchema`.
// Messages are keys of `ValidationMessageKey` (and the form's own `FormMessageKey`); the interface and
// the sandbox translate them.
import * as z from 'zod/mini';
import type { CalEventUpsertRequest } from './apiContract';
import { compareDates, isIsoDate, toExclusiveEnd } from './dates';
import { DESCRIPTION_MAX, EVENT_ID_MAX, SUMMARY_MAX, codePointLength } from './limits';
import { FIRST_YEAR } from './months';

export type ValidationMessageKey =
  | 'calendarRequired'
  | 'summaryRequired'
  | 'summaryTooLong'
  | 'summaryInvisible'
  | 'controlCharacters'
  | 'descriptionTooLong'
  | 'dateRequired'
  | 'dateInvalid'
  | 'endBeforeStart'
  | 'eventIdTooLong';

/** The form's messages: the event's, and a first day before the years the panel shows. */
export type FormMessageKey = ValidationMessageKey | 'dateBeforeFirstYear';

const message = (key: FormMessageKey) => ({ message: key });

// Text that would mislead whoever reads the event: control characters (NUL, line breaks in a
// one-line summary) and the bidirectional overrides and isolates that reorder what is shown
// (U+202A–U+202E, U+2066–U+2069: "Trojan Source" text). A description may hold line breaks and tabs.
// Line and paragraph separators (U+2028, U+2029) break a one-line text as a line feed does; a lone
// surrogate is no character at all. Marks a right-to-left script needs (U+200E, U+200F, U+061C) and the
// tag characters of flag emoji stay allowed.
const LINE_FORBIDDEN = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MULTILINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cs}\u202A-\u202E\u2066-\u2069]/u;
// Something a reader can see: a letter, digit, punctuation mark or symbol (emoji included). A
// summary of zero-width spaces or other format characters only is as good as empty.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
// Letters and symbols that draw nothing: the default-ignorable ones (the Hangul fillers U+115F, U+1160,
// U+3164, U+FFA0 among them) and the braille blank (U+2800).
const DRAWS_NOTHING = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** Whether a text holds characters that mislead a reader: in one line, or in a text of several lines. */
export const hasForbiddenText = (text: string, kind: 'line' | 'multiline') => (kind === 'line' ? LINE_FORBIDDEN : MULTILINE_FORBIDDEN).test(text);
/** Whether a text has at least one character a reader can see. */
export const visibleText = (text: string) => VISIBLE.test(withoutInvisible(text));
/** A text without the characters that draw nothing (zero-width space, soft hyphen, word joiner, BOM, fillers). */
export const withoutInvisible = (text: string) => text.replace(DRAWS_NOTHING, '');

const summary = z.string(message('summaryRequired')).check(
  z.trim(),
  z.refine((s) => codePointLength(s) >= 1, message('summaryRequired')),
  z.refine((s) => s === '' || visibleText(s), message('summaryInvisible')),
  z.refine((s) => !hasForbiddenText(s, 'line'), message('controlCharacters')),
  z.refine((s) => codePointLength(s) <= SUMMARY_MAX, message('summaryTooLong')),
);

const description = z
  .string()
  .check(
    z.refine((s) => !hasForbiddenText(s, 'multiline'), message('controlCharacters')),
    z.refine((s) => codePointLength(s) <= DESCRIPTION_MAX, message('descriptionTooLong')),
  );

const date = z.string(message('dateRequired')).check(
  z.trim(),
  z.minLength(1, message('dateRequired')),
  z.refine((s) => s === '' || isIsoDate(s), message('dateInvalid')),
);

const eventShape = { cal_id: z.string().check(z.minLength(1, message('calendarRequired'))), summary, description, is_off: z.boolean(), start_date: date, last_date: date };
const endNotBeforeStart = z.refine<{ start_date: string; last_date: string }>(
  (v) => !isIsoDate(v.start_date) || !isIsoDate(v.last_date) || compareDates(v.last_date, v.start_date) >= 0,
  { ...message('endBeforeStart'), path: ['last_date'] },
);

/** The first day the panel can show again: the API lists events from FIRST_YEAR on. */
const FIRST_DATE = `${FIRST_YEAR}-01-01`;

/** How many years after this year a date may lie before the form asks whether its year is right (2206 for 2026). */
export const FAR_YEARS = 10;

/** The event's last day when its year is more than FAR_YEARS after `thisYear` (a typo, most likely). */
export const farLastDay = (lastDate: string, thisYear: number): string | undefined =>
  isIsoDate(lastDate) && Number(lastDate.slice(0, 4)) > thisYear + FAR_YEARS ? lastDate : undefined;

/**
 * What the scheduler fills in (`last_date` is the event's last day, inclusive), and what an import
 * reads: the event's rules, and a first day of FIRST_YEAR or later. An event that starts earlier
 * (1026 typed for 2026) would be saved, then never listed: neither shown nor deleted. The API does
 * not refuse one, so the sandbox's `upsertRequestSchema` does not either.
 */
export const eventFormSchema = z
  .object({
    ...eventShape,
    start_date: date.check(z.refine((s) => !isIsoDate(s) || compareDates(s, FIRST_DATE) >= 0, message('dateBeforeFirstYear'))),
  })
  .check(endNotBeforeStart);

export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormValues = z.output<typeof eventFormSchema>;
export type EventFormField = keyof EventFormInput;

export const emptyEventForm = (calId = ''): EventFormInput => ({
  cal_id: calId,
  summary: '',
  description: '',
  is_off: true,
  start_date: '',
  last_date: '',
});

/** The upsert request for validated form values: exactly the contract's fields. */
export function toUpsertRequest(values: EventFormValues, eventId?: string): CalEventUpsertRequest {
  return {
    cal_id: values.cal_id,
    ...(eventId ? { event_id: eventId } : {}),
    summary: values.summary,
    description: values.description,
    is_off: values.is_off,
    start_at: values.start_date,
    end_at: toExclusiveEnd(values.last_date),
  };
}

const wireDate = z.string(message('dateRequired')).check(z.refine(isIsoDate, message('dateInvalid')));

/** The upsert request as a server validates it (the sandbox uses it; `end_at` is exclusive). */
export const upsertRequestSchema = z
  .object({
    cal_id: z.string(message('calendarRequired')).check(z.minLength(1, message('calendarRequired'))),
    // Present means "update this event": an empty one names no event.
    event_id: z.optional(z.string().check(z.minLength(1), z.maxLength(EVENT_ID_MAX, message('eventIdTooLong')))),
    summary,
    description: z.optional(description),
    is_off: z.boolean(),
    start_at: wireDate,
    end_at: wireDate,
  })
  .check(
    z.refine((v) => compareDates(v.end_at, v.start_at) > 0, { ...message('endBeforeStart'), path: ['end_at'] }),
  );

/** Wire field → form field, for server errors that name a field. */
export const FORM_FIELD_OF_WIRE_FIELD: Partial<Record<keyof CalEventUpsertRequest, EventFormField>> = {
  cal_id: 'cal_id',
  summary: 'summary',
  description: 'description',
  is_off: 'is_off',
  start_at: 'start_date',
  end_at: 'last_date',
};
