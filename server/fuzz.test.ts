// What an attacker sends, over raw sockets: malformed request lines, odd paths, hostile headers and
// bodies. Every input gets an answer or a closed socket, never a hang, and the server answers a
// normal request after each one, in the sandbox and in live mode. In live mode nothing but the eight
// endpoints ever reaches Flashduty, and the key never comes back.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT_PATHS } from '../src/core/apiContract';
import { startFakeFlashduty } from './test/fakeFlashduty';
import { rawRequest, sendRaw } from './test/rawHttp';
import { startServer } from './test/startServer';

const APP_KEY = 'FuzzKey_0123456789abcdefABCDEF';

// The probes that took the first server down, and their relatives.
const NASTY_TARGETS = [
  '//',
  '//[',
  '//a%zz/',
  'http://[::1/',
  '//:99999/api/calendar/list',
  'http://evil.example/api/calendar/list',
  '*',
  '/%',
  '/%zz',
  '/%00',
  '/api/calendar/list%00',
  '/api/calendar/../member/list',
  '/api/calendar/%2e%2e/member/list',
  '/api/calendar%2Flist',
  '/api//calendar/list',
  '/api/calendar/list/',
  '/api/calendar/list;x',
  '/api/calendar/list?app_key=x&app_key=y',
  '/../package.json',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/../../package.json',
  '/.env',
  '/.git/config',
  '/index.html.br',
  '/assets/',
  '/embed/../package.json',
  '/__sandbox/../api/calendar/list',
  '/' + 'a'.repeat(70_000),
  '/\u00ff\u00fe',
];

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'BREW', 'get', ''];

const headerValue = fc.oneof(
  fc.constantFrom('', ' ', 'evil.example', 'evil.example:4173', '[', '[::1', '127.0.0.1:99999', 'null', '-1', '18446744073709551616', 'chunked', 'gzip, chunked', 'application/json', 'application/json-patch+json', 'zh-CN;q=x,,,', 'http://evil.example', '\u00ff'),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')),
);
const headerName = fc.constantFrom(
  'Host', 'Origin', 'Content-Type', 'Content-Length', 'Transfer-Encoding', 'Accept-Language', 'Accept-Encoding',
  'X-Forwarded-Host', 'X-Sandbox-Account', 'Range', 'If-None-Match', 'Expect', 'Connection', 'Cookie', 'X-Random',
);
const target = fc.oneof(
  fc.constantFrom(...NASTY_TARGETS),
  fc.constantFrom(...ENDPOINT_PATHS).map((p) => `/api${p}`),
  fc.array(fc.oneof(fc.constantFrom('api', 'calendar', 'event', 'upsert', '..', '.', '%2e', '%2F', '', 'embed', 'assets', '__sandbox'), fc.string({ unit: 'binary-ascii', maxLength: 8 })), { maxLength: 5 })
    .map((parts) => '/' + parts.join('/').replace(/[\s]/g, '')),
);
const request = fc.record({
  method: fc.constantFrom(...METHODS),
  target,
  version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', ''),
  headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }),
  body: fc.oneof(fc.constant(''), fc.json(), fc.string({ unit: 'binary', maxLength: 200 })),
});

function render(r: { method: string; target: string; version: string; headers: [string, string][]; body: string }) {
  const head = [`${r.method} ${r.target} ${r.version}`.trim(), ...r.headers.map(([k, v]) => `${k}: ${v}`)];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), Buffer.from(r.body, 'utf8')]);
}

async function stillAnswers(url: string) {
  const res = await fetch(`${url}/healthz`);
  expect(res.status).toBe(200);
}

describe.each(['sandbox', 'live'] as const)('in the %s', (mode) => {
  let upstream: Awaited<ReturnType<typeof startFakeFlashduty>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    upstream = await startFakeFlashduty(APP_KEY);
    server = await startServer(mode === 'live' ? { live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 2000 } } : {});
  });
  afterAll(async () => {
    await server.close();
    await upstream.close();
  });

  const cases = NASTY_TARGETS.flatMap((t) => ['GET', 'POST'].map((m) => [m, t.length > 60 ? `${t.slice(0, 20)}… (${t.length} characters)` : t, t] as const));
  it.each(cases)('%s %s: answered, and the server goes on', async (method, _label, path) => {
    const exchange = await sendRaw(server.port, rawRequest(method, path, { 'Content-Type': 'application/json', 'Content-Length': '2' }, '{}'));
    expect(exchange.hung).toBe(false);
    if (exchange.status !== undefined) expect(exchange.status).toBeLessThan(500);
    expect(exchange.response).not.toContain(APP_KEY);
    await stillAnswers(server.url);
  });

  it('never reads a file outside the build, nor a dotfile', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/.env', '/embed/../package.json', '/..%2fpackage.json']) {
      const exchange = await sendRaw(server.port, rawRequest('GET', path));
      expect(exchange.hung, path).toBe(false);
      expect(exchange.response, path).not.toContain('"devDependencies"');
      // Refused, or the connection closed without an answer (Node's parser drops some of these).
      if (exchange.status !== undefined) expect(exchange.status, path).toBeGreaterThanOrEqual(400);
    }
  });

  it('survives random request lines, paths, headers and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const exchange = await sendRaw(server.port, render(r));
        expect(exchange.hung).toBe(false);
        expect(exchange.response).not.toContain(APP_KEY);
        await stillAnswers(server.url);
      }),
      { numRuns: 150 },
    );
    // In live mode, whatever was sent, Flashduty saw only the eight endpoints, with our key only.
    for (const call of upstream.arrived) {
      expect(ENDPOINT_PATHS as readonly string[]).toContain(call.path);
      expect([...call.query.keys()]).toEqual(['app_key']);
    }
  }, 60_000);
});
