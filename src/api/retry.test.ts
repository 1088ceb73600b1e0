import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { isTransient, retryDelay } from './retry';

const tooFrequent = (retryAfterSeconds?: number) =>
  new ApiError({ kind: 'server', code: 'RequestTooFrequently', message: '', status: 429, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) });

describe('retryDelay', () => {
  it('waits as long as the server’s Retry-After asks', () => {
    expect(retryDelay(0, tooFrequent(5))).toBe(5000);
    expect(retryDelay(1, tooFrequent(0))).toBe(0);
  });

  it('caps a long Retry-After for a read at 30 s', () => {
    expect(retryDelay(0, tooFrequent(3600))).toBe(30_000);
  });

  it('backs off by doubling without one', () => {
    expect([0, 1, 2].map((n) => retryDelay(n, tooFrequent()))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(1, new ApiError({ kind: 'network' }))).toBe(2000);
  });
});

describe('isTransient', () => {
  it('retries transport failures and transient server codes, not a refusal nor a record the panel cannot read', () => {
    expect(isTransient(new ApiError({ kind: 'network' }))).toBe(true);
    expect(isTransient(new ApiError({ kind: 'bad-response', status: 502 }))).toBe(true);
    expect(isTransient(tooFrequent())).toBe(true);
    expect(isTransient(new ApiError({ kind: 'server', code: 'AccessDenied', message: '', status: 403 }))).toBe(false);
    expect(isTransient(new ApiError({ kind: 'unreadable', fields: ['timezone'], status: 200 }))).toBe(false);
  });
});
