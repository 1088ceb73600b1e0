// The audit trail: one whole JSON line per write through the server, with the user only when the
// portal's proxy is trusted to name one, none for reads, and never the key.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAuditTrail } from './audit';
import { sendRaw } from './test/rawHttp';
import { startServer } from './test/startServer';

const US = 'cal.SampleSupportUS0002';
const event = { cal_id: US, summary: 'Founders’ day', is_off: true, start_at: '2026-09-14', end_at: '2026-09-15' };

describe('through the server (sandbox)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ audit: true, trustedUserHeader: 'x-forwarded-user' });
  });
  afterAll(() => server.close());

  it('records every kind of write, with the user the proxy named, and no reads', async () => {
    const h = { 'x-sandbox-account': 'audit-writes', 'X-Forwarded-User': 'li.na@example.com' };
    await server.post('/calendar/list', {}, h);
    await server.post('/calendar/info', { cal_id: US }, h);
    await server.post('/calendar/event/list', { cal_id: US, year: 2026 }, h);
    const created = await server.post('/calendar/event/upsert', event, h);
    const eventId = created.json.data.event_id;
    await server.post('/calendar/event/upsert', { ...event, event_id: eventId, summary: 'Founders’ day (moved)', start_at: '2026-09-15', end_at: '2026-09-16' }, h);
    await server.post('/calendar/event/delete', { cal_id: US, event_id: eventId }, h);
    const calendar = await server.post('/calendar/create', { cal_name: 'Audit team' }, h);
    await server.post('/calendar/update', { cal_id: calendar.json.data.cal_id, cal_name: 'Audit team 2' }, h);
    await server.post('/calendar/delete', { cal_id: calendar.json.data.cal_id }, h);

    expect(server.audit.map((e) => [e.endpoint, e.user, e.result, e.event_id ?? e.cal_id])).toEqual([
      ['/calendar/event/upsert', 'li.na@example.com', 'OK', eventId],
      ['/calendar/event/upsert', 'li.na@example.com', 'OK', eventId],
      ['/calendar/event/delete', 'li.na@example.com', 'OK', eventId],
      ['/calendar/create', 'li.na@example.com', 'OK', calendar.json.data.cal_id],
      ['/calendar/update', 'li.na@example.com', 'OK', calendar.json.data.cal_id],
      ['/calendar/delete', 'li.na@example.com', 'OK', calendar.json.data.cal_id],
    ]);
    expect(server.audit[1]).toMatchObject({ summary: 'Founders’ day (moved)', start_at: '2026-09-15', end_at: '2026-09-16', is_off: true, status: 200 });
    expect(server.audit[3]).toMatchObject({ cal_name: 'Audit team' });
    expect(server.audit[0].flashduty_request_id).toBeUndefined(); // the sandbox is not Flashduty
  });

  it('reads the user header as the UTF-8 the proxy sent', async () => {
    server.audit.length = 0;
    // Raw bytes: the proxy sends the name in UTF-8; Node reads header bytes as Latin-1.
    const body = JSON.stringify(event);
    const head = `POST /api/calendar/event/upsert HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nx-sandbox-account: audit-utf8\r\nX-Forwarded-User: 李娜\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    expect((await sendRaw(server.port, Buffer.from(head, 'utf8'))).status).toBe(200);
    expect(server.audit[0].user).toBe('李娜');
  });

  it('refuses a request that names its user twice, and records no guess at who it was', async () => {
    server.audit.length = 0;
    const body = JSON.stringify(event);
    const head = `POST /api/calendar/event/upsert HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nx-sandbox-account: audit-twice\r\nX-Forwarded-User: alice\r\nx-forwarded-user: bob\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const exchange = await sendRaw(server.port, Buffer.from(head, 'utf8'));
    expect(exchange.status).toBe(400);
    expect(exchange.response).toContain('X-Forwarded-User'.toLowerCase());
    expect(server.audit.map((e) => e.user)).not.toContain('alice, bob');
    // Nothing was written: the sandbox account still has no such event.
    const list = await server.post('/calendar/event/list', { cal_id: US, year: 2026 }, { 'x-sandbox-account': 'audit-twice', 'X-Forwarded-User': 'li.na' });
    expect(list.json.data.items.map((e: { summary: string }) => e.summary)).not.toContain(event.summary);
  });

  it('records a refused write with its error code', async () => {
    server.audit.length = 0;
    const r = await server.post('/calendar/event/upsert', { ...event, summary: '' }, { 'x-sandbox-account': 'audit-refused', 'X-Forwarded-User': 'li.na' });
    expect(server.audit).toEqual([expect.objectContaining({ endpoint: '/calendar/event/upsert', result: 'InvalidParameter', status: 400, request_id: r.json.request_id, user: 'li.na' })]);
  });

  it('refuses a request that names no user (none, or an empty header): it did not come through the proxy', async () => {
    server.audit.length = 0;
    // U+200B as a header carries it: its UTF-8 bytes (attacker round 13: a zero-width space counted as a user).
    const zeroWidth = Buffer.from('\u200b', 'utf8').toString('latin1');
    for (const headers of [{}, { 'X-Forwarded-User': '' }, { 'X-Forwarded-User': '  ' }, { 'X-Forwarded-User': zeroWidth }] as Record<string, string>[]) {
      const write = await server.post('/calendar/event/upsert', event, { 'x-sandbox-account': 'audit-nobody', ...headers });
      expect(write.status).toBe(403);
      expect(write.json).toMatchObject({ error: { code: 'AccessDenied', message: expect.stringContaining('x-forwarded-user') } });
      const read = await server.post('/calendar/list', {}, { 'x-sandbox-account': 'audit-nobody', 'Accept-Language': 'zh-CN', ...headers });
      expect(read.json.error.message).toContain('请从门户打开面板');
    }
    const list = await server.post('/calendar/event/list', { cal_id: US, year: 2026 }, { 'x-sandbox-account': 'audit-nobody', 'X-Forwarded-User': 'li.na' });
    expect(list.json.data.items.map((e: { summary: string }) => e.summary)).not.toContain(event.summary);
    expect(server.audit).toEqual([]);
    // A CORS preflight carries no such header and does nothing: it is not refused.
    const preflight = await fetch(`${server.url}/api/calendar/list`, { method: 'OPTIONS', headers: { Origin: server.url, 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
  });
});

describe('the client’s address', () => {
  const upsert = (server: Awaited<ReturnType<typeof startServer>>, remoteAddress: string, forwardedFor?: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/calendar/event/upsert',
      remoteAddress,
      headers: { 'content-type': 'application/json', 'x-sandbox-account': 'audit-client', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      payload: JSON.stringify(event),
    });

  it('is the connection’s, whatever X-Forwarded-For says, without TRUST_PROXY', async () => {
    const server = await startServer({ audit: true });
    try {
      await server.post('/calendar/event/upsert', event, { 'x-sandbox-account': 'audit-client' });
      await upsert(server, '10.1.2.3', '203.0.113.9');
      expect(server.audit.map((e) => e.client)).toEqual(['127.0.0.1', '10.1.2.3']);
    } finally {
      await server.close();
    }
  });

  it('is kept for a write whose client hung up before the answer (its socket gone when the line is written)', async () => {
    const server = await startServer({ audit: true });
    try {
      const headers = { 'content-type': 'application/json', 'x-sandbox-account': 'audit-hung-up' };
      const fault = await fetch(`${server.url}/__sandbox/faults`, { method: 'POST', headers, body: JSON.stringify({ path: '/calendar/event/upsert', fault: { type: 'delay', ms: 3000 } }) });
      expect(fault.ok).toBe(true);
      const hungUp = fetch(`${server.url}/api/calendar/event/upsert`, { method: 'POST', headers, body: JSON.stringify(event), signal: AbortSignal.timeout(500) });
      await expect(hungUp).rejects.toThrow();
      await expect.poll(() => server.audit.length, { timeout: 10_000 }).toBe(1);
      expect(server.audit[0]).toMatchObject({ endpoint: '/calendar/event/upsert', client: '127.0.0.1' });
    } finally {
      await server.close();
    }
  });

  it('with TRUST_PROXY, is the one the proxy added last to X-Forwarded-For (not what the client wrote before it)', async () => {
    const server = await startServer({ audit: true, trustProxy: true });
    try {
      await upsert(server, '10.0.0.2', '198.51.100.7, 203.0.113.9');
      await upsert(server, '10.0.0.2', '2001:db8::1');
      await upsert(server, '10.0.0.2'); // no header: the proxy's own address
      await upsert(server, '10.0.0.2', 'not-an-address');
      expect(server.audit.map((e) => e.client)).toEqual(['203.0.113.9', '2001:db8::1', '10.0.0.2', '10.0.0.2']);
    } finally {
      await server.close();
    }
  });
});

it('names no user when no header is trusted, even if the request carries one', async () => {
  const server = await startServer({ audit: true });
  try {
    await server.post('/calendar/event/upsert', event, { 'x-sandbox-account': 'audit-untrusted', 'X-Forwarded-User': 'mallory' });
    expect(server.audit).toHaveLength(1);
    expect(server.audit[0].user).toBeUndefined();
  } finally {
    await server.close();
  }
});

describe('openAuditTrail', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'audit-'));
  });
  afterAll(() => rm(dir, { recursive: true }));

  it('appends whole JSON lines to the file, and never writes the key', async () => {
    const file = join(dir, 'audit.jsonl');
    const key = 'AuditKey_0123456789abcdef';
    for (const round of [1, 2]) {
      const trail = openAuditTrail(file, [key]);
      trail.record({ time: 't', endpoint: '/calendar/event/upsert', summary: `typed ${key} by mistake ${round}`, result: 'OK', status: 200, request_id: 'r' });
      trail.record({ time: 't', endpoint: '/calendar/event/delete', summary: '国庆节\n🎉\u2028', result: 'OK', status: 200, request_id: 'r' });
      trail.close();
    }
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(key);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    // One entry, one line, for every reader: U+2028 is escaped too (Python's splitlines splits on it).
    expect(text).not.toContain('\u2028');
    expect(lines.map((l) => JSON.parse(l).summary)).toEqual(['typed [app key] by mistake 1', '国庆节\n🎉\u2028', 'typed [app key] by mistake 2', '国庆节\n🎉\u2028']);
  });

  it('escapes C1 controls and bidirectional overrides: the line displays as what it holds', async () => {
    const file = join(dir, 'controls.jsonl');
    const user = 'eve\u009b31m\u202egnp.exe\u2066x\u2069\u200f';
    const trail = openAuditTrail(file, []);
    trail.record({ time: 't', user, endpoint: '/calendar/event/upsert', summary: '国庆\u061c\u0085', result: 'OK', status: 200, request_id: 'r' });
    trail.close();
    const text = await readFile(file, 'utf8');
    expect(text).not.toMatch(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('"user":"eve\\u009b31m\\u202egnp.exe\\u2066x\\u2069\\u200f"');
    expect(JSON.parse(text)).toMatchObject({ user, summary: '国庆\u061c\u0085' });
  });
});
