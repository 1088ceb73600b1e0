// The server's protection: security headers on every answer, the Origin check on /api, CORS for the
// listed origins only, and serving under a sub-path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './test/startServer';

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
    expect(csp).toContain("script-src 'self';");
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

  it('answers a same-origin call that came through a reverse proxy, when its host is allowed', async () => {
    expect((await list({ Origin: 'https://tools.example.com', 'X-Forwarded-Host': 'tools.example.com' })).status).toBe(200);
    expect((await list({ Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' })).status).toBe(403);
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
    expect(r.headers.get('access-control-expose-headers')).toBe('Flashcat-Request-Id');
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

  it('answers 404 outside the path', async () => {
    const api = await fetch(`${sub.url}/api/calendar/list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(404);
    expect((await fetch(`${sub.url}/tools/calendarx/`)).status).toBe(404);
  });
});
