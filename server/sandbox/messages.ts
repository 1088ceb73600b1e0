// The sandbox's own error messages (which field, why), localised by Accept-Language as the real API's are.
import type { ValidationMessageKey } from '../../src/core/eventSchema';
import { DESCRIPTION_MAX, EVENT_ID_MAX, SUMMARY_MAX } from '../../src/core/limits';
import type { Locale } from '../../src/core/locale';
import { CALENDAR_DESCRIPTION_MAX, CALENDAR_NAME_MAX, MAX_PERSONAL_CALENDARS } from './calendarRules';

/** Why a calendar's field is refused (calendarRules.ts). */
type CalendarReason = 'calendarNameLength' | 'calendarDescriptionTooLong' | 'workdaysInvalid' | 'timeZoneInvalid' | 'publicCalendarUnknown';

const REASONS: Record<Locale, Record<ValidationMessageKey | CalendarReason | 'required' | 'type' | 'range' | 'empty', string>> = {
  en: {
    calendarRequired: 'it is required',
    summaryRequired: 'it is required',
    summaryTooLong: `it must be 1 to ${SUMMARY_MAX} characters long`,
    summaryInvisible: 'it has no visible characters',
    controlCharacters: 'it contains control characters',
    descriptionTooLong: `it must be at most ${DESCRIPTION_MAX} characters long`,
    dateRequired: 'it is required',
    dateInvalid: 'it must be a date in YYYY-MM-DD format',
    endBeforeStart: 'it must be after start_at',
    eventIdTooLong: `it must be at most ${EVENT_ID_MAX} characters long`,
    calendarNameLength: `it must be 1 to ${CALENDAR_NAME_MAX} characters long`,
    calendarDescriptionTooLong: `it must be at most ${CALENDAR_DESCRIPTION_MAX} characters long`,
    workdaysInvalid: 'it must list days from 0 (Sunday) to 6 (Saturday), each once',
    timeZoneInvalid: 'it must be an IANA time zone, such as Asia/Shanghai',
    publicCalendarUnknown: 'it must list public-holiday calendars (kind region.official.holiday), each once',
    required: 'it is required',
    type: 'it has the wrong type',
    range: 'it is out of range',
    empty: 'it must not be empty',
  },
  'zh-CN': {
    calendarRequired: '不能为空',
    summaryRequired: '不能为空',
    summaryTooLong: `长度必须为 1 到 ${SUMMARY_MAX} 个字符`,
    summaryInvisible: '没有可见字符',
    controlCharacters: '含有控制字符',
    descriptionTooLong: `长度不能超过 ${DESCRIPTION_MAX} 个字符`,
    dateRequired: '不能为空',
    dateInvalid: '必须是 YYYY-MM-DD 格式的日期',
    endBeforeStart: '必须晚于 start_at',
    eventIdTooLong: `长度不能超过 ${EVENT_ID_MAX} 个字符`,
    calendarNameLength: `长度必须为 1 到 ${CALENDAR_NAME_MAX} 个字符`,
    calendarDescriptionTooLong: `长度不能超过 ${CALENDAR_DESCRIPTION_MAX} 个字符`,
    workdaysInvalid: '只能包含 0（周日）到 6（周六），且每天只能出现一次',
    timeZoneInvalid: '必须是 IANA 时区，例如 Asia/Shanghai',
    publicCalendarUnknown: '只能包含公共节假日日历（kind 为 region.official.holiday），且每个只能出现一次',
    required: '不能为空',
    type: '类型错误',
    range: '超出范围',
    empty: '不能为空字符串',
  },
};

export type Reason = keyof (typeof REASONS)['en'];

export function isReason(text: string): text is Reason {
  return Object.hasOwn(REASONS.en, text);
}

/** "The specified parameter summary is not valid: …", as the API names the failing field. */
export function invalidParameter(field: string, reason: Reason, locale: Locale): string {
  const text = REASONS[locale][reason];
  return locale === 'zh-CN' ? `参数 ${field} 无效：${text}。` : `The specified parameter ${field} is not valid: ${text}.`;
}

export function notFound(kind: 'calendar' | 'event', id: string, locale: Locale): string {
  if (locale === 'zh-CN') return `${kind === 'calendar' ? '日历' : '事件'} ${id} 不存在。`;
  return `The ${kind} ${id} does not exist.`;
}

/** The account already has the most personal calendars it may have. */
export function calendarLimitReached(locale: Locale): string {
  if (locale === 'zh-CN') return `每个账户最多只能有 ${MAX_PERSONAL_CALENDARS} 个个人日历，请先删除一个再创建。`;
  return `An account has at most ${MAX_PERSONAL_CALENDARS} personal calendars. Delete one first, then create the new one.`;
}

/** A calendar that escalation or silence rules still use cannot be deleted. */
export function calendarInUse(id: string, locale: Locale): string {
  if (locale === 'zh-CN') return `日历 ${id} 仍被分派策略或静默规则引用，请先在这些规则中移除它，再删除。`;
  return `The calendar ${id} is still used by escalation or silence rules. Remove it from those rules first, then delete it.`;
}

/** A public-holiday calendar is the same for every account: it can be linked, never changed. */
export function publicCalendarReadOnly(id: string, locale: Locale): string {
  if (locale === 'zh-CN') return `日历 ${id} 是公共节假日日历，不能修改或删除，只能被个人日历关联。`;
  return `The calendar ${id} is a public-holiday calendar: it cannot be changed or deleted, only linked from a personal calendar.`;
}
