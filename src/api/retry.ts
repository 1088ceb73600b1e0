import { isApiError } from './errors';

const TRANSIENT_CODES = new Set(['InternalError', 'ServiceUnavailable', 'RequestTooFrequently']);

/** Whether a failed read is worth retrying: transport failures and transient server errors only. */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  const f = error.failure;
  return f.kind !== 'server' || TRANSIENT_CODES.has(f.code);
}
