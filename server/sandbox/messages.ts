// The sandbox's own error messages (which field, why), localised by Accept-Language as the real API's are.
import type { ValidationMessageKey } from '../../src/core/eventSchema';
import { DESCRIPTION_MAX, EVENT_ID_MAX, SUMMARY_MAX } from '../../src/core/limits';
import type { Locale } from '../../src/core/locale';
import { defineTexts, textsFor, type Texts } from '../../src/core/text';
import { CALENDAR_DESCRIPTION_MAX, CALENDAR_NAME_MAX, MAX_PERSONAL_CALENDARS } from '../../src/core/calendarSettingsSchema';

/** Why a calendar's field is refused (calendarRules.ts). */
export type CalendarReason = 'calendarNameLength' | 'calendarDescriptionTooLong' | 'workdaysInvalid' | 'timeZoneInvalid' | 'publicCalendarUnknown';

const reasonsEn = {
  calendarRequired: 'it is required',
  summaryRequired: 'it is required',
  summaryTooLong: 'it must be 1 to {max} characters long',
  summaryInvisible: 'it has no visible characters',
  controlCharacters: 'it contains control characters',
  descriptionTooLong: 'it must be at most {max} characters long',
  dateRequired: 'it is required',
  dateInvalid: 'it must be a date in YYYY-MM-DD format',
  endBeforeStart: 'it must be after start_at',
  eventIdTooLong: 'it must be at most {max} characters long',
  calendarNameLength: 'it must be 1 to {max} characters long',
  calendarDescriptionTooLong: 'it must be at most {max} characters long',
  workdaysInvalid: 'it must list days from 0 (Sunday) to 6 (Saturday), each once',
  timeZoneInvalid: 'it must be an IANA time zone, such as Asia/Shanghai',
  publicCalendarUnknown: 'it must list public-holiday calendars (kind region.official.holiday), each once',
  required: 'it is required',
  type: 'it has the wrong type',
  range: 'it is out of range',
  empty: 'it must not be empty',
} as const satisfies Record<ValidationMessageKey | CalendarReason | 'required' | 'type' | 'range' | 'empty', string>;

const reasonsZh: Texts<typeof reasonsEn>['zh-CN'] = {
  calendarRequired: '不能为空',
  summaryRequired: '不能为空',
  summaryTooLong: '长度必须为 1 到 {max} 个字符',
  summaryInvisible: '没有可见字符',
  controlCharacters: '含有控制字符',
  descriptionTooLong: '长度不能超过 {max} 个字符',
  dateRequired: '不能为空',
  dateInvalid: '必须是 YYYY-MM-DD 格式的日期',
  endBeforeStart: '必须晚于 start_at',
  eventIdTooLong: '长度不能超过 {max} 个字符',
  calendarNameLength: '长度必须为 1 到 {max} 个字符',
  calendarDescriptionTooLong: '长度不能超过 {max} 个字符',
  workdaysInvalid: '只能包含 0（周日）到 6（周六），且每天只能出现一次',
  timeZoneInvalid: '必须是 IANA 时区，例如 Asia/Shanghai',
  publicCalendarUnknown: '只能包含节假日日历（kind 为 region.official.holiday），且每个只能出现一次',
  required: '不能为空',
  type: '类型错误',
  range: '超出范围',
  empty: '不能为空字符串',
};

export const SANDBOX_REASONS = defineTexts('sandbox reason', reasonsEn, reasonsZh);

export type Reason = keyof typeof reasonsEn;

export function isReason(text: string): text is Reason {
  return Object.hasOwn(reasonsEn, text);
}

/** The length limit a reason names, if any. */
const LIMITS: Partial<Record<Reason, number>> = {
  summaryTooLong: SUMMARY_MAX,
  descriptionTooLong: DESCRIPTION_MAX,
  eventIdTooLong: EVENT_ID_MAX,
  calendarNameLength: CALENDAR_NAME_MAX,
  calendarDescriptionTooLong: CALENDAR_DESCRIPTION_MAX,
};

const messagesEn = {
  invalidParameter: 'The specified parameter {field} is not valid: {reason}.',
  calendarNotFound: 'The calendar {id} does not exist.',
  eventNotFound: 'The event {id} does not exist.',
  calendarLimitReached: 'An account has at most {max} personal calendars. Delete one first, then create the new one.',
  calendarInUse: 'The calendar {id} is still used by escalation or silence rules. Remove it from those rules first, then delete it.',
  publicCalendarReadOnly: 'The calendar {id} is a public-holiday calendar: it cannot be changed or deleted, only linked from a personal calendar.',
  sandboxFull: 'The sandbox keeps at most {max} events an account; delete some first.',
} as const;

const messagesZh: Texts<typeof messagesEn>['zh-CN'] = {
  invalidParameter: '参数 {field} 无效：{reason}。',
  calendarNotFound: '日历 {id} 不存在。',
  eventNotFound: '事件 {id} 不存在。',
  calendarLimitReached: '每个账户最多只能有 {max} 个个人日历，请先删除一个再创建。',
  calendarInUse: '日历 {id} 仍被分派策略或静默规则引用，请先解除引用再删除。',
  publicCalendarReadOnly: '日历 {id} 是节假日日历，不能修改或删除，只能被个人日历关联。',
  sandboxFull: '沙盒账户最多保存 {max} 个事件，请先删除一些。',
};

/** The sandbox's own messages (the envelope's `message` when it says more than the code's default). */
export const SANDBOX_MESSAGES = defineTexts('sandbox message', messagesEn, messagesZh);

/** "The specified parameter summary is not valid: …", as the API names the failing field. */
export function invalidParameter(field: string, reason: Reason, locale: Locale): string {
  const why = textsFor(SANDBOX_REASONS, locale)(reason, { max: LIMITS[reason] ?? '' });
  return textsFor(SANDBOX_MESSAGES, locale)('invalidParameter', { field, reason: why });
}

export function notFound(kind: 'calendar' | 'event', id: string, locale: Locale): string {
  return textsFor(SANDBOX_MESSAGES, locale)(kind === 'calendar' ? 'calendarNotFound' : 'eventNotFound', { id });
}

/** The account already has the most personal calendars it may have. */
export function calendarLimitReached(locale: Locale): string {
  return textsFor(SANDBOX_MESSAGES, locale)('calendarLimitReached', { max: MAX_PERSONAL_CALENDARS });
}

/** A calendar that escalation or silence rules still use cannot be deleted. */
export function calendarInUse(id: string, locale: Locale): string {
  return textsFor(SANDBOX_MESSAGES, locale)('calendarInUse', { id });
}

/** A public-holiday calendar is the same for every account: it can be linked, never changed. */
export function publicCalendarReadOnly(id: string, locale: Locale): string {
  return textsFor(SANDBOX_MESSAGES, locale)('publicCalendarReadOnly', { id });
}

/** The sandbox keeps a bounded number of events an account. */
export function sandboxFull(max: number, locale: Locale): string {
  return textsFor(SANDBOX_MESSAGES, locale)('sandboxFull', { max });
}
