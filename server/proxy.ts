// Live mode: forwards a calendar call to Flashduty, adding the app key, and hands back Flashduty's
// answer. Nothing of the key leaves this module except in the upstream request's URL, and an answer
// that repeats it (an error message quoting the query) has it replaced. One deadline covers the whole
// exchange, body included, and an answer larger than the cap is refused. It never retries: a create
// that timed out may have been stored, and a retry would store it twice.
import { Agent, request } from 'undici';
import { MAX_RETRY_AFTER_SECONDS } from '../src/core/limits';
import type { Locale } from '../src/core/locale';
import { textsFor } from '../src/core/text';
import { PROXY_MESSAGES } from './messages';

export interface ProxyOptions {
  apiBase: string;
  appKey: string;
  timeoutMs: number;
  /** The largest answer accepted from Flashduty, in bytes (default 4 MiB: a year's list is ~200 kB). */
  maxAnswerBytes?: number;
  /**
   * The largest answer accepted for one record (a calendar's settings, a save, a delete), in bytes
   * (default 64 KiB: a calendar is under 2 kB). Only the two lists may be larger.
   */
  maxRecordAnswerBytes?: number;
}

export interface ProxyRequest {
  /** An endpoint path such as `/calendar/event/upsert`; the caller has checked it is one of the eight. */
  path: string;
  /** The request body: the JSON the caller read, checked and audited, written anew (requestBody.ts). */
  body: string;
  acceptLanguage?: string;
}

export type ProxyAnswer =
  /** Flashduty's own answer, to pass back as it is (the key, should it appear, replaced). */
  | { kind: 'upstream'; status: number; body: Buffer; envelope: Envelope; requestId?: string; retryAfter?: string }
  /** Flashduty could not be asked or did not answer usefully: the caller answers with ServiceUnavailable. */
  | { kind: 'failed'; status: 502 | 504; reason: ProxyFailure };

export type Envelope = { data?: unknown; error?: { code?: unknown; message?: unknown } };

export type ProxyFailure =
  | { type: 'unreachable'; cause: string }
  | { type: 'timeout'; ms: number }
  | { type: 'garbage'; status: number; contentType: string }
  | { type: 'too-large'; limit: number };

export const DEFAULT_MAX_ANSWER_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MAX_RECORD_ANSWER_BYTES = 64 * 1024;
const LISTS = new Set(['/calendar/list', '/calendar/event/list']);

class TooLarge extends Error {}

export function createFlashdutyProxy(options: ProxyOptions) {
  const { apiBase, appKey, timeoutMs } = options;
  const maxListBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
  const maxRecordBytes = Math.min(maxListBytes, options.maxRecordAnswerBytes ?? DEFAULT_MAX_RECORD_ANSWER_BYTES);
  // Kept-alive connections to Flashduty; no redirects are followed (the key is in the URL).
  const dispatcher = new Agent({ keepAliveTimeout: 10_000, connect: { timeout: timeoutMs } });

  async function forward(call: ProxyRequest): Promise<ProxyAnswer> {
    const url = `${apiBase}${call.path}?app_key=${encodeURIComponent(appKey)}`;
    // A padded answer (a 20 MB /calendar/info) is cut off here, not handed to the browser whole.
    const maxAnswerBytes = LISTS.has(call.path) ? maxListBytes : maxRecordBytes;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (call.acceptLanguage) headers['accept-language'] = call.acceptLanguage;

    // One deadline for connecting, the headers and the whole body: a timer of our own, cleared only
    // when the last byte has arrived.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    let status: number;
    let contentType: string;
    let requestId: string | undefined;
    let retryAfter: string | undefined;
    let body: Buffer;
    try {
      const response = await request(url, { method: 'POST', headers, body: call.body, signal: deadline.signal, dispatcher });
      status = response.statusCode;
      contentType = String(response.headers['content-type'] ?? '');
      const id = response.headers['flashcat-request-id'];
      requestId = typeof id === 'string' ? id : undefined;
      retryAfter = retryAfterOf(response.headers['retry-after']);
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of response.body as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > maxAnswerBytes) throw new TooLarge();
          chunks.push(chunk);
        }
      } catch (error) {
        response.body.destroy();
        throw error;
      }
      body = Buffer.concat(chunks);
    } catch (error) {
      if (error instanceof TooLarge) return { kind: 'failed', status: 502, reason: { type: 'too-large', limit: maxAnswerBytes } };
      if (deadline.signal.aborted) return { kind: 'failed', status: 504, reason: { type: 'timeout', ms: timeoutMs } };
      return { kind: 'failed', status: 502, reason: { type: 'unreachable', cause: causeOf(error) } };
    } finally {
      clearTimeout(timer);
    }

    if (requestId?.includes(appKey) || (requestId && requestId.length > 100)) requestId = undefined;
    // Only an answer of the API's own statuses, holding its envelope, goes back as it is; a redirect
    // or a status outside HTTP's range is garbage like an HTML page.
    const envelope = status >= 200 && status <= 599 && (status < 300 || status >= 400) ? envelopeOf(body) : undefined;
    if (!envelope) return { kind: 'failed', status: 502, reason: { type: 'garbage', status, contentType: contentType.slice(0, 80) } };
    // The key, should the answer quote it (also \u-escaped: the parsed text shows it), is replaced.
    const text = JSON.stringify(envelope);
    if (text.includes(appKey) || body.includes(appKey)) {
      const clean = JSON.parse(text.replaceAll(appKey, '[app key]')) as Envelope;
      return { kind: 'upstream', status, body: Buffer.from(JSON.stringify(clean)), envelope: clean, requestId, retryAfter };
    }
    return { kind: 'upstream', status, body, envelope, requestId, retryAfter };
  }

  // After shutdown's grace, calls still waiting on Flashduty are given up.
  return { forward, close: () => dispatcher.destroy() };
}

export type FlashdutyProxy = ReturnType<typeof createFlashdutyProxy>;

/**
 * Flashduty's `Retry-After`, passed on only when it is one (seconds, or an HTTP date: RFC 9110), as
 * seconds, at most MAX_RETRY_AFTER_SECONDS: the browser's import waits that long before its next
 * request instead of guessing, and never years (an upstream's 999999999).
 */
function retryAfterOf(value: string | string[] | undefined, now = Date.now()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const date = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text) ? Date.parse(text) : Number.NaN;
  const seconds = /^\d{1,20}$/.test(text) ? Number(text) : Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
  return seconds === undefined ? undefined : String(Math.min(seconds, MAX_RETRY_AFTER_SECONDS));
}

/** The body as the API's envelope (a JSON object with `data` or `error`), or undefined when it is not one. */
function envelopeOf(body: Buffer): Envelope | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && ('data' in value || 'error' in value) ? (value as Envelope) : undefined;
  } catch {
    return undefined;
  }
}

/** A short cause for the log (`ECONNREFUSED`, `ENOTFOUND`, …), never the URL, which holds the key. */
function causeOf(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return cause.code;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  return error instanceof Error ? error.name : 'unknown';
}

/** What the scheduler reads when Flashduty could not be asked (shown under "The server said"). */
export function proxyFailureMessage(reason: ProxyFailure, locale: Locale): string {
  const text = textsFor(PROXY_MESSAGES, locale);
  switch (reason.type) {
    case 'unreachable':
      return text('unreachable', { cause: reason.cause });
    case 'timeout':
      return text('timeout', { count: Math.round(reason.ms / 1000) });
    case 'too-large': {
      const size = reason.limit >= 1024 * 1024 ? `${Math.round(reason.limit / 1024 / 1024)} MiB` : `${Math.round(reason.limit / 1024)} KiB`;
      return text('tooLarge', { size });
    }
    case 'garbage':
      return reason.contentType ? text('garbageTyped', { status: reason.status, contentType: reason.contentType }) : text('garbage', { status: reason.status });
  }
}
