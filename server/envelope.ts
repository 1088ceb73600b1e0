// The API's answers as this server sends them: the JSON envelope `{ request_id, data | error }`, and
// the sandbox account a request works on.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_STATUS, type ErrorCode } from '../src/core/apiContract';
import type { Locale } from '../src/core/locale';
import { defaultMessage } from './messages';

/** Header that picks a sandbox account (with SANDBOX_ACCOUNTS=per-header), so that parallel tests each get their own data. */
export const SANDBOX_ACCOUNT_HEADER = 'x-sandbox-account';

/** Sends a JSON envelope `{ request_id, data | error }`, the request id mirrored in Flashcat-Request-Id. */
export function sendEnvelope(reply: FastifyReply, status: number, body: object) {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('flashcat-request-id', reply.request.id)
    .header('cache-control', 'no-store')
    .send(JSON.stringify({ request_id: reply.request.id, ...body }));
}

export function sendError(reply: FastifyReply, code: ErrorCode, locale: Locale, message = defaultMessage(code, locale)) {
  return sendEnvelope(reply, ERROR_STATUS[code], { error: { code, message } });
}

/** The sandbox account a request works on: its header's with SANDBOX_ACCOUNTS=per-header, else the one shared account. */
export function sandboxAccountOf(request: FastifyRequest, accounts: 'shared' | 'per-header'): string {
  const header = request.headers[SANDBOX_ACCOUNT_HEADER];
  return accounts === 'per-header' && typeof header === 'string' && header !== '' ? header.slice(0, 100) : 'default';
}
