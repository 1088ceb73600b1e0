// Every way a call can fail, as one typed error. The API client throws nothing else
// (apart from an AbortError when the caller itself cancels).

export type ApiFailure =
  /**
   * The server answered with an error envelope: `error.code` is authoritative, whatever the HTTP status.
   * `retryAfterSeconds` is the answer's `Retry-After`, when it had one (`RequestTooFrequently` does).
   */
  | { kind: 'server'; code: string; message: string; status: number; requestId?: string; retryAfterSeconds?: number }
  /** The connection failed or dropped before an answer arrived. */
  | { kind: 'network' }
  /** No answer within the client's bound; the request was aborted. */
  | { kind: 'timeout'; timeoutMs: number }
  /** An answer that is not the API's envelope (an HTML 502 page from a proxy, say). */
  | { kind: 'bad-response'; status: number; requestId?: string }
  /**
   * The API's envelope, but a record in it the panel cannot read (a time zone no browser knows, a
   * timestamp past the year 5138): `fields` are the record's fields at fault. Asked again, it reads
   * the same, so it is not retried.
   */
  | { kind: 'unreadable'; fields: string[]; status: number; requestId?: string }
  /** Not the call's failure: an error in the panel's own code, said as such (never as "network"). */
  | { kind: 'bug'; message: string };

export class ApiError extends Error {
  readonly failure: ApiFailure;

  constructor(failure: ApiFailure) {
    super(describeForLog(failure));
    this.name = 'ApiError';
    this.failure = failure;
  }
}

/** The request id to quote to support, when the server gave one. */
export function requestIdOf(f: ApiFailure): string | undefined {
  return f.kind === 'server' || f.kind === 'bad-response' || f.kind === 'unreadable' ? f.requestId : undefined;
}

function describeForLog(f: ApiFailure): string {
  switch (f.kind) {
    case 'server':
      return `${f.code}: ${f.message}`;
    case 'network':
      return 'network error';
    case 'timeout':
      return `no answer within ${f.timeoutMs} ms`;
    case 'bad-response':
      return `unreadable answer (HTTP ${f.status})`;
    case 'unreadable':
      return `unreadable record (${f.fields.join(', ')})`;
    case 'bug':
      return `panel error: ${f.message}`;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * The failure behind a mutation's or query's error. The client throws only ApiError (and a caller's
 * AbortError, which is no failure of the server's: a dropped call); anything else is a bug of the
 * panel, reported as one with its message, not blamed on the network.
 */
export function failureOf(error: unknown): ApiFailure {
  if (isApiError(error)) return error.failure;
  if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'network' };
  return { kind: 'bug', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Whether a save that failed this way may have been stored all the same: no answer, an unreadable
 * one, or a server error (5xx: InternalError, or the proxy's ServiceUnavailable after a timeout).
 */
export function mayBeStored(failure: ApiFailure): boolean {
  if (failure.kind !== 'server') return true;
  return failure.status >= 500 || failure.code === 'InternalError' || failure.code === 'ServiceUnavailable';
}
