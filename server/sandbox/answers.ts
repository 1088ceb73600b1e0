// How the sandbox answers: data, an error of the contract's codes, or the first invalid field of a
// request with the reason in the caller's language, as Flashduty names them.
import { randomBytes } from 'node:crypto';
import type * as z from 'zod/mini';
import { ERROR_STATUS, type ErrorCode } from '../../src/core/apiContract';
import type { Locale } from '../../src/core/locale';
import type { Account } from './accounts';
import { REASON_OF_SETTINGS_MESSAGE } from './calendarRules';
import { invalidParameter, isReason } from './messages';

export type ApiResult =
  | { status: number; data: unknown }
  | { status: number; error: { code: string; message: string }; retryAfterSeconds?: number };

export type Handler = (account: Account, body: unknown, locale: Locale) => ApiResult;

export const ok = (data: unknown): ApiResult => ({ status: 200, data });
export const fail = (code: ErrorCode, message: string): ApiResult => ({ status: ERROR_STATUS[code], error: { code, message } });

/**
 * InvalidParameter for the first issue: its field, and why (the schema's reason, or the kind of
 * issue). The calendar schemas are the settings form's: `calendar` reads their messages as reasons.
 */
export function invalid(issues: readonly z.core.$ZodIssue[], body: unknown, locale: Locale, { calendar = false } = {}): ApiResult {
  const issue = issues[0];
  const field = String(issue.path[0] ?? 'body');
  const input = body && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined;
  const message = calendar && Object.hasOwn(REASON_OF_SETTINGS_MESSAGE, issue.message) ? REASON_OF_SETTINGS_MESSAGE[issue.message as keyof typeof REASON_OF_SETTINGS_MESSAGE] : issue.message;
  const reason =
    issue.code === 'invalid_type' ? (input === undefined ? 'required' : 'type')
    : isReason(message) ? message
    : input === '' ? 'empty'
    : 'range';
  return fail('InvalidParameter', invalidParameter(field, reason, locale));
}

/** An id in Flashduty's alphabet (no 0, O, I, l). */
export function randomId(): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  return [...randomBytes(22)].map((b) => alphabet[b % alphabet.length]).join('');
}
