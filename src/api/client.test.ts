// The API client against the real server and sandbox on loopback: every kind of answer it can get.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/test/startServer';
import { createApiClient, readRetryAfter } from './client';
import { ApiError, requestIdOf, type ApiFailure } from './errors';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const ACCOUNT = 'default';
const client = (options: { timeoutMs?: number; language?: string } = {}) =>
  createApiClient({ baseUrl: `${server.url}/api/`, language: () => options.language ?? 'en', timeoutMs: options.timeoutMs });

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

const upsert = { cal_id: 'cal.SampleSupportUS0002', summary: 'Offsite', is_off: true, start_at: '2026-06-01', end_at: '2026-06-02' };

describe('createApiClient', () => {
  it('returns the data of a success envelope', async () => {
    const data = await client().call('/calendar/event/upsert', upsert);
    expect(data.cal_id).toBe(upsert.cal_id);
    expect(data.event_id).toMatch(/^cale\./);
  });

  it('turns an error envelope into a server failure with its request id', async () => {
    const f = await failureOf(client().call('/calendar/event/upsert', { ...upsert, cal_id: 'cal.missing' }));
    expect(f).toMatchObject({ kind: 'server', code: 'ResourceNotFound', status: 400 });
    expect(f.kind === 'server' && f.requestId).toMatch(/^[0-9A-Z]{26}$/);
  });

  it('treats an error envelope in an HTTP 200 as a failure', async () => {
    server.sandbox.addFault(ACCOUNT, { path: '/calendar/event/upsert', fault: { type: 'error', code: 'AccessDenied', status: 200 } });
    expect(await failureOf(client().call('/calendar/event/upsert', upsert))).toMatchObject({ kind: 'server', code: 'AccessDenied', status: 200 });
  });

  it('keeps a code it does not know, with the server message', async () => {
    server.sandbox.addFault(ACCOUNT, { fault: { type: 'error', code: 'QuotaExceededSomewhere', message: 'Quota exceeded.' } });
    expect(await failureOf(client().call('/calendar/list', {}))).toMatchObject({
      kind: 'server',
      code: 'QuotaExceededSomewhere',
      message: 'Quota exceeded.',
    });
  });

  it('sends the interface language, so messages come localised', async () => {
    const f = await failureOf(client({ language: 'zh-CN' }).call('/calendar/event/upsert', { ...upsert, summary: ' ' }));
    expect(f).toMatchObject({ kind: 'server', code: 'InvalidParameter', message: '参数 summary 无效：不能为空。' });
  });

  it('reports an HTML page from a proxy as an unreadable answer, with its status', async () => {
    server.sandbox.addFault(ACCOUNT, { fault: { type: 'html', status: 502 } });
    expect(await failureOf(client().call('/calendar/list', {}))).toMatchObject({ kind: 'bad-response', status: 502 });
  });

  it('reports a non-JSON 200 as an unreadable answer', async () => {
    server.sandbox.addFault(ACCOUNT, { fault: { type: 'html', status: 200 } });
    expect(await failureOf(client().call('/calendar/list', {}))).toMatchObject({ kind: 'bad-response', status: 200 });
  });

  it('reports a save answered without the ID of the event it stored as an unreadable answer (a lost answer)', async () => {
    server.sandbox.addFault(ACCOUNT, { path: '/calendar/event/upsert', fault: { type: 'corrupt' } });
    expect(await failureOf(client().call('/calendar/event/upsert', upsert))).toMatchObject({ kind: 'bad-response', status: 200 });
  });

  it('reports a dropped connection as a network failure', async () => {
    server.sandbox.addFault(ACCOUNT, { fault: { type: 'drop' } });
    expect(await failureOf(client().call('/calendar/list', {}))).toEqual({ kind: 'network' });
  });

  it('reports a refused connection as a network failure', async () => {
    const nowhere = createApiClient({ baseUrl: 'http://127.0.0.1:9/api', language: () => 'en' });
    expect(await failureOf(nowhere.call('/calendar/list', {}))).toEqual({ kind: 'network' });
  });

  it('aborts past its time bound and says so', async () => {
    server.sandbox.addFault(ACCOUNT, { fault: { type: 'delay', ms: 1000 } });
    expect(await failureOf(client({ timeoutMs: 100 }).call('/calendar/list', {}))).toEqual({ kind: 'timeout', timeoutMs: 100 });
  });

  it('rethrows a cancellation by the caller as it is, not as a failure', async () => {
    server.sandbox.addFault(ACCOUNT, { fault: { type: 'delay', ms: 500 } });
    const controller = new AbortController();
    const pending = client().call('/calendar/list', {}, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('Retry-After', () => {
  // The sandbox plays the answer: no stubbed fetch. A fault an earlier test left unplayed (its
  // request cancelled before it arrived) goes first.
  beforeEach(() => server.sandbox.reset(ACCOUNT));
  const playNext = (fault: Record<string, unknown>) => expect(server.sandbox.addFault(ACCOUNT, { path: '/calendar/list', fault })).toBe(true);

  it('comes with the failure, so a bulk run knows how long to wait', async () => {
    playNext({ type: 'error', code: 'RequestTooFrequently', message: 'Slow down.', status: 429, retryAfter: 3 });
    expect(await failureOf(client().call('/calendar/list', {}))).toMatchObject({ kind: 'server', code: 'RequestTooFrequently', message: 'Slow down.', status: 429, retryAfterSeconds: 3 });
  });

  it('is left out when the answer has none', async () => {
    playNext({ type: 'error', code: 'RequestTooFrequently', message: 'Slow down.', status: 429 });
    expect(await failureOf(client().call('/calendar/list', {}))).not.toHaveProperty('retryAfterSeconds');
  });

  it('comes with a real 429 of the rate limit', async () => {
    const limited = await startServer({ sandbox: { rateLimit: { perSecond: 1, perMinute: 1000 } } });
    try {
      const call = () => createApiClient({ baseUrl: `${limited.url}/api/`, language: () => 'en' }).call('/calendar/list', {});
      await call();
      expect(await failureOf(call())).toMatchObject({ kind: 'server', code: 'RequestTooFrequently', status: 429, retryAfterSeconds: 1 });
    } finally {
      await limited.close();
    }
  });

  it('reads seconds or an HTTP date, and ignores anything else', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(readRetryAfter('45', now)).toBe(45);
    expect(readRetryAfter(' 0 ', now)).toBe(0);
    expect(readRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5);
    expect(readRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
    expect(readRetryAfter('-1', now)).toBeUndefined();
    expect(readRetryAfter('soon', now)).toBeUndefined();
    expect(readRetryAfter(null, now)).toBeUndefined();
  });

  it('asks for a minute at most, however long the answer said (999999999 s is ~31 years)', async () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(readRetryAfter('999999999', now)).toBe(60);
    expect(readRetryAfter('61', now)).toBe(60);
    expect(readRetryAfter('Wed, 21 Oct 2099 07:28:00 GMT', now)).toBe(60);
    playNext({ type: 'error', code: 'RequestTooFrequently', message: 'Slow down.', status: 429, retryAfter: 999_999_999 });
    expect(await failureOf(client().call('/calendar/list', {}))).toMatchObject({ code: 'RequestTooFrequently', retryAfterSeconds: 60 });
  });
});

describe('records the panel cannot read', () => {
  it('leaves a malformed record of a list out, counts it, and counts none once the list reads cleanly', async () => {
    const c = client();
    const body = { cal_id: 'cal.SampleSupportUS0002', year: 2026 };
    const clean = await c.call('/calendar/event/list', body);
    server.sandbox.addFault(ACCOUNT, { path: '/calendar/event/list', fault: { type: 'corrupt' } });
    const corrupt = await c.call('/calendar/event/list', body);
    expect(corrupt.items).toHaveLength(clean.items.length - 1);
    expect(corrupt.items.map((e) => e.event_id)).not.toContain(clean.items[0].event_id);
    expect(c.unreadable?.count()).toBe(1);
    await c.call('/calendar/event/list', body);
    expect(c.unreadable?.count()).toBe(0);
  });

  it('leaves out a calendar with a time zone no browser knows; a calendar’s unreadable settings are said as such, with the fields at fault and the request id', async () => {
    const c = client();
    server.sandbox.addFault(ACCOUNT, { path: '/calendar/list', fault: { type: 'corrupt' } });
    const list = await c.call('/calendar/list', { kind: 'personal' });
    expect(list.items.every((cal) => cal.timezone !== 'Mars/Olympus')).toBe(true);
    expect(c.unreadable?.count()).toBe(1);
    server.sandbox.addFault(ACCOUNT, { path: '/calendar/info', fault: { type: 'corrupt' } });
    const f = await failureOf(c.call('/calendar/info', { cal_id: 'cal.SampleSupportUS0002' }));
    expect(f).toMatchObject({ kind: 'unreadable', fields: ['timezone', 'created_at'], status: 200 });
    expect(requestIdOf(f)).toMatch(/^[0-9A-Z]{26}$/);
  });
});
