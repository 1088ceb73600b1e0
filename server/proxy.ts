// Live mode: forwards a calendar call to Flashduty, adding the app key, and hands back Flashduty's
// answer unchanged. Nothing of the key leaves this module except in the upstream request's URL.
// It never retries: a create that timed out may have been stored, and a retry would store it twice.
import type { Locale } from '../src/i18n/locale';

export interface ProxyOptions {
  apiBase: string;
  appKey: string;
  timeoutMs: number;
}

export interface ProxyRequest {
  /** An endpoint path such as `/calendar/event/upsert`; the caller has checked it is one of the eight. */
  path: string;
  /** The request body, already checked to be JSON. */
  body: string;
  acceptLanguage?: string;
}

export type ProxyAnswer =
  /** Flashduty's own answer, to pass back as it is. */
  | { kind: 'upstream'; status: number; body: Buffer; requestId?: string }
  /** Flashduty could not be asked or did not answer usefully: the caller answers with ServiceUnavailable. */
  | { kind: 'failed'; status: 502 | 504; reason: ProxyFailure };

export type ProxyFailure =
  | { type: 'unreachable'; cause: string }
  | { type: 'timeout'; ms: number }
  | { type: 'garbage'; status: number; contentType: string };

export function createFlashdutyProxy(options: ProxyOptions) {
  const { apiBase, appKey, timeoutMs } = options;

  return async function forward(request: ProxyRequest): Promise<ProxyAnswer> {
    const url = `${apiBase}${request.path}?app_key=${encodeURIComponent(appKey)}`;
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (request.acceptLanguage) headers['Accept-Language'] = request.acceptLanguage;

    let response: Response;
    let body: Buffer;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: request.body,
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      body = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        return { kind: 'failed', status: 504, reason: { type: 'timeout', ms: timeoutMs } };
      }
      return { kind: 'failed', status: 502, reason: { type: 'unreachable', cause: causeOf(error) } };
    }

    const contentType = response.headers.get('content-type') ?? '';
    if (!isEnvelope(body)) {
      return { kind: 'failed', status: 502, reason: { type: 'garbage', status: response.status, contentType } };
    }
    return { kind: 'upstream', status: response.status, body, requestId: response.headers.get('flashcat-request-id') ?? undefined };
  };
}

/** Whether a body is the API's envelope: a JSON object with `data` or `error`. */
function isEnvelope(body: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && ('data' in value || 'error' in value);
  } catch {
    return false;
  }
}

/** A short cause for the log (`ECONNREFUSED`, `ENOTFOUND`, …), never the URL, which holds the key. */
function causeOf(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.name : 'unknown';
}

/** What the scheduler reads when Flashduty could not be asked (shown under "The server said"). */
export function proxyFailureMessage(reason: ProxyFailure, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (reason.type) {
    case 'unreachable':
      return zh
        ? `面板的服务器无法连接到 Flashduty（${reason.cause}）。`
        : `The panel’s server could not reach Flashduty (${reason.cause}).`;
    case 'timeout': {
      const s = Math.round(reason.ms / 1000);
      return zh
        ? `Flashduty 在 ${s} 秒内没有响应；如果是在保存，事件可能已经保存，请先查看日历再重试。`
        : `Flashduty did not answer within ${s} seconds. If you were saving, the event may already be saved: check the calendar before saving again.`;
    }
    case 'garbage':
      return zh
        ? `Flashduty 返回了无法识别的内容（HTTP ${reason.status}${reason.contentType ? `，${reason.contentType}` : ''}）。`
        : `Flashduty answered with something that is not the API’s JSON (HTTP ${reason.status}${reason.contentType ? `, ${reason.contentType}` : ''}).`;
  }
}
