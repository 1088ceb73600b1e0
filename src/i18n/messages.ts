// The page's and the event form's texts in both languages, and the validation messages of an event.
// Typed dictionaries (src/core/text.ts): a call's key and parameters are checked at compile time,
// and Chinese must have every key.
import type { ValidationMessageKey } from '../core/eventSchema';
import type { Texts } from '../core/text';

const en = {
  appTitle: 'Service calendar events',
  appIntro: 'Add days off and make-up working days to a service calendar: escalation rules and silence rules use it to tell working days from days off.',
  languageLabel: 'Language',

  formTitleNew: 'New event',
  formTitleEdit: 'Edit event',
  editingEvent: 'Event ID',
  newEvent: 'New event',

  calendar: 'Calendar',
  calendarPlaceholder: 'Choose a calendar',
  calendarLoading: 'Loading calendars…',
  calendarLoadFailed: 'The calendars could not be loaded.',
  calendarNone: 'This account has no personal calendars yet. Create one with “New calendar”.',
  calendarUnknown: 'The link names a calendar this account does not have ({id}). Check the link, or open the panel without it to choose a calendar.',
  retry: 'Retry',

  summary: 'Summary',
  summaryHint: 'For example: National Day holiday',
  description: 'Description',
  descriptionHint: 'Optional. Who asked for it, or why.',
  counter: '{count} / {max}',
  counterAnnounce: '{count} of {max} characters',

  dayOff: 'Day off',
  dayOffOn: 'These days are days off: rules treat them as non-working days.',
  dayOffOff: 'These days are working days: rules treat them as working days, even on a weekend or a holiday.',

  startDate: 'Start date',
  endDate: 'End date',
  endDateHint: 'The last day of the event, included.',
  datePlaceholder: 'YYYY-MM-DD',
  pickStartDate: 'Choose start date from a calendar',
  pickEndDate: 'Choose end date from a calendar',
  nextMonth: 'Next month',
  previousMonth: 'Previous month',
  nextYear: 'Next year',
  previousYear: 'Previous year',
  nextDecade: 'Next decade',
  previousDecade: 'Previous decade',
  monthLevelControl: 'Choose a month',
  yearLevelControl: 'Choose a year',
  rangeOneDay: '{first} · 1 day',
  rangeDays: '{first} – {last} · {count} days',

  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved “{summary}”.',
  savedTitle: 'Event saved',
  savedBody: '“{summary}” is saved in “{calendar}”.',

  errorSummaryTitle: 'The event was not saved',
  errorSummaryFields: 'Correct these fields:',
  fieldProblem: '{label}: {message}',
  valuesKept: 'Everything you entered is still here.',
  requestId: 'Request ID',
  requestIdLabel: 'Request ID:',
  createdUpdated: 'Created {created} · last changed {updated} ({zone})',
  copy: 'Copy',
  copyRequestId: 'Copy request ID',
  copied: 'Copied',
  dismiss: 'Dismiss',
  serverSaid: 'The server said: {message}',
  discardTitle: 'Discard unsaved changes?',
  keepEditing: 'Keep editing',
  discard: 'Discard changes',
  close: 'Close',
} as const;

const zhCN: Texts<typeof en>['zh-CN'] = {
  appTitle: '服务日历事件',
  appIntro: '为服务日历添加休息日或调休上班日，分派策略和静默规则据此判断某天是否为工作日。',
  languageLabel: '语言',

  formTitleNew: '新建事件',
  formTitleEdit: '编辑事件',
  editingEvent: '事件 ID',
  newEvent: '新建事件',

  calendar: '日历',
  calendarPlaceholder: '选择日历',
  calendarLoading: '正在加载日历…',
  calendarLoadFailed: '无法加载日历列表。',
  calendarNone: '此账户还没有个人日历，请点击“新建日历”创建。',
  calendarUnknown: '此账户没有链接中的日历（{id}）。请检查链接，或直接打开面板后选择日历。',
  retry: '重试',

  summary: '名称',
  summaryHint: '例如：国庆节假期',
  description: '描述',
  descriptionHint: '选填，例如申请人或调整原因。',
  counter: '{count} / {max}',
  counterAnnounce: '已输入 {count} 个字符，最多 {max} 个',

  dayOff: '休息日',
  dayOffOn: '所选日期为休息日，分派策略和静默规则按休息日处理。',
  dayOffOff: '所选日期为工作日，即使是周末或节假日也按工作日处理。',

  startDate: '开始日期',
  endDate: '结束日期',
  endDateHint: '事件的最后一天（含当天）。',
  datePlaceholder: 'YYYY-MM-DD',
  pickStartDate: '从日历中选择开始日期',
  pickEndDate: '从日历中选择结束日期',
  nextMonth: '下个月',
  previousMonth: '上个月',
  nextYear: '下一年',
  previousYear: '上一年',
  nextDecade: '下一个十年',
  previousDecade: '上一个十年',
  monthLevelControl: '选择月份',
  yearLevelControl: '选择年份',
  rangeOneDay: '{first}，共 1 天',
  rangeDays: '{first} 至 {last}，共 {count} 天',

  save: '保存',
  saving: '正在保存…',
  saved: '已保存“{summary}”。',
  savedTitle: '事件已保存',
  savedBody: '“{summary}”已保存到“{calendar}”。',

  errorSummaryTitle: '事件未保存',
  errorSummaryFields: '请修改以下字段：',
  fieldProblem: '{label}：{message}',
  valuesKept: '已填写的内容均已保留。',
  requestId: '请求 ID',
  requestIdLabel: '请求 ID：',
  createdUpdated: '创建于 {created} · 最后修改于 {updated}（{zone}）',
  copy: '复制',
  copyRequestId: '复制请求 ID',
  copied: '已复制',
  dismiss: '关闭',
  serverSaid: '服务器返回：{message}',
  discardTitle: '放弃未保存的修改？',
  keepEditing: '继续编辑',
  discard: '放弃修改',
  close: '关闭',
};

const validationEn = {
  calendarRequired: 'Choose a calendar.',
  summaryRequired: 'Enter a summary.',
  summaryTooLong: 'Use at most {max} characters for the summary (now {count}).',
  summaryInvisible: 'The summary has no visible characters. Enter a name schedulers can read.',
  controlCharacters: 'This text holds invisible control characters (a line break, NUL or a text-direction override). Remove them, or type the text again.',
  descriptionTooLong: 'Use at most {max} characters for the description (now {count}).',
  dateRequired: 'Enter a date as YYYY-MM-DD, or pick one.',
  dateInvalid: '“{value}” is not a date. Enter it as YYYY-MM-DD, for example 2026-10-01.',
  endBeforeStart: 'The end date cannot be before the start date.',
  eventIdTooLong: 'The event ID is longer than 63 characters.',
} as const satisfies Record<ValidationMessageKey, string>;

const validationZh: Texts<typeof validationEn>['zh-CN'] = {
  calendarRequired: '请选择日历。',
  summaryRequired: '请输入名称。',
  summaryTooLong: '最多 {max} 个字符（当前 {count} 个）。',
  summaryInvisible: '名称不能只有空格或不可见字符。',
  controlCharacters: '内容含有不可见的控制字符（换行、NUL 或文字方向控制符），请删除或重新输入。',
  descriptionTooLong: '最多 {max} 个字符（当前 {count} 个）。',
  dateRequired: '请按 YYYY-MM-DD 输入日期，或从日历中选择。',
  dateInvalid: '“{value}”不是有效日期。请按 YYYY-MM-DD 输入，例如 2026-10-01。',
  endBeforeStart: '结束日期不能早于开始日期。',
  eventIdTooLong: '事件 ID 超过 63 个字符。',
};

export const PAGE_TEXTS: Texts<typeof en> = { en, 'zh-CN': zhCN };
export type PageTexts = typeof en;

/** The messages of an event's validation (src/core/eventSchema.ts names them by key). */
export const VALIDATION_TEXTS: Texts<typeof validationEn> = { en: validationEn, 'zh-CN': validationZh };
