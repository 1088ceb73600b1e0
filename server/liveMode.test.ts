// Live mode through the real server, against a fake Flashduty on loopback that demands the app key.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeFlashduty } from './test/fakeFlashduty';
import { rawRequest, sendRaw } from './test/rawHttp';
import { startServer } from './test/startServer';

const APP_KEY = 'k3y-Secret.Value_0123456789abcdef';

let upstream: Awaited<ReturnType<typeof startFakeFlashduty>>;
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  upstream = await startFakeFlashduty(APP_KEY);
  server = await startServer({ live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 1500, maxAnswerBytes: 256 * 1024 }, maxBodyBytes: 4096, audit: true });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});
afterEach(() => {
  upstream.arrived.length = 0;
});

/** A call through the panel's server; whatever it answers, the browser never sees the key. */
async function post(...args: Parameters<typeof server.post>) {
  const r = await server.post(...args);
  expect(r.text + JSON.stringify([...r.headers])).not.toContain(APP_KEY);
  expect(server.logs.join('\n')).not.toContain(APP_KEY);
  return r;
}

describe('live mode forwards the eight calendar endpoints to Flashduty', () => {
  it('adds the app key, and passes back status, body and Flashcat-Request-Id unchanged', async () => {
    const r = await post('/calendar/list', {});
    expect(upstream.arrived).toHaveLength(1);
    const [call] = upstream.arrived;
    expect(call).toMatchObject({ method: 'POST', path: '/calendar/list', body: '{}' });
    expect(call.query.getAll('app_key')).toEqual([APP_KEY]);
    expect(r.status).toBe(200);
    expect(r.json.data.items.map((c: { cal_id: string }) => c.cal_id)).toContain('cal.SampleOnCallChina01');
    expect(r.headers.get('flashcat-request-id')).toBe(r.json.request_id);
    // The upstream's id, not one of ours: ours appears in our log line of this request.
    expect(server.logs.at(-1)).not.toContain(r.json.request_id);
  });

  it('passes an upstream error through with its own status and message', async () => {
    upstream.fault({ type: 'error', code: 'AccessDenied', message: 'no permission: calendar manage' });
    const r = await post('/calendar/event/upsert', { cal_id: 'cal.SampleOnCallChina01', summary: 'x', is_off: true, start_at: '2026-01-01', end_at: '2026-01-02' });
    expect(r.status).toBe(403);
    expect(r.json.error).toEqual({ code: 'AccessDenied', message: 'no permission: calendar manage' });
  });

  it('passes Flashduty’s Retry-After through, readable by a listed portal’s page (CORS exposes it)', async () => {
    const cors = await startServer({ live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 1500 }, allowedOrigins: ['https://portal.example.com'] });
    try {
      upstream.fault({ type: 'error', code: 'RequestTooFrequently', retryAfter: 7 });
      const r = await cors.post('/calendar/event/upsert', { cal_id: 'cal.SampleOnCallChina01', summary: 'x', is_off: true, start_at: '2026-01-01', end_at: '2026-01-02' }, { Origin: 'https://portal.example.com' });
      expect(r.status).toBe(429);
      expect(r.json.error.code).toBe('RequestTooFrequently');
      expect(r.headers.get('retry-after')).toBe('7');
      expect(r.headers.get('access-control-expose-headers')?.toLowerCase().split(/,\s*/)).toContain('retry-after');
      // Only a Retry-After that is one goes on; an answer without it gets none.
      upstream.fault({ type: 'error', code: 'RequestTooFrequently' });
      expect((await cors.post('/calendar/list', {})).headers.get('retry-after')).toBeNull();
      // A wait of years (a broken upstream) goes on as the longest the panel waits: a minute.
      upstream.fault({ type: 'error', code: 'RequestTooFrequently', retryAfter: 999_999_999 });
      expect((await cors.post('/calendar/list', {})).headers.get('retry-after')).toBe('60');
    } finally {
      await cors.close();
    }
  });

  it('forwards the body as it read it (requestBody.test.ts) and passes Accept-Language on', async () => {
    const r = await post('/calendar/info', '{ "cal_id" : "cal.nope" }', { 'Accept-Language': 'zh-CN,zh;q=0.9' });
    expect(upstream.arrived[0].body).toBe('{"cal_id":"cal.nope"}');
    expect(upstream.arrived[0].headers['accept-language']).toBe('zh-CN,zh;q=0.9');
    expect(r.json.error.message).toBe('日历 cal.nope 不存在。');
  });

  it('forwards none of the browser’s cookies, credentials or query', async () => {
    await post('/calendar/list?app_key=someone-elses&x=1', {}, { Cookie: 'portal_session=abc', Authorization: 'Bearer portal-token', 'X-Sandbox-Account': 'a' });
    const [call] = upstream.arrived;
    expect(call.query.getAll('app_key')).toEqual([APP_KEY]);
    expect(call.query.has('x')).toBe(false);
    expect(call.headers.cookie).toBeUndefined();
    expect(call.headers.authorization).toBeUndefined();
    expect(call.headers['x-sandbox-account']).toBeUndefined();
  });

  it('shows Flashduty’s Unauthorized when the key is refused, without the key', async () => {
    const wrong = await startServer({ live: { apiBase: upstream.url, appKey: 'wrong-key-123456', timeoutMs: 400 } });
    const r = await wrong.post('/calendar/list', {});
    await wrong.close();
    expect(r.status).toBe(401);
    expect(r.json.error.code).toBe('Unauthorized');
    expect(r.text + wrong.logs.join('\n')).not.toContain('wrong-key-123456');
  });
});

describe('live mode keeps an audit trail of writes', () => {
  it('one line per write with the user, what was written, the result and both request ids; none for reads', async () => {
    server.audit.length = 0;
    await post('/calendar/list', {});
    await post('/calendar/event/list', { cal_id: 'cal.SampleOnCallChina01', year: 2026 });
    const created = await post('/calendar/event/upsert', { cal_id: 'cal.SampleOnCallChina01', summary: 'Audit day', is_off: true, start_at: '2026-03-02', end_at: '2026-03-03' });
    await post('/calendar/event/delete', { cal_id: 'cal.SampleOnCallChina01', event_id: 'cale.nope' });
    expect(server.audit).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        client: '127.0.0.1', // the connection's address: no proxy is trusted here
        endpoint: '/calendar/event/upsert',
        cal_id: 'cal.SampleOnCallChina01',
        event_id: created.json.data.event_id,
        summary: 'Audit day',
        start_at: '2026-03-02',
        end_at: '2026-03-03',
        is_off: true,
        result: 'OK',
        status: 200,
        request_id: expect.stringMatching(/^[0-9A-Z]{26}$/),
        flashduty_request_id: created.json.request_id,
      },
      expect.objectContaining({ endpoint: '/calendar/event/delete', event_id: 'cale.nope', result: 'ResourceNotFound', status: 400 }),
    ]);
    expect(server.audit[0].request_id).not.toBe(server.audit[0].flashduty_request_id);
    expect(JSON.stringify(server.audit)).not.toContain(APP_KEY);
  });
});

describe('live mode answers locally what must not reach Flashduty', () => {
  it.each([
    '/member/list',
    '/calendar/../member/list',
    '/calendar/%2e%2e/member/list',
    '/calendar/event/upsert/extra',
    '/calendar%2Flist',
    '/calendar/',
    '/',
    '/calendar/%2e%2e/%2e%2e/member/list',
    '/calendar/..%2fmember/list',
    '/calendar/./list',
    '/calendar//list',
    '/calendar/list/',
    '/calendar/list%00',
    '/calendar/list;app_key=x',
    '/CALENDAR/LIST',
  ])('RouteNotFound for %s, sent raw (no client normalises it on the way)', async (path) => {
    const exchange = await sendRaw(server.port, rawRequest('POST', `/api${path}`, { 'Content-Type': 'application/json', 'Content-Length': '2' }, '{}'));
    expect(exchange.status).toBe(404);
    const body = JSON.parse(exchange.response.slice(exchange.response.indexOf('\r\n\r\n') + 4));
    expect(body.error.code).toBe('RouteNotFound');
    expect(upstream.arrived).toEqual([]);
  });

  it('refuses an exact-looking content type that is not JSON', async () => {
    for (const type of ['application/json-patch+json', 'application/jsonx', 'text/json', 'application/x-www-form-urlencoded; a=application/json', 'application/json; charset=utf-16', 'application/json; a=b']) {
      expect((await post('/calendar/list', '{}', { 'Content-Type': type })).json.error.code, type).toBe('InvalidContentType');
    }
    expect((await post('/calendar/list', '{}', { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('rejects other content types, bodies that are not JSON, and bodies over the limit', async () => {
    expect((await post('/calendar/list', 'cal_id=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).json.error.code).toBe('InvalidContentType');
    expect((await post('/calendar/list', '{nope')).json.error.code).toBe('BadRequest');
    expect((await post('/calendar/list', { description: 'x'.repeat(5000) })).json.error.code).toBe('EntityTooLarge');
    expect(upstream.arrived).toEqual([]);
  });

  it('has no sandbox controls', async () => {
    const r = await fetch(`${server.url}/__sandbox/faults`, { method: 'POST', body: '{"fault":{"type":"drop"}}' });
    expect(r.status).toBe(404);
  });
});

describe('live mode turns upstream failures into clear envelopes with our own request id', () => {
  it('a timeout: 504 ServiceUnavailable that says the event may be saved', async () => {
    upstream.fault({ type: 'delay', ms: 3000 });
    const r = await post('/calendar/event/upsert', {});
    expect(r.status).toBe(504);
    expect(r.json.error.code).toBe('ServiceUnavailable');
    expect(r.json.error.message).toContain('did not answer within 2 seconds');
    expect(r.json.error.message).toContain('may already be saved');
    expect(r.headers.get('flashcat-request-id')).toBe(r.json.request_id);
    expect(server.logs.join('\n')).toContain(r.json.request_id);
  });

  it('an upstream that trickles its body: 504 at the deadline, which covers the body too', async () => {
    upstream.fault({ type: 'trickle', ms: 6000 });
    const started = Date.now();
    const r = await post('/calendar/event/list', { cal_id: 'cal.SampleOnCallChina01', year: 2026 });
    expect(r.status).toBe(504);
    expect(r.json.error.message).toContain('did not answer within 2 seconds');
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('an answer larger than the cap: 502 ServiceUnavailable that says so, without holding it all', async () => {
    upstream.fault({ type: 'huge', bytes: 3 * 1024 * 1024 });
    const r = await post('/calendar/event/list', { cal_id: 'cal.SampleOnCallChina01', year: 2026 });
    expect(r.status).toBe(502);
    expect(r.json.error).toEqual({ code: 'ServiceUnavailable', message: 'Flashduty’s answer was larger than 256 KiB, more than the panel’s server accepts.' });
  });

  it('a padded answer for one record (/calendar/info, 20 MB or 128 KiB): 502 at the record cap (64 KiB), below the lists’ cap', async () => {
    for (const bytes of [20 * 1024 * 1024, 128 * 1024]) {
      upstream.fault({ type: 'huge', bytes }, '/calendar/info');
      const r = await post('/calendar/info', { cal_id: 'cal.SampleOnCallChina01' }, { 'Accept-Language': 'zh-CN' });
      expect(r.status).toBe(502);
      expect(r.json.error).toEqual({ code: 'ServiceUnavailable', message: 'Flashduty 的响应超过 64 KiB，面板服务器无法接收。' });
    }
    // The calendar's own answer is far under it.
    expect((await post('/calendar/info', { cal_id: 'cal.SampleOnCallChina01' })).status).toBe(200);
  });

  it('an upstream message that repeats the query: the key is replaced before the browser sees it', async () => {
    upstream.fault({ type: 'error', code: 'InvalidParameter', message: `bad query: app_key=${APP_KEY}&x=1` });
    const r = await post('/calendar/list', {});
    expect(r.json.error.message).toBe('bad query: app_key=[app key]&x=1');
  });

  it('garbage (an HTML error page): 502 ServiceUnavailable naming what came', async () => {
    upstream.fault({ type: 'html', status: 502 });
    const r = await post('/calendar/list', {}, { 'Accept-Language': 'en' });
    expect(r.status).toBe(502);
    expect(r.json.error).toEqual({
      code: 'ServiceUnavailable',
      message: 'Flashduty answered with something that is not the API’s JSON (HTTP 502, text/html; charset=utf-8).',
    });
  });

  it('a connection cut mid-answer: 502 ServiceUnavailable', async () => {
    upstream.fault({ type: 'drop' });
    const r = await post('/calendar/list', {});
    expect(r.status).toBe(502);
    expect(r.json.error.code).toBe('ServiceUnavailable');
  });

  it('an upstream that cannot be reached: 502 ServiceUnavailable with the cause, in the caller’s language', async () => {
    const closed = await startFakeFlashduty(APP_KEY);
    await closed.close();
    const unreachable = await startServer({ live: { apiBase: closed.url, appKey: APP_KEY, timeoutMs: 400 } });
    const r = await unreachable.post('/calendar/list', {}, { 'Accept-Language': 'zh-CN' });
    await unreachable.close();
    expect(r.status).toBe(502);
    expect(r.json.error).toEqual({ code: 'ServiceUnavailable', message: '面板服务器无法连接 Flashduty（ECONNREFUSED）。' });
    expect(unreachable.logs.join('\n')).toContain('ECONNREFUSED');
    expect(unreachable.logs.join('\n')).not.toContain(APP_KEY);
  });
});

describe('live mode with an upstream that answers oddly', () => {
  let answer: (res: ServerResponse) => void = (res) => res.end();
  const odd = createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(res));
  });
  let through: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    await new Promise<void>((resolve) => odd.listen(0, '127.0.0.1', resolve));
    through = await startServer({ live: { apiBase: `http://127.0.0.1:${(odd.address() as AddressInfo).port}`, appKey: APP_KEY, timeoutMs: 1500 } });
  });
  afterAll(async () => {
    await through.close();
    odd.closeAllConnections();
    await new Promise((resolve) => odd.close(resolve));
  });
  const call = async () => {
    const r = await through.post('/calendar/list', {});
    expect(r.text + JSON.stringify([...r.headers])).not.toContain(APP_KEY);
    return r;
  };

  it('a content type that quotes the key: the message names it shortened, without the key', async () => {
    answer = (res) => {
      res.writeHead(500, { 'Content-Type': `text/html; upstream=/calendar/list?app_key=${APP_KEY}; ${'x'.repeat(5000)}` });
      res.end('<h1>oops</h1>');
    };
    const r = await call();
    expect(r.status).toBe(502);
    expect(r.json.error.message.length).toBeLessThan(250);
  });

  it('a message that quotes the key \\u-escaped: replaced too', async () => {
    const escaped = [...APP_KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    answer = (res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(`{"request_id":"r1","error":{"code":"InvalidParameter","message":"bad key ${escaped}"}}`);
    };
    const r = await call();
    expect(r.json.error).toEqual({ code: 'InvalidParameter', message: 'bad key [app key]' });
  });

  it('a redirect, even with an envelope: 502, not passed on without its Location', async () => {
    answer = (res) => {
      res.writeHead(302, { 'Content-Type': 'application/json', Location: 'http://127.0.0.1:1/elsewhere' });
      res.end('{"request_id":"r2","data":{}}');
    };
    const r = await call();
    expect([r.status, r.json.error.code]).toEqual([502, 'ServiceUnavailable']);
    expect(r.json.error.message).toContain('HTTP 302');
  });
});
