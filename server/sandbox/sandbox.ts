// The built-in sandbox: an in-memory implementation of the eight calendar endpoints, faithful to the
// contract in docs/DESIGN.md (validation, error codes, localised messages, rate limit, list
// semantics). This file dispatches a call to its account and handler; the handlers are in
// calendarHandlers.ts and eventHandlers.ts, the accounts in accounts.ts, the faults in faultRules.ts.
import type { CalEventItem, Endpoints } from '../../src/core/apiContract';
import type { Locale } from '../../src/core/locale';
import { defaultMessage } from '../messages';
import { createAccounts } from './accounts';
import { fail, type ApiResult, type Handler } from './answers';
import { calendarHandlers } from './calendarHandlers';
import { eventHandlers } from './eventHandlers';
import { addFault, takeFault, type Fault } from './faultRules';
import type { RateLimit } from './rateLimiter';

export type { ApiResult } from './answers';
export { MAX_EVENTS } from './eventHandlers';
export type { Fault, FaultRule } from './faultRules';

export interface SandboxOptions {
  rateLimit?: RateLimit;
  now?: () => number;
  /** Accounts kept at once; the least recently used one goes past it (default 1,000). */
  maxAccounts?: number;
}

export function createSandbox(options: SandboxOptions = {}) {
  const now = options.now ?? Date.now;
  const accounts = createAccounts({ rateLimit: options.rateLimit, now, maxAccounts: options.maxAccounts ?? 1000 });
  const seconds = () => Math.floor(now() / 1000);
  const handlers: Record<keyof Endpoints, Handler> = { ...calendarHandlers(seconds), ...eventHandlers(now, seconds) };

  return {
    /** Answers one API call of a sandbox account (RouteNotFound when the path is not an endpoint). */
    handle(accountId: string, path: string, body: unknown, locale: Locale): ApiResult {
      if (!Object.hasOwn(handlers, path)) return fail('RouteNotFound', defaultMessage('RouteNotFound', locale));
      const a = accounts.get(accountId);
      const rate = a.rate.take();
      if (!rate.ok) {
        return { ...fail('RequestTooFrequently', defaultMessage('RequestTooFrequently', locale)), retryAfterSeconds: Math.max(1, Math.ceil(rate.retryAfterMs / 1000)) };
      }
      return handlers[path as keyof Endpoints](a, body, locale);
    },
    /** The fault to play for this request, if one was set (and counts it as played). */
    takeFault: (accountId: string, path: string): Fault | undefined => takeFault(accounts.get(accountId).faults, path),
    /** Adds a fault rule, checked and copied field by field; false when it is not one or too many wait. */
    addFault: (accountId: string, input: unknown): boolean => addFault(accounts.get(accountId).faults, input),
    reset: accounts.reset,
    /** How many accounts are held now. */
    accountCount: accounts.count,
    /** The account's own events (for tests that check what was stored). */
    ownEvents: (accountId: string): CalEventItem[] => [...accounts.get(accountId).events.values()],
  };
}

export type Sandbox = ReturnType<typeof createSandbox>;
