// The envelope's default message for each error code, in the caller's language (Accept-Language),
// as the real API words them. Both backends use it: the sandbox, and the server's own envelopes in
// live mode (RouteNotFound, a proxy failure, …).
import type { ErrorCode } from '../src/core/apiContract';
import { matchLocale, type Locale } from '../src/core/locale';
import { defineTexts, formatList, textsFor, type Texts } from '../src/core/text';
import type { BodyProblem } from './requestBody';

export function localeOf(acceptLanguage: string | undefined): Locale {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const locale = matchLocale(part.split(';')[0]?.trim());
    if (locale) return locale;
  }
  return 'en';
}

const defaultsEn = {
  OK: 'OK.',
  InvalidParameter: 'The specified parameter is not valid.',
  BadRequest: 'The request is not valid.',
  InvalidContentType: 'The Content-Type header must be application/json.',
  ResourceNotFound: 'The specified resource does not exist.',
  NoLicense: 'No valid license was found for this feature.',
  ReferenceExist: 'The resource is still referenced by other resources.',
  Unauthorized: 'You are unauthorized.',
  BalanceNotEnough: 'The account balance is not enough.',
  AccessDenied: 'Access denied: the Calendars Manage permission is required.',
  RouteNotFound: 'The requested route does not exist.',
  MethodNotAllowed: 'The HTTP method is not allowed.',
  UndonedOrderExist: 'An unfinished order exists.',
  RequestLocked: 'The request is locked. Please try again later.',
  EntityTooLarge: 'The request body is too large.',
  RequestTooFrequently: 'Request too frequently.',
  RequestVerifyRequired: 'Verification is required for this request.',
  DangerousOperation: 'This operation is dangerous and requires MFA verification.',
  InternalError: 'We encountered an internal error, and it has been reported. Please try again later.',
  ServiceUnavailable: 'The service is temporarily unavailable. Please try again later.',
} as const satisfies Record<ErrorCode, string>;

const defaultsZh: Texts<typeof defaultsEn>['zh-CN'] = {
  OK: '成功。',
  InvalidParameter: '参数无效。',
  BadRequest: '请求无效。',
  InvalidContentType: 'Content-Type 必须为 application/json。',
  ResourceNotFound: '指定的资源不存在。',
  NoLicense: '未找到此功能的有效许可证。',
  ReferenceExist: '该资源仍被其他资源引用。',
  Unauthorized: '未授权。',
  BalanceNotEnough: '账户余额不足。',
  AccessDenied: '无权访问：需要日历管理权限。',
  RouteNotFound: '请求的路由不存在。',
  MethodNotAllowed: '不允许使用该 HTTP 方法。',
  UndonedOrderExist: '存在未完成的订单。',
  RequestLocked: '请求已被锁定，请稍后再试。',
  EntityTooLarge: '请求体过大。',
  RequestTooFrequently: '请求过于频繁。',
  RequestVerifyRequired: '该请求需要验证。',
  DangerousOperation: '该操作属于高危操作，需要 MFA 验证。',
  InternalError: '服务器内部错误，已记录，请稍后再试。',
  ServiceUnavailable: '服务暂时不可用，请稍后再试。',
};

/** The envelope's default message per error code, as the real API words it. */
export const DEFAULT_MESSAGES = defineTexts('server default message', defaultsEn, defaultsZh);

export function defaultMessage(code: ErrorCode, locale: Locale): string {
  return textsFor(DEFAULT_MESSAGES, locale)(code);
}

const proxyEn = {
  unreachable: 'The panel’s server could not reach Flashduty ({cause}).',
  timeout: {
    one: 'Flashduty did not answer within {count} second. If you were saving, the event may already be saved: check the calendar before saving again.',
    other: 'Flashduty did not answer within {count} seconds. If you were saving, the event may already be saved: check the calendar before saving again.',
  },
  tooLarge: 'Flashduty’s answer was larger than {size}, more than the panel’s server accepts.',
  garbage: 'Flashduty answered with something that is not the API’s JSON (HTTP {status}).',
  garbageTyped: 'Flashduty answered with something that is not the API’s JSON (HTTP {status}, {contentType}).',
} as const;

const proxyZh: Texts<typeof proxyEn>['zh-CN'] = {
  unreachable: '面板服务器无法连接 Flashduty（{cause}）。',
  timeout: 'Flashduty 在 {count} 秒内没有响应；如果是在保存，事件可能已经保存，请先查看日历再重试。',
  tooLarge: 'Flashduty 的响应超过 {size}，面板服务器无法接收。',
  garbage: 'Flashduty 返回了无法识别的内容（HTTP {status}）。',
  garbageTyped: 'Flashduty 返回了无法识别的内容（HTTP {status}，{contentType}）。',
};

/** What the scheduler reads when Flashduty could not be asked (live mode; proxy.ts). */
export const PROXY_MESSAGES = defineTexts('server proxy message', proxyEn, proxyZh);

const requestEn = {
  missingUser: 'The request does not name its user (header {header}): the panel is reached through the portal’s proxy, which sets that header on every request. Open the panel from the portal.',
  repeatedUser: 'The request named its user more than once (header {header}): the proxy in front must set that header once, replacing any the browser sent.',
  foreignOrigin: 'The request came from another site: only the panel’s own page and the sites listed in ALLOWED_ORIGINS may call this API.',
  notAnObject: 'The request body must be a JSON object.',
  unknownField: 'The request has a field {field} that {endpoint} does not take. Its fields are {fields}, spelled exactly so (letter case counts).',
  repeatedField: 'The request has the field {field} more than once: each field may appear only once.',
  tooDeep: 'The request body nests more than {max} levels deep: the API’s fields are values and lists of values.',
} as const;

const requestZh: Texts<typeof requestEn>['zh-CN'] = {
  missingUser: '请求中没有用户标头 {header}：面板须经门户的前置代理访问，由它在每个请求中设置此标头。请从门户打开面板。',
  repeatedUser: '请求中的用户标头 {header} 出现了多次：前置代理应只设置一次，并覆盖浏览器发来的同名标头。',
  foreignOrigin: '请求来自其他网站：只有面板自己的页面和 ALLOWED_ORIGINS 中列出的网站可以调用此 API。',
  notAnObject: '请求体必须是 JSON 对象。',
  unknownField: '请求中的字段 {field} 不是 {endpoint} 的参数。该接口的参数为 {fields}，须按此拼写（区分大小写）。',
  repeatedField: '请求中的字段 {field} 出现了多次：每个字段只能出现一次。',
  tooDeep: '请求体嵌套超过 {max} 层：接口的参数只是值或值的列表。',
};

/** What the server says of a request it cannot attribute, or whose body it cannot take (api.ts). */
export const REQUEST_MESSAGES = defineTexts('server request message', requestEn, requestZh);

/** A call from another site's page (its Origin neither the panel's nor listed): not a missing permission. */
export function foreignOriginMessage(locale: Locale): string {
  return textsFor(REQUEST_MESSAGES, locale)('foreignOrigin');
}

export function repeatedUserMessage(header: string, locale: Locale): string {
  return textsFor(REQUEST_MESSAGES, locale)('repeatedUser', { header });
}

export function missingUserMessage(header: string, locale: Locale): string {
  return textsFor(REQUEST_MESSAGES, locale)('missingUser', { header });
}

/**
 * Why a request body is refused (requestBody.ts), naming the field as JSON writes it (quoted, controls
 * escaped, cut at 100 characters); undefined for a body that is not JSON (the code's default message).
 */
export function bodyProblemMessage(problem: BodyProblem, endpoint: string, fields: readonly string[], locale: Locale): string | undefined {
  const text = textsFor(REQUEST_MESSAGES, locale);
  switch (problem.type) {
    case 'not-json':
      return undefined;
    case 'not-an-object':
      return text('notAnObject');
    case 'unknown-field':
      return text('unknownField', { field: JSON.stringify(problem.field.slice(0, 100)), endpoint, fields: formatList(locale, fields, 'unit') });
    case 'repeated-field':
      return text('repeatedField', { field: JSON.stringify(problem.field.slice(0, 100)) });
    case 'too-deep':
      return text('tooDeep', { max: problem.max });
  }
}
