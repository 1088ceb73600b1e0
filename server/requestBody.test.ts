// What the server reads of a request body is what goes on: a body whose keys are not exactly the
// contract's, or that repeats one, is refused before either backend, in both modes. Flashduty's Go
// decoder matches keys case-insensitively with Unicode folding (ſ = s, K = k), the last match
// winning, so such a body could be audited as one calendar and written to another.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REQUEST_FIELDS } from '../src/core/apiContract';
import { upsertRequestSchema } from '../src/core/eventSchema';
import { repeatedKey } from './requestBody';
import { calIdSchema } from './sandbox/calendarHandlers';
import { calendarSchemas } from './sandbox/calendarRules';
import { eventIdSchema, listSchema } from './sandbox/eventHandlers';
import { startFakeFlashduty } from './test/fakeFlashduty';
import { startServer } from './test/startServer';

const APP_KEY = 'k3y-Secret.Value_0123456789abcdef';
const CAL = 'cal.SampleOnCallChina01';
const UPSERT = `"cal_id":"${CAL}","summary":"Team lunch","start_at":"2026-10-01","end_at":"2026-10-02","is_off":true`;

// Each: endpoint, raw body, the field the refusal names (as quoted JSON), and the refusal's kind.
const REFUSED: [string, string, string, 'unknown' | 'repeated'][] = [
  ['/calendar/event/upsert', `{${UPSERT},"CAL_ID":"cal.ONCALL_PROD"}`, '"CAL_ID"', 'unknown'],
  ['/calendar/event/upsert', `{${UPSERT},"ſummary":"Golden week"}`, '"ſummary"', 'unknown'],
  ['/calendar/list', '{"\u212Aind":"personal"}', '"\u212Aind"', 'unknown'],
  ['/calendar/event/delete', `{"cal_id":"${CAL}","event_id":"cale.aaa","Event_Id":"cale.PRODUCTION"}`, '"Event_Id"', 'unknown'],
  ['/calendar/event/delete', `{"cal_id":"${CAL}","event_id":"cale.aaa","event_id":"cale.PRODUCTION"}`, '"event_id"', 'repeated'],
  ['/calendar/delete', `{"cal_id":"cal.HARMLESS","cal\\u005fid":"${CAL}"}`, '"cal_id"', 'repeated'],
  ['/calendar/update', `{"cal_id":"${CAL}","extra_cal_ids":[{"a":1,"a":2}]}`, '"a"', 'repeated'],
  ['/calendar/info', '{"cal_id":"x","__proto__":{"cal_id":"y"}}', '"__proto__"', 'unknown'],
];

describe.each(['live', 'sandbox'] as const)('in the %s', (mode) => {
  let upstream: Awaited<ReturnType<typeof startFakeFlashduty>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    upstream = await startFakeFlashduty(APP_KEY);
    server = await startServer({ ...(mode === 'live' ? { live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 1500 } } : {}), audit: true });
  });
  afterAll(async () => {
    await server.close();
    await upstream.close();
  });
  beforeEach(() => {
    upstream.arrived.length = 0;
    server.audit.length = 0;
  });

  it.each(REFUSED)('%s %s: BadRequest naming %s, nothing sent, nothing written or audited', async (endpoint, body, field, kind) => {
    const r = await server.post(endpoint, body, { 'x-sandbox-account': `keys-${mode}` });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('BadRequest');
    expect(r.json.error.message).toContain(field);
    expect(r.json.error.message).toContain(kind === 'unknown' ? 'does not take' : 'more than once');
    expect(upstream.arrived).toEqual([]);
    expect(server.audit).toEqual([]);
    expect(server.sandbox.ownEvents(`keys-${mode}`).filter((e) => e.summary === 'Team lunch')).toEqual([]);
  });

  it('says so in Chinese too, listing the fields the endpoint takes', async () => {
    const r = await server.post('/calendar/event/delete', `{"cal_id":"${CAL}","Event_Id":"cale.x"}`, { 'Accept-Language': 'zh-CN' });
    expect(r.json.error.message).toBe('请求中的字段 "Event_Id" 不是 /calendar/event/delete 的参数。该接口的参数为 cal_id、event_id，须按此拼写（区分大小写）。');
    const twice = await server.post('/calendar/delete', '{"cal_id":"a","cal_id":"b"}', { 'Accept-Language': 'zh-CN' });
    expect(twice.json.error.message).toBe('请求中的字段 "cal_id" 出现了多次：每个字段只能出现一次。');
  });

  it('refuses a body that is not a JSON object', async () => {
    for (const body of ['[]', '"cal_id"', 'null', '1']) {
      const r = await server.post('/calendar/info', body);
      expect([r.status, r.json.error.code, r.json.error.message], body).toEqual([400, 'BadRequest', 'The request body must be a JSON object.']);
    }
    expect(upstream.arrived).toEqual([]);
  });

  it('refuses a body nested deeper than any field of the contract, in words (attacker round 13: 5,000 levels gave a 500)', async () => {
    const deep = `{"cal_id":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const r = await server.post('/calendar/info', deep, { 'Accept-Language': 'zh-CN' });
    expect([r.status, r.json.error.code, r.json.error.message]).toEqual([400, 'BadRequest', '请求体嵌套超过 8 层：接口的参数只是值或值的列表。']);
    // Brackets inside a string are text, not nesting.
    const named = await server.post('/calendar/event/upsert', `{${UPSERT.replace('Team lunch', '[[[[[[[[[[[[')}}`, { 'x-sandbox-account': `deep-${mode}` });
    expect(named.status).toBe(200);
    expect(upstream.arrived.length).toBe(mode === 'live' ? 1 : 0);
  });

  it('the panel’s feed URL is judged by the same rule', async () => {
    const r = await server.post('/panel/feed-url', `{"cal_id":"${CAL}","CAL_ID":"cal.other"}`);
    expect([r.status, r.json.error.code]).toEqual([400, 'BadRequest']);
    expect(upstream.arrived).toEqual([]);
  });

  it('a body of the contract’s keys, each once, is answered and audited as sent', async () => {
    const r = await server.post('/calendar/event/upsert', `{ ${UPSERT.replace('Team lunch', 'Team \\u006cunch')} }`, { 'x-sandbox-account': `keys-ok-${mode}` });
    expect(r.status).toBe(200);
    expect(server.audit).toEqual([expect.objectContaining({ cal_id: CAL, summary: 'Team lunch', start_at: '2026-10-01', end_at: '2026-10-02', result: 'OK' })]);
  });
});

describe('live mode sends what it read', () => {
  it('forwards the body it parsed and audited, written anew: no spacing or escapes of the browser’s', async () => {
    const upstream = await startFakeFlashduty(APP_KEY);
    const server = await startServer({ live: { apiBase: upstream.url, appKey: APP_KEY, timeoutMs: 1500 }, audit: true });
    try {
      await server.post('/calendar/event/upsert', `{ "cal_id" : "${CAL}", "summary":"\\u0047olden week 中文", "start_at":"2026-10-01","end_at":"2026-10-08","is_off":true }`);
      expect(upstream.arrived.map((a) => a.body)).toEqual([`{"cal_id":"${CAL}","summary":"Golden week 中文","start_at":"2026-10-01","end_at":"2026-10-08","is_off":true}`]);
      expect(server.audit[0]).toMatchObject({ cal_id: CAL, summary: 'Golden week 中文', end_at: '2026-10-08' });
    } finally {
      await server.close();
      await upstream.close();
    }
  });
});

describe('repeatedKey', () => {
  it.each([
    ['{"a":1,"b":2}', undefined],
    ['{"a":{"a":1},"b":[{"a":1},{"a":2}]}', undefined],
    ['{"a":"b","c":"a","a":3}', 'a'],
    ['{"x":"\\"a\\":","a":1,"a":2}', 'a'],
    ['{"a":[{"b":1, "b" :2}]}', 'b'],
    ['{"\\u00e9":1,"é":2}', 'é'],
    ['["a","a"]', undefined],
  ])('%s → %s', (json, key) => {
    expect(repeatedKey(json)).toBe(key);
  });
});

it('the sandbox’s request schemas take exactly the fields the server lets through', () => {
  const calendar = calendarSchemas([]);
  const schemas = {
    '/calendar/info': calIdSchema,
    '/calendar/create': calendar.create,
    '/calendar/update': calendar.update,
    '/calendar/delete': calIdSchema,
    '/calendar/event/list': listSchema,
    '/calendar/event/upsert': upsertRequestSchema,
    '/calendar/event/delete': eventIdSchema,
  } as const;
  for (const [endpoint, schema] of Object.entries(schemas)) {
    expect(Object.keys(schema.shape).sort(), endpoint).toEqual([...REQUEST_FIELDS[endpoint as keyof typeof schemas]].sort());
  }
});
