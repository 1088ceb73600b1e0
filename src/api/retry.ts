import { isApiError } from './errors';

const TRANSIENT_CODES = new Set(['InternalError', 'ServiceUnavailable', 'RequestTooFrequently']);

/**
 * Whether a failed read is worth retrying: transport failures and transient server errors only (not a
 * record the panel cannot read: the same answer comes again).
 */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  const f = error.failure;
  return f.kind === 'server' ? TRANSIENT_CODES.has(f.code) : f.kind !== 'unreadable';
}

/** The longest a read waits for the server's Retry-After before it is shown as failed instead. */
const MAX_READ_RETRY_AFTER_MS = 30_000;

/**
 * How long before a read is tried again: what the server's `Retry-After` asked (a rate limit says when
 * the next request will pass), or TanStack Query's own back-off (1 s, 2 s, 4 s … up to 30 s).
 */
export function retryDelay(failureCount: number, error: unknown): number {
  const seconds = isApiError(error) && error.failure.kind === 'server' ? error.failure.retryAfterSeconds : undefined;
  if (seconds !== undefined) return Math.min(seconds * 1000, MAX_READ_RETRY_AFTER_MS);
  return Math.min(1000 * 2 ** failureCount, 30_000);
}
