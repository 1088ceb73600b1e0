// The subscription feed against what an attacker or a broken upstream sends: a repeated query
// parameter, a calendar id that is no text, malformed records from Flashduty, writes through the
// panel while a calendar app polls (the cache must not serve a deleted calendar), and polls of a
// large calendar (the text is made once per cache period, not at every poll).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calEvent } from '../src/core/calEvent.fixture';
import { startServer } from './test/startServer';

const SECRET = 'feed-secret-for-tests-0123456789abcdef';
const APP_KEY = 'k3y-Secret.Value_0123456789abcdef';
const US = 'cal.SampleSupportUS0002';

/** An upstream that answers each endpoint with the envelope given for it, whatever was asked. */
async function scriptedUpstream(answers: Record<string, object>) {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://upstream').pathname;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ request_id: 'up', ...(answers[path] ?? { data: {} }) }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

// A record as Flashduty would send it; `fields` may break its types (a summary of null).
const event = (fields: object) => ({ ...calEvent({ cal_id: 'cal.Live', event_id: 'cale.x', summary: 'x', start_at: '2026-05-01', end_at: '2026-05-02', created_at: 0, updated_at: 0 }), ...fields });

describe('the feed in the shared sandbox', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ accounts: 'shared', feedSecret: SECRET, feedNow: () => Date.UTC(2026, 5, 1) });
  });
  afterAll(() => server.close());
  const feedUrl = async (calId: string) => `${server.url}/${(await server.post('/panel/feed-url', { cal_id: calId })).json.data.path as string}`;

  it('takes a repeated lang as no language (the Accept-Language decides), not as a server error', async () => {
    const url = await feedUrl(US);
    const res = await fetch(`${url}&lang=zh-CN`, { headers: { 'accept-language': 'zh-CN' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('X-WR-CALNAME:Support US (sample)');
  });

  it('shows a change made through the panel at the next poll, and a calendar deleted through it is a 404 at once', async () => {
    const calId = (await server.post('/calendar/create', { cal_name: 'Polled' })).json.data.cal_id as string;
    const saved = await server.post('/calendar/event/upsert', { cal_id: calId, summary: 'Offsite', start_at: '2026-12-01', end_at: '2026-12-02', is_off: true });
    const url = await feedUrl(calId);
    expect(await (await fetch(url)).text()).toContain('SUMMARY:Offsite');

    await server.post('/calendar/event/upsert', { cal_id: calId, event_id: saved.json.data.event_id, summary: 'Moved offsite', start_at: '2026-12-08', end_at: '2026-12-09', is_off: true });
    const changed = await (await fetch(url)).text();
    expect(changed).toContain('SUMMARY:Moved offsite');
    expect(changed).not.toContain('SUMMARY:Offsite');

    await server.post('/calendar/delete', { cal_id: calId });
    const res = await fetch(url);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });
});

describe('the feed in live mode, against an upstream that answers badly', () => {
  it('leaves out records that are not events (null, no date, a null summary made empty) and serves the rest', async () => {
    const upstream = await scriptedUpstream({
      '/calendar/info': { data: { cal_id: 'cal.Live', cal_name: null, timezone: 'Mars/Olympus', workdays: 'weekdays', created_at: 1e20 } },
      '/calendar/event/list': {
        data: {
          items: [
            null,
            5,
            event({ event_id: 'cale.bad-date', start_at: '2027-13-45', summary: 'Bad date' }),
            event({ event_id: 'cale.no-summary', summary: null, start_at: '2026-06-01', end_at: '2026-06-02' }),
            event({ event_id: 'cale.kept', summary: 'Kept', created_at: 1e20 }),
          ],
        },
      },
    });
    const server = await startServer({ live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 1500 }, feedSecret: SECRET, feedNow: () => Date.UTC(2026, 5, 1) });
    try {
      const path = (await server.post('/panel/feed-url', { cal_id: 'cal.Live' })).json.data.path as string;
      const res = await fetch(`${server.url}/${path}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('SUMMARY:Kept');
      expect(text).toContain('UID:cale.no-summary');
      expect(text).not.toContain('Bad date');
      expect(text).not.toContain('NaN');
      expect(server.logs.join('\n')).not.toContain('"level":50');
    } finally {
      await server.close();
      await upstream.close();
    }
  });

  it('refuses a calendar id holding a lone surrogate with InvalidParameter, not a server error', async () => {
    const upstream = await scriptedUpstream({ '/calendar/info': { data: { cal_id: 'cal.Live', cal_name: 'Live' } } });
    const server = await startServer({ live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 1500 }, feedSecret: SECRET });
    try {
      const r = await server.post('/panel/feed-url', '{"cal_id":"cal.\\ud800"}');
      expect([r.status, r.json.error.code]).toEqual([400, 'InvalidParameter']);
    } finally {
      await server.close();
      await upstream.close();
    }
  });

  it('makes the text once per cache period: polls within it get the same bytes', async () => {
    const items = Array.from({ length: 200 }, (_, i) => event({ event_id: `cale.${i}`, summary: `E${i}` }));
    const upstream = await scriptedUpstream({ '/calendar/info': { data: { cal_id: 'cal.Live', cal_name: 'Live', timezone: 'Asia/Shanghai' } }, '/calendar/event/list': { data: { items } } });
    // A clock that moves a second at each reading: events without a time are stamped with it.
    let now = Date.UTC(2026, 5, 1);
    const server = await startServer({ live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 1500 }, feedSecret: SECRET, feedNow: () => (now += 1000) });
    try {
      const url = `${server.url}/${(await server.post('/panel/feed-url', { cal_id: 'cal.Live' })).json.data.path as string}`;
      const first = await (await fetch(url)).text();
      expect(first).toContain('SUMMARY:E199');
      expect(await (await fetch(url)).text()).toBe(first);
    } finally {
      await server.close();
      await upstream.close();
    }
  });
});
