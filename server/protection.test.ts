// The server's protection: security headers on every answer, the Host allowlist, the Origin check on
// /api, CORS for the listed origins only, health checks, static files, and serving under a sub-path.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, sendRaw } from './test/rawHttp';
import { startServer } from './test/startServer';
import { COLOR_SCHEME_SCRIPT } from '../src/core/colorScheme';

const PORTAL = 'http://portal.example.test:8080';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ allowedOrigins: [PORTAL], frameAncestors: "'self' https://portal.example.com", allowedHosts: ['tools.example.com'] });
});
afterAll(() => server.close());

describe('security headers', () => {
  it.each(['/', '/api/calendar/list', '/nope'])('are on every answer (%s)', async (path) => {
    const r = await fetch(server.url + path, path.startsWith('/api') ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' } : {});
    const csp = r.headers.get('content-security-policy') ?? '';
    // Scripts from the server, and inline only the colour scheme's script, by its hash.
    const hash = createHash('sha256').update(COLOR_SCHEME_SCRIPT).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/portal\.example\.com$/);
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it("frame-ancestors defaults to 'self'", async () => {
    const plain = await startServer();
    const r = await fetch(plain.url + '/');
    await plain.close();
    expect(r.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
  });
});

describe('/api accepts same-origin calls and the listed origins only', () => {
  const list = (headers: Record<string, string>) => server.post('/calendar/list', {}, { 'X-Sandbox-Account': 'origin', ...headers });

  it('answers a call from its own page', async () => {
    const r = await list({ Origin: server.url });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a call without an Origin (not a browser’s cross-site call)', async () => {
    expect((await list({})).status).toBe(200);
  });

  it('takes no X-Forwarded-Host without TRUST_PROXY: any client can send one', async () => {
    expect((await list({ Origin: 'http://tools.example.com', 'X-Forwarded-Host': 'tools.example.com' })).status).toBe(403);
    // The attack round's case: a foreign origin that names itself in the header (through inject: no socket needed).
    const injected = await server.app.inject({
      method: 'POST',
      url: '/api/calendar/list',
      headers: { 'content-type': 'application/json', 'x-sandbox-account': 'origin', origin: 'http://127.0.0.1:9999', 'x-forwarded-host': '127.0.0.1:9999' },
      payload: '{}',
    });
    expect(injected.statusCode).toBe(403);
  });

  it('with TRUST_PROXY, answers a same-origin call that came through the reverse proxy, when the host it forwards is allowed', async () => {
    const behindProxy = await startServer({ allowedHosts: ['tools.example.com'], trustProxy: true });
    try {
      const call = (headers: Record<string, string>) => behindProxy.post('/calendar/list', {}, { 'X-Sandbox-Account': 'origin-proxy', ...headers });
      expect((await call({ Origin: 'http://tools.example.com', 'X-Forwarded-Host': 'tools.example.com' })).status).toBe(200);
      expect((await call({ Origin: 'http://evil.example', 'X-Forwarded-Host': 'evil.example' })).status).toBe(403);
    } finally {
      await behindProxy.close();
    }
  });

  it('compares the scheme: an https page is not this plain-http server’s own', async () => {
    const host = new URL(server.url).host;
    expect((await list({ Origin: `https://${host}` })).status).toBe(403);
    expect((await list({ Origin: 'https://tools.example.com', 'X-Forwarded-Host': 'tools.example.com' })).status).toBe(403);
    // Without TRUST_PROXY a proxy's X-Forwarded-Proto is not taken.
    expect((await list({ Origin: `https://${host}`, 'X-Forwarded-Proto': 'https' })).status).toBe(403);
    expect(server.logs.join('\n')).toContain('Origin is neither this page’s (scheme, host and port)');
  });

  it('with TRUST_PROXY, takes the scheme from the X-Forwarded-Proto of the proxy that terminates TLS', async () => {
    const behindTls = await startServer({ allowedHosts: ['tools.example.com'], trustProxy: true });
    try {
      const call = (headers: Record<string, string>) => behindTls.post('/calendar/list', {}, { 'X-Sandbox-Account': 'origin-tls', ...headers });
      const proxied = { 'X-Forwarded-Host': 'tools.example.com', 'X-Forwarded-Proto': 'https' };
      expect((await call({ Origin: 'https://tools.example.com', ...proxied })).status).toBe(200);
      expect((await call({ Origin: 'http://tools.example.com', ...proxied })).status).toBe(403);
      expect((await call({ Origin: 'https://tools.example.com', 'X-Forwarded-Host': 'tools.example.com', 'X-Forwarded-Proto': 'https, http' })).status).toBe(200);
      // No header from the proxy: the connection's own scheme.
      expect((await call({ Origin: 'https://tools.example.com', 'X-Forwarded-Host': 'tools.example.com' })).status).toBe(403);
    } finally {
      await behindTls.close();
    }
  });

  it('refuses another origin with AccessDenied, before it reaches the sandbox', async () => {
    const before = server.sandbox.handle('origin-refused', '/calendar/event/list', { cal_id: 'cal.SampleSupportUS0002', year: 2026 }, 'en');
    const r = await server.post(
      '/calendar/event/upsert',
      { cal_id: 'cal.SampleSupportUS0002', summary: 'x', is_off: true, start_at: '2026-01-01', end_at: '2026-01-02' },
      { 'X-Sandbox-Account': 'origin-refused', Origin: 'https://evil.example' },
    );
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe('AccessDenied');
    // Said as what it is: another site's call, not a permission the scheduler lacks.
    expect(r.json.error.message).toBe('The request came from another site: only the panel’s own page and the sites listed in ALLOWED_ORIGINS may call this API.');
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const after = server.sandbox.handle('origin-refused', '/calendar/event/list', { cal_id: 'cal.SampleSupportUS0002', year: 2026 }, 'en');
    expect(after).toEqual(before);
  });

  it('refuses a look-alike of its own origin', async () => {
    expect((await list({ Origin: server.url + '.evil.example' })).status).toBe(403);
    expect((await list({ Origin: 'null' })).status).toBe(403);
  });

  it('answers a listed origin with CORS headers, and its preflight', async () => {
    const r = await list({ Origin: PORTAL });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(r.headers.get('access-control-expose-headers')).toBe('Flashcat-Request-Id, Retry-After, Date');
    expect(r.headers.get('vary')).toContain('Origin');

    const preflight = await fetch(`${server.url}/api/calendar/event/upsert`, {
      method: 'OPTIONS',
      headers: { Origin: PORTAL, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, X-Sandbox-Account');
  });

  it('refuses the preflight of an origin that is not listed', async () => {
    const preflight = await fetch(`${server.url}/api/calendar/event/upsert`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses sandbox controls from another origin', async () => {
    const r = await fetch(`${server.url}/__sandbox/reset`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect(r.status).toBe(403);
  });
});

describe('served under a sub-path', () => {
  let sub: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    sub = await startServer({ basePath: '/tools/calendar/' });
  });
  afterAll(() => sub.close());

  it('answers the API under the path', async () => {
    const r = await sub.post('/calendar/list', {});
    expect(r.status).toBe(200);
    expect(r.json.data.total).toBeGreaterThan(0);
  });

  it('redirects the path without its slash, keeping the query', async () => {
    const r = await fetch(`${sub.url}/tools/calendar?lang=zh-CN`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/tools/calendar/?lang=zh-CN');
  });

  it('keeps the health checks at the root, for the orchestrator', async () => {
    expect((await fetch(`${sub.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${sub.url}/readyz`)).status).toBe(200);
  });

  it('answers 404 outside the path', async () => {
    const api = await fetch(`${sub.url}/api/calendar/list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(404);
    expect((await fetch(`${sub.url}/tools/calendarx/`)).status).toBe(404);
  });
});

describe('the Host allowlist (DNS rebinding)', () => {
  const get = (host: string, path = '/healthz') => sendRaw(server.port, rawRequest('GET', path, { Host: host }));

  it('answers loopback names, IP addresses and the listed host names', async () => {
    for (const host of ['127.0.0.1', `127.0.0.1:${server.port}`, 'localhost:4173', 'app.localhost', '[::1]:4173', '10.1.2.3', 'tools.example.com', 'TOOLS.example.com.']) {
      expect((await get(host)).status, host).toBe(200);
    }
  });

  it('refuses any other name before routing, with a message that says how to allow it', async () => {
    for (const host of ['evil.example', 'evil.example:4173', 'tools.example.com.evil.example', 'localhost.evil.example', '[', '']) {
      const exchange = await get(host, '/');
      expect(exchange.status, host).toBe(403);
    }
    const page = await get('evil.example:4173', '/');
    expect(page.response).toContain('Blocked request: this server does not answer to the host name "evil.example". To allow it, add it to ALLOWED_HOSTS');
    expect(page.response).toMatch(/content-security-policy: /i);
  });

  it('refuses a rebound page’s write even though its Origin matches its Host', async () => {
    const account = 'rebinding';
    const body = JSON.stringify({ cal_id: 'cal.SampleSupportUS0002', summary: 'x', is_off: true, start_at: '2026-01-01', end_at: '2026-01-02' });
    const exchange = await sendRaw(
      server.port,
      rawRequest('POST', '/api/calendar/event/upsert', {
        Host: 'evil.example:4173',
        Origin: 'http://evil.example:4173',
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        'X-Sandbox-Account': account,
      }, body),
    );
    expect(exchange.status).toBe(403);
    expect(exchange.response).toContain('"code":"AccessDenied"');
    expect(server.sandbox.ownEvents(account).filter((e) => e.summary === 'x')).toEqual([]);
  });

  it('takes subdomains for a name listed with a leading dot', async () => {
    const wide = await startServer({ allowedHosts: ['.corp.example'] });
    try {
      for (const host of ['corp.example', 'cal.corp.example', 'a.b.corp.example:8443']) expect((await sendRaw(wide.port, rawRequest('GET', '/healthz', { Host: host }))).status, host).toBe(200);
      expect((await sendRaw(wide.port, rawRequest('GET', '/healthz', { Host: 'evilcorp.example' }))).status).toBe(403);
    } finally {
      await wide.close();
    }
  });
});

describe('health checks', () => {
  it('/healthz says the process is up, /readyz that it is ready and which API it uses', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${server.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', api: 'sandbox' }]);
  });
});

describe('static files', () => {
  let root: string;
  let files: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'panel-static-'));
    await mkdir(join(root, 'assets'));
    const script = 'console.log("panel");'.repeat(100);
    await writeFile(join(root, 'index.html'), '<!doctype html><title>panel</title>');
    await writeFile(join(root, 'assets', 'index-AbCd1234.js'), script);
    await writeFile(join(root, 'assets', 'index-AbCd1234.js.br'), brotliCompressSync(script));
    await writeFile(join(root, 'assets', 'index-AbCd1234.js.map'), '{"sources":["src/secret.ts"]}');
    await writeFile(join(root, '.env'), 'SECRET=1');
    await mkdir(join(root, '.git'));
    await writeFile(join(root, '.git', 'config'), '[core]');
    files = await startServer({ staticDir: root });
  });
  afterAll(async () => {
    await files.close();
    await rm(root, { recursive: true });
  });

  it('sends the compressed copy made at build time, with its type, and caches hashed files for a year', async () => {
    const r = await fetch(`${files.url}/assets/index-AbCd1234.js`, { headers: { 'Accept-Encoding': 'br' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-encoding')).toBe('br');
    expect(r.headers.get('content-type')).toMatch(/javascript/);
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(r.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await r.text()).toContain('console.log("panel")'); // fetch decodes brotli
    const page = await fetch(`${files.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a revalidation with 304 Not Modified', async () => {
    const first = await fetch(`${files.url}/`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // Raw: fetch adds "Cache-Control: no-cache" to a conditional request, which asks for the full answer.
    const again = await sendRaw(files.port, rawRequest('GET', '/', { 'If-None-Match': etag! }));
    expect(again.status).toBe(304);
  });

  it('never serves source maps or dotfiles', async () => {
    for (const path of ['/assets/index-AbCd1234.js.map', '/.env', '/.git/config', '/%2eenv']) {
      const r = await fetch(`${files.url}${path}`);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).not.toMatch(/SECRET|core|sources/);
    }
  });
});
