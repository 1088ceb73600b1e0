// Writing the API's envelopes: `{ request_id, data }` or `{ request_id, error: { code, message } }`,
// with the request id mirrored in the Flashcat-Request-Id header, as Flashduty answers.
import type { ServerResponse } from 'node:http';
import { ERROR_STATUS, type ErrorCode } from '../src/core/apiContract';
import type { Locale } from '../src/core/locale';
import { defaultMessage } from './messages';

/** Sends a JSON envelope and returns the status it sent. */
export function sendJson(res: ServerResponse, status: number, requestId: string, body: object, headers: Record<string, string> = {}): number {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Flashcat-Request-Id': requestId,
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify({ request_id: requestId, ...body }));
  return status;
}

/** Sends an error envelope with the code's usual status and message. */
export function sendError(res: ServerResponse, requestId: string, code: ErrorCode, locale: Locale, status = ERROR_STATUS[code]): number {
  return sendJson(res, status, requestId, { error: { code, message: defaultMessage(code, locale) } });
}
