// What each failure means to a scheduler, and what they can do about it, in both languages.
import type { ApiFailure } from '../api/errors';
import type { ErrorCode } from '../core/apiContract';
import { isKnownErrorCode } from '../core/apiContract';
import type { Locale } from '../core/locale';
import { defineTexts, textsFor, type Template, type Texts } from '../core/text';

export interface ErrorText {
  /** What happened. */
  what: string;
  /** What the scheduler can do. */
  todo: string;
}

/** The failures that are not one of the reference's codes. */
type OtherFailure = 'unknown' | 'network' | 'timeout' | 'badResponse' | 'unreadable' | 'bug';

/** A read's own advice (nothing was being saved): load again, after a wait, or once the network is back. */
type ReadAdvice = 'retry' | 'wait' | 'network';

/**
 * The failures whose advice is to save again, and what a read that failed that way says instead. The
 * others' advice (ask for a permission, reload the page, the record reads the same) fits a read too.
 */
const READ_ADVICE: Partial<Record<ErrorCode | OtherFailure, ReadAdvice>> = {
  OK: 'retry',
  InvalidParameter: 'retry',
  BadRequest: 'retry',
  InternalError: 'retry',
  unknown: 'retry',
  timeout: 'retry',
  badResponse: 'retry',
  EntityTooLarge: 'retry',
  ServiceUnavailable: 'wait',
  RequestTooFrequently: 'wait',
  RequestLocked: 'wait',
  network: 'network',
};

const en = {
  'OK.what': 'The server answered with a reserved code instead of a result.',
  'OK.todo': 'Save again; if it keeps happening, contact support with the request ID.',
  'InvalidParameter.what': 'The server did not accept one of the values.',
  'InvalidParameter.todo': 'Correct the value and save again.',
  'BadRequest.what': 'The server could not process the request.',
  'BadRequest.todo': 'Check the values and save again; if it keeps happening, contact support with the request ID.',
  'InvalidContentType.what': 'The request reached the server in a format it does not accept.',
  'InvalidContentType.todo': 'This is a fault of the panel, not of your input: contact support with the request ID.',
  'ResourceNotFound.what': 'The calendar or the event no longer exists.',
  'ResourceNotFound.todo': 'It may have been deleted. Reload the page and choose the calendar again.',
  'NoLicense.what': 'The Flashduty account has no licence for service calendars.',
  'NoLicense.todo': 'Ask your account administrator to activate a licence.',
  'ReferenceExist.what': 'Other rules still use it, so it cannot be removed.',
  'ReferenceExist.todo': 'Remove it from those rules first, then try again.',
  'Unauthorized.what': 'The panel’s server could not sign in to Flashduty: its app key is wrong or has expired.',
  'Unauthorized.todo': 'Ask an administrator to renew the app key on the server.',
  'BalanceNotEnough.what': 'The Flashduty account’s balance is too low for this operation.',
  'BalanceNotEnough.todo': 'Ask your account administrator to top up the account.',
  'AccessDenied.what': 'You do not have permission to change service calendars.',
  'AccessDenied.todo': 'Ask an administrator for the Calendars Manage permission.',
  'RouteNotFound.what': 'The server does not know this operation.',
  'RouteNotFound.todo': 'The panel may be out of date: reload the page. If it keeps happening, contact support.',
  'MethodNotAllowed.what': 'The server refused the way the request was sent.',
  'MethodNotAllowed.todo': 'The panel may be out of date: reload the page. If it keeps happening, contact support.',
  'UndonedOrderExist.what': 'An unfinished billing order blocks this operation.',
  'UndonedOrderExist.todo': 'Finish or cancel the pending order in the Flashduty console, then save again.',
  'RequestLocked.what': 'This operation is locked for a while after repeated failures.',
  'RequestLocked.todo': 'Wait a few minutes, then save again.',
  'EntityTooLarge.what': 'The request is larger than the server accepts.',
  'EntityTooLarge.todo': 'Shorten the description, then save again.',
  'RequestTooFrequently.what': 'Too many requests were sent in a short time.',
  'RequestTooFrequently.todo': 'Wait a few seconds, then save again.',
  'RequestVerifyRequired.what': 'Flashduty asks for a second verification step.',
  'RequestVerifyRequired.todo': 'Complete the verification in the Flashduty console, then save again.',
  'DangerousOperation.what': 'Flashduty treats this as a high-risk operation that needs MFA verification.',
  'DangerousOperation.todo': 'Verify with MFA in the Flashduty console, then save again.',
  'InternalError.what': 'Flashduty had an internal error.',
  'InternalError.todo': 'Save again in a moment; if it keeps happening, report the request ID to support.',
  'ServiceUnavailable.what': 'The Flashduty service is temporarily unavailable.',
  'ServiceUnavailable.todo': 'Save again in a few minutes.',
  'unknown.what': 'The server reported an error ({code}): {message}',
  'unknown.todo': 'Save again; if it keeps happening, contact support with the request ID.',
  'network.what': 'The panel could not reach the server, or the connection dropped.',
  'network.todo': 'Check your network connection, then save again.',
  'timeout.what': { one: 'The server did not answer within {count} second.', other: 'The server did not answer within {count} seconds.' },
  'timeout.todo': 'Save again; the event may already be saved, so check the calendar if it keeps happening.',
  'badResponse.what': 'The server sent an answer the panel cannot read (HTTP {status}).',
  'badResponse.todo': 'A proxy or gateway may be failing: save again in a moment.',
  'unreadable.what': 'The server sent a record the panel cannot read (fields not valid: {fields}).',
  'unreadable.todo': 'Reading it again gives the same answer: check the record in the Flashduty console, or contact support with the request ID.',
  'bug.what': 'Something went wrong inside the panel: {message}',
  'bug.todo': 'This is a fault of the panel, not of your input: reload the page, and if it keeps happening, contact support with this message.',
  'read.retry.todo': 'It could not be loaded: press Retry or reload the page in a moment. If it keeps happening, contact support with the request ID.',
  'read.wait.todo': 'It could not be loaded: wait a few seconds, then press Retry or reload the page.',
  'read.network.todo': 'It could not be loaded: check your network connection, then press Retry or reload the page.',
  'read.AccessDenied.what': 'The request was refused: you may not have permission to view service calendars, or the panel’s server refused it.',
  'read.AccessDenied.todo': 'Ask an administrator to check your permission, or how the panel is set up (ALLOWED_ORIGINS, the proxy in front of it).',
} as const satisfies Record<`${ErrorCode | OtherFailure}.${keyof ErrorText}` | `read.${ReadAdvice}.todo` | `read.AccessDenied.${keyof ErrorText}`, Template>;

const zh: Texts<typeof en>['zh-CN'] = {
  'OK.what': '服务器返回了保留代码，而不是结果。',
  'OK.todo': '请重新保存；如果仍然出现，请带上请求 ID 联系支持人员。',
  'InvalidParameter.what': '服务器没有接受其中一个值。',
  'InvalidParameter.todo': '请修改该值后重新保存。',
  'BadRequest.what': '服务器无法处理该请求。',
  'BadRequest.todo': '请检查填写的内容后重新保存；如果仍然出现，请带上请求 ID 联系支持人员。',
  'InvalidContentType.what': '请求以服务器不接受的格式送达。',
  'InvalidContentType.todo': '这是面板的问题，不是您的输入有误：请带上请求 ID 联系支持人员。',
  'ResourceNotFound.what': '该日历或事件已不存在。',
  'ResourceNotFound.todo': '可能已被删除，请刷新页面后重新选择日历。',
  'NoLicense.what': '该 Flashduty 账户没有服务日历的许可证。',
  'NoLicense.todo': '请联系账户管理员开通许可证。',
  'ReferenceExist.what': '仍被分派策略或静默规则引用，无法删除。',
  'ReferenceExist.todo': '请先在这些规则中解除引用，再重试。',
  'Unauthorized.what': '面板服务器无法访问 Flashduty：APP Key 错误或已过期。',
  'Unauthorized.todo': '请联系管理员在服务器上更新 APP Key。',
  'BalanceNotEnough.what': 'Flashduty 账户余额不足，无法执行此操作。',
  'BalanceNotEnough.todo': '请联系账户管理员充值。',
  'AccessDenied.what': '您没有修改服务日历的权限。',
  'AccessDenied.todo': '请向管理员申请“日历管理”（Calendars Manage）权限。',
  'RouteNotFound.what': '服务器不支持此操作。',
  'RouteNotFound.todo': '面板可能已过期：请刷新页面。如果仍然出现，请联系支持人员。',
  'MethodNotAllowed.what': '服务器拒绝了该请求的发送方式。',
  'MethodNotAllowed.todo': '面板可能已过期：请刷新页面。如果仍然出现，请联系支持人员。',
  'UndonedOrderExist.what': '有一个未完成的账单订单阻止了此操作。',
  'UndonedOrderExist.todo': '请在 Flashduty 控制台完成或取消该订单，然后重新保存。',
  'RequestLocked.what': '由于多次失败，此操作已被暂时锁定。',
  'RequestLocked.todo': '请等待几分钟后重新保存。',
  'EntityTooLarge.what': '请求内容超过了服务器允许的大小。',
  'EntityTooLarge.todo': '请缩短描述后重新保存。',
  'RequestTooFrequently.what': '短时间内发送的请求过多。',
  'RequestTooFrequently.todo': '请等待几秒后重新保存。',
  'RequestVerifyRequired.what': 'Flashduty 要求进行二次验证。',
  'RequestVerifyRequired.todo': '请在 Flashduty 控制台完成验证后重新保存。',
  'DangerousOperation.what': 'Flashduty 将此视为高风险操作，需要 MFA 验证。',
  'DangerousOperation.todo': '请在 Flashduty 控制台完成 MFA 验证后重新保存。',
  'InternalError.what': 'Flashduty 发生了内部错误。',
  'InternalError.todo': '请稍后重新保存；如果仍然出现，请把请求 ID 报告给支持人员。',
  'ServiceUnavailable.what': 'Flashduty 服务暂时不可用。',
  'ServiceUnavailable.todo': '请几分钟后重新保存。',
  'unknown.what': '服务器返回错误（{code}）：{message}',
  'unknown.todo': '请重新保存；如果仍然出现，请带上请求 ID 联系支持人员。',
  'network.what': '无法连接到服务器，或连接已中断。',
  'network.todo': '请检查网络连接后重新保存。',
  'timeout.what': '服务器在 {count} 秒内没有响应。',
  'timeout.todo': '请重新保存；事件可能已保存，如仍出现请先查看日历。',
  'badResponse.what': '服务器返回了面板无法识别的内容（HTTP {status}）。',
  'badResponse.todo': '可能是代理或网关故障：请稍后重新保存。',
  'unreadable.what': '服务器返回的记录无法读取（无效字段：{fields}）。',
  'unreadable.todo': '重新读取结果相同：请在 Flashduty 控制台检查该记录，或带上请求 ID 联系支持人员。',
  'bug.what': '面板内部出错：{message}',
  'bug.todo': '这是面板的问题，与您填写的内容无关：请刷新页面；如果仍然出现，请带上这条信息联系支持人员。',
  'read.retry.todo': '未能加载：请稍后点击“重试”或刷新页面；如果仍然出现，请带上请求 ID 联系支持人员。',
  'read.wait.todo': '未能加载：请等待几秒后点击“重试”或刷新页面。',
  'read.network.todo': '未能加载：请检查网络连接后点击“重试”或刷新页面。',
  'read.AccessDenied.what': '请求被拒绝：您可能没有查看服务日历的权限，或面板服务器拒绝了此请求。',
  'read.AccessDenied.todo': '请联系管理员检查您的权限，或面板的部署配置（ALLOWED_ORIGINS、前置代理）。',
};

/** What each failure means and what to do, as one typed dictionary: `InvalidParameter.what`, `…todo`. */
export const ERROR_TEXTS = defineTexts('error', en, zh);

/**
 * What to tell the scheduler about a failure: what happened and what to do. `action` says what
 * failed: a save (the default: "save again") or a read (settings, a list: "press Retry").
 */
export function errorText(failure: ApiFailure, locale: Locale, action: 'save' | 'read' = 'save'): ErrorText {
  const said = saveErrorText(failure, locale);
  // A refused read changes nothing: no "permission to change"; the server's own words say which refusal.
  if (action === 'read' && failure.kind === 'server' && failure.code === 'AccessDenied') {
    const text = textsFor(ERROR_TEXTS, locale);
    return { what: text('read.AccessDenied.what'), todo: text('read.AccessDenied.todo') };
  }
  const advice = action === 'read' ? READ_ADVICE[adviceKey(failure)] : undefined;
  return advice ? { what: said.what, todo: textsFor(ERROR_TEXTS, locale)(`read.${advice}.todo`) } : said;
}

/** The dictionary's name for a failure's kind or code. */
function adviceKey(failure: ApiFailure): ErrorCode | OtherFailure {
  if (failure.kind === 'server') return isKnownErrorCode(failure.code) ? failure.code : 'unknown';
  return failure.kind === 'bad-response' ? 'badResponse' : failure.kind;
}

function saveErrorText(failure: ApiFailure, locale: Locale): ErrorText {
  const text = textsFor(ERROR_TEXTS, locale);
  switch (failure.kind) {
    case 'server':
      if (isKnownErrorCode(failure.code)) return { what: text(`${failure.code}.what`), todo: text(`${failure.code}.todo`) };
      return { what: text('unknown.what', { code: failure.code, message: failure.message || '—' }), todo: text('unknown.todo') };
    case 'network':
      return { what: text('network.what'), todo: text('network.todo') };
    case 'timeout':
      return { what: text('timeout.what', { count: Math.round(failure.timeoutMs / 1000) }), todo: text('timeout.todo') };
    case 'bad-response':
      return { what: text('badResponse.what', { status: failure.status }), todo: text('badResponse.todo') };
    case 'unreadable':
      return { what: text('unreadable.what', { fields: failure.fields.join(locale === 'zh-CN' ? '、' : ', ') }), todo: text('unreadable.todo') }; // the record's own field names
    case 'bug':
      return { what: text('bug.what', { message: failure.message }), todo: text('bug.todo') };
  }
}
