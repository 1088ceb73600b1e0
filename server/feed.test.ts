// The subscription feed over real HTTP: its URL from the API, the feed read by ical.js and by an
// independent line reader, 404s that say nothing, a new secret revoking every URL, the cache, and
// live mode (the app key never in a feed).
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeFlashduty } from './test/fakeFlashduty';
import { startServer } from './test/startServer';

const SECRET = 'feed-secret-for-tests-0123456789abcdef';
const CHINA_ON_CALL = 'cal.SampleOnCallChina01';
const octets = (line: string) => new TextEncoder().encode(line).length;

/** An iCalendar reader of its own (not ical.js): content lines unfolded, each a name, parameters and a value. */
function readLines(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(octets(line)).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
  else logical.push(line);
  const events: Record<string, string>[] = [];
  const stack: string[] = [];
  let event: Record<string, string> | undefined;
  for (const line of logical) {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name, params, value] = match!;
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = {};
    } else if (name === 'END') {
      expect(stack.pop()).toBe(value);
      if (value === 'VEVENT') events.push(event!);
    } else if (event) {
      event[name + params] = value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    }
  }
  expect(stack).toEqual([]);
  return events;
}

describe('the subscription feed (sandbox, one shared account)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ accounts: 'shared', feedSecret: SECRET, feedNow: () => Date.UTC(2026, 5, 1) });
  });
  afterAll(() => server.close());

  const feedUrl = async (calId: string, lang = 'en') => {
    const r = await server.post('/panel/feed-url', { cal_id: calId }, { 'Accept-Language': lang });
    expect(r.status).toBe(200);
    expect(r.json.data.path).toMatch(/^feed\/cal\.[A-Za-z0-9]+\/[A-Za-z0-9_-]{32}\.ics\?lang=/);
    return `${server.url}/${r.json.data.path as string}`;
  };

  it('gives a calendar’s feed URL, and the feed reads in ical.js and in a line reader of its own', async () => {
    const url = await feedUrl(CHINA_ON_CALL, 'zh-CN');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    const text = await res.text();

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('On-call China (sample)');
    const summaries = calendar.getAllSubcomponents('vevent').map((v) => `${String(v.getFirstPropertyValue('dtstart'))}|${String(v.getFirstPropertyValue('summary'))}`);
    // The public holidays in the feed's language, as the API names them for a Chinese caller.
    expect(summaries.find((s) => s.startsWith('2026-10-01|'))).toMatch(/^2026-10-01\|国庆节.*（示例）$/);
    // A make-up working day whose name says so gets no second mark (it read “…调休上班（示例）（班）”).
    expect(summaries.find((s) => s.startsWith('2026-10-10|'))).toMatch(/调休上班（示例）$/);
    // Last year to next year.
    expect(summaries.map((s) => s.slice(0, 4)).filter((y, i, all) => all.indexOf(y) === i)).toEqual(['2025', '2026', '2027']);
    expect(summaries.filter((s) => s.endsWith('调休上班（示例）')).length).toBeGreaterThan(3);
    expect(summaries.filter((s) => s.endsWith('（班）'))).toEqual([]);

    const events = readLines(text);
    expect(events.length).toBe(summaries.length);
    const makeUp = events.find((e) => e.SUMMARY.endsWith('调休上班（示例）'))!;
    expect(makeUp).toMatchObject({ 'X-FLASHDUTY-DAY-OFF': 'FALSE', 'X-APPLE-SPECIAL-DAY': 'ALTERNATE-WORKDAY', TRANSP: 'TRANSPARENT' });
    expect(events.some((e) => e.SUMMARY === 'Team offsite (sample)' && e.UID.startsWith('cale.'))).toBe(true);
  });

  it('answers a wrong token, another calendar’s token and an unknown calendar with 404 and nothing in the body', async () => {
    const url = await feedUrl(CHINA_ON_CALL);
    const other = await feedUrl('cal.SampleSupportUS0002');
    const token = /\/([^/]+)\.ics/.exec(url)![1];
    const wrong = [
      url.replace(token, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')),
      url.replace(token, 'x'),
      url.replace(CHINA_ON_CALL, 'cal.SampleSupportUS0002'),
      other.replace('cal.SampleSupportUS0002', 'cal.Nope'),
      url.replace('.ics', '.txt'),
    ];
    for (const u of wrong) {
      const res = await fetch(u);
      expect([u, res.status]).toEqual([u, 404]);
      expect(await res.text()).toBe('');
    }
  });

  it('refuses a URL for a calendar the caller cannot read, with the API’s own error', async () => {
    const r = await server.post('/panel/feed-url', { cal_id: 'cal.Nope' });
    expect(r.json.error.code).toBe('ResourceNotFound');
    expect((await server.post('/panel/feed-url', {})).json.error.code).toBe('InvalidParameter');
  });

  it('keeps what the API said for a few minutes: polling does not spend the rate limit', async () => {
    const url = await feedUrl('cal.SampleSupportUS0002');
    const handle = vi.spyOn(server.sandbox, 'handle');
    try {
      for (let i = 0; i < 3; i++) expect((await fetch(url)).status).toBe(200);
      // The calendar and three years, once.
      expect(handle.mock.calls.map((c) => c[1])).toEqual(['/calendar/info', '/calendar/event/list', '/calendar/event/list', '/calendar/event/list']);
    } finally {
      handle.mockRestore();
    }
  });

  it('is a 404 with nothing in the body once the calendar is deleted', async () => {
    const created = await server.post('/calendar/create', { cal_name: 'Short-lived' });
    const calId = created.json.data.cal_id as string;
    const url = await feedUrl(calId);
    await server.post('/calendar/delete', { cal_id: calId });
    const res = await fetch(url);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });
});

describe('rotating FEED_SECRET', () => {
  it('revokes every URL: the old one is a 404 with nothing in the body; the same secret keeps it', async () => {
    const before = await startServer({ accounts: 'shared', feedSecret: SECRET });
    const path = (await before.post('/panel/feed-url', { cal_id: CHINA_ON_CALL })).json.data.path as string;
    await before.close();
    const same = await startServer({ accounts: 'shared', feedSecret: SECRET });
    const rotated = await startServer({ accounts: 'shared', feedSecret: 'another-secret-0123456789abcdefghijkl' });
    try {
      expect((await fetch(`${same.url}/${path}`)).status).toBe(200);
      const res = await fetch(`${rotated.url}/${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('');
    } finally {
      await same.close();
      await rotated.close();
    }
  });
});

describe('per-header sandbox accounts (the tests’ mode)', () => {
  it('puts the account in the URL and the token: another account’s name in it is a 404', async () => {
    const server = await startServer({ feedSecret: SECRET });
    try {
      const r = await server.post('/panel/feed-url', { cal_id: CHINA_ON_CALL }, { 'X-Sandbox-Account': 'alice' });
      const path = r.json.data.path as string;
      expect(path).toContain('account=alice');
      expect((await fetch(`${server.url}/${path}`)).status).toBe(200);
      const res = await fetch(`${server.url}/${path.replace('account=alice', 'account=bob')}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('');
    } finally {
      await server.close();
    }
  });
});

describe('under BASE_PATH', () => {
  it('serves the feed below the base path, where the page resolves the path the API gives', async () => {
    const server = await startServer({ accounts: 'shared', feedSecret: SECRET, basePath: '/tools/calendar/' });
    try {
      const path = (await server.post('/panel/feed-url', { cal_id: CHINA_ON_CALL })).json.data.path as string;
      expect((await fetch(`${server.url}/tools/calendar/${path}`)).status).toBe(200);
      expect((await fetch(`${server.url}/${path}`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('live mode', () => {
  const APP_KEY = 'k3y-Secret.Value_0123456789abcdef';
  it('reads the calendar through Flashduty with the key, and never writes the key into the feed or its URL', async () => {
    const upstream = await startFakeFlashduty(APP_KEY);
    const server = await startServer({ live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 1500 }, feedSecret: SECRET });
    try {
      const r = await server.post('/panel/feed-url', { cal_id: CHINA_ON_CALL });
      expect(r.text).not.toContain(APP_KEY);
      const res = await fetch(`${server.url}/${r.json.data.path as string}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('BEGIN:VEVENT');
      expect(text + JSON.stringify([...res.headers])).not.toContain(APP_KEY);
      expect(upstream.arrived.map((a) => a.path)).toEqual(['/calendar/info', '/calendar/info', '/calendar/event/list', '/calendar/event/list', '/calendar/event/list']);
      expect(upstream.arrived.every((a) => a.query.get('app_key') === APP_KEY)).toBe(true);
      expect(server.logs.join('\n')).not.toContain(APP_KEY);
    } finally {
      await server.close();
      await upstream.close();
    }
  });
});
