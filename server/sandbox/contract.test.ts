// The sandbox's contract, over HTTP through the real server: what the panel and its tests rely on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../test/startServer';
import { publicEvents } from './publicHolidays';
import { createSandbox, MAX_EVENTS } from './sandbox';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

let n = 0;
/** A fresh sandbox account per test: its own sample data. */
const account = () => ({ 'x-sandbox-account': `contract-${n++}` });

const CN = 'cal.SampleOnCallChina01';
const US = 'cal.SampleSupportUS0002';
const event = { cal_id: US, summary: 'Company day', description: 'All hands', is_off: true, start_at: '2026-06-01', end_at: '2026-06-02' };

describe('envelopes', () => {
  it('wraps data with a request id, mirrored in Flashcat-Request-Id', async () => {
    const r = await server.post('/calendar/list', {}, account());
    expect(r.status).toBe(200);
    expect(r.json.request_id).toMatch(/^[0-9A-Z]{26}$/);
    expect(r.headers.get('flashcat-request-id')).toBe(r.json.request_id);
    expect(r.json.data.total).toBe(r.json.data.items.length);
  });

  it('answers errors with code and message, and the reference HTTP status', async () => {
    const r = await server.post('/calendar/info', { cal_id: 'cal.nope' }, account());
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ request_id: expect.any(String), error: { code: 'ResourceNotFound', message: 'The calendar cal.nope does not exist.' } });
  });

  it('localises messages by Accept-Language', async () => {
    const r = await server.post('/calendar/info', { cal_id: 'cal.nope' }, { ...account(), 'Accept-Language': 'zh-CN,zh;q=0.9' });
    expect(r.json.error.message).toBe('日历 cal.nope 不存在。');
  });

  it('rejects a body that is not JSON, a wrong content type, other methods, unknown routes, large bodies', async () => {
    expect((await server.post('/calendar/list', '{nope', account())).json.error.code).toBe('BadRequest');
    const text = await fetch(`${server.url}/api/calendar/list`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(400);
    expect((await text.json()).error.code).toBe('InvalidContentType');
    const get = await fetch(`${server.url}/api/calendar/list`);
    expect(get.status).toBe(405);
    expect((await get.json()).error.code).toBe('MethodNotAllowed');
    const unknown = await server.post('/calendar/nothing', {}, account());
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'RouteNotFound']);
    const large = await server.post('/calendar/event/upsert', { ...event, description: 'x'.repeat(100_000) }, account());
    expect([large.status, large.json.error.code]).toEqual([413, 'EntityTooLarge']);
  });

  it('logs one JSON line per request: request id, method, path, status, duration', async () => {
    const r = await server.post('/calendar/list?secret=1', {}, account());
    const lines = server.logs.map((l) => JSON.parse(l)).filter((l) => l.reqId === r.json.request_id);
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, method: 'POST', path: '/api/calendar/list', status: 200, ms: expect.any(Number), msg: expect.stringMatching(/^POST \/api\/calendar\/list 200 [\d.]+ms$/) }),
    ]);
  });
});

describe('/calendar/event/upsert', () => {
  it('creates an event, then updates the same one when given its event_id', async () => {
    const h = account();
    const created = await server.post('/calendar/event/upsert', event, h);
    expect(created.json.data).toEqual({ cal_id: US, event_id: expect.stringMatching(/^cale\.\w{22}$/), summary: 'Company day' });
    const id = created.json.data.event_id;
    const updated = await server.post('/calendar/event/upsert', { ...event, event_id: id, summary: 'Company day 2', is_off: false }, h);
    expect(updated.json.data.event_id).toBe(id);
    const list = await server.post('/calendar/event/list', { cal_id: US, year: 2026, month: 6 }, h);
    const own = list.json.data.items.filter((e: { event_id: string }) => e.event_id.startsWith('cale.'));
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ event_id: id, summary: 'Company day 2', is_off: false, start_at: '2026-06-01', end_at: '2026-06-02' });
  });

  it.each([
    ['a missing summary', { summary: undefined }, 'The specified parameter summary is not valid: it is required.'],
    ['a whitespace summary', { summary: '   ' }, 'The specified parameter summary is not valid: it is required.'],
    ['a 41-character summary', { summary: 'a'.repeat(41) }, 'The specified parameter summary is not valid: it must be 1 to 40 characters long.'],
    ['a 501-character description', { description: '说'.repeat(501) }, 'The specified parameter description is not valid: it must be at most 500 characters long.'],
    ['a missing is_off', { is_off: undefined }, 'The specified parameter is_off is not valid: it is required.'],
    ['a string is_off', { is_off: 'true' }, 'The specified parameter is_off is not valid: it has the wrong type.'],
    ['a malformed start_at', { start_at: '2026-6-1' }, 'The specified parameter start_at is not valid: it must be a date in YYYY-MM-DD format.'],
    ['an end_at equal to start_at', { end_at: '2026-06-01' }, 'The specified parameter end_at is not valid: it must be after start_at.'],
    ['a 64-character event_id', { event_id: 'e'.repeat(64) }, 'The specified parameter event_id is not valid: it must be at most 63 characters long.'],
  ])('rejects %s as InvalidParameter naming the field', async (_name, change, message) => {
    const r = await server.post('/calendar/event/upsert', { ...event, ...change }, account());
    expect([r.status, r.json.error]).toEqual([400, { code: 'InvalidParameter', message }]);
  });

  it('accepts 40 characters counted as code points (CJK, emoji)', async () => {
    for (const summary of ['a'.repeat(40), '国'.repeat(40), '🎉'.repeat(40)]) {
      const r = await server.post('/calendar/event/upsert', { ...event, summary }, account());
      expect(r.status).toBe(200);
    }
  });

  it('answers ResourceNotFound for an unknown calendar or event', async () => {
    const h = account();
    expect((await server.post('/calendar/event/upsert', { ...event, cal_id: 'cal.gone' }, h)).json.error.code).toBe('ResourceNotFound');
    expect((await server.post('/calendar/event/upsert', { ...event, event_id: 'cale.gone' }, h)).json.error.code).toBe('ResourceNotFound');
  });
});

describe('/calendar/event/list', () => {
  it("mixes the calendar's own events, weekly rest days and inherited holidays, sorted by start_at", async () => {
    const r = await server.post('/calendar/event/list', { cal_id: CN, year: 2026, month: 5 }, account());
    const items = r.json.data.items as { event_id: string; cal_id: string; start_at: string; end_at: string; created_at: number; summary: string }[];
    expect(r.json.data.total).toBe(items.length);
    expect(items.map((i) => i.start_at)).toEqual([...items.map((i) => i.start_at)].sort());
    const rest = items.filter((i) => i.event_id.startsWith('non_work.'));
    expect(rest.map((i) => i.event_id)).toContain('non_work.20260502');
    expect(rest.find((i) => i.event_id === 'non_work.20260502')).toMatchObject({
      cal_id: CN,
      summary: 'non-working day (Saturday)',
      start_at: '2026-05-02',
      end_at: '2026-05-03',
      is_off: true,
      created_at: 0,
    });
    expect(rest).toHaveLength(10); // May 2026 has five Saturdays and five Sundays
    const inherited = items.filter((i) => i.cal_id === 'zh-cn.china.official');
    expect(inherited.map((i) => i.summary)).toEqual(['Labour Day (sample)', 'Labour Day make-up workday (sample)']);
  });

  it('names the China calendar\'s holidays in Chinese for a Chinese caller (Accept-Language)', async () => {
    const r = await server.post('/calendar/event/list', { cal_id: CN, year: 2026, month: 5 }, { ...account(), 'Accept-Language': 'zh-CN,zh;q=0.9' });
    const inherited = (r.json.data.items as { cal_id: string; summary: string }[]).filter((i) => i.cal_id === 'zh-cn.china.official');
    expect(inherited.map((i) => i.summary)).toEqual(['劳动节（示例）', '劳动节调休上班（示例）']);
  });

  it('filters by day, which needs a month, and refuses years before 2023', async () => {
    const h = account();
    const day = await server.post('/calendar/event/list', { cal_id: CN, year: 2026, month: 5, day: 2 }, h);
    expect(day.json.data.items.map((i: { event_id: string }) => i.event_id)).toEqual(['pub.cn.20260501', 'non_work.20260502']);
    expect((await server.post('/calendar/event/list', { cal_id: CN, year: 2026, day: 2 }, h)).json.error.code).toBe('InvalidParameter');
    expect((await server.post('/calendar/event/list', { cal_id: CN, year: 2022 }, h)).json.error.message).toMatch(/parameter year/);
    expect((await server.post('/calendar/event/list', { cal_id: CN, year: 2026, month: 2, day: 30 }, h)).json.error.code).toBe('InvalidParameter');
  });

  it('lists an event that spans the new year in both years', async () => {
    const h = account();
    await server.post('/calendar/event/upsert', { ...event, start_at: '2026-12-30', end_at: '2027-01-03' }, h);
    for (const year of [2026, 2027]) {
      const r = await server.post('/calendar/event/list', { cal_id: US, year }, h);
      expect(r.json.data.items.some((i: { summary: string }) => i.summary === 'Company day')).toBe(true);
    }
  });
});

describe('calendars', () => {
  it('lists at least two personal calendars, one inheriting the sample public holidays', async () => {
    const r = await server.post('/calendar/list', { kind: 'personal' }, account());
    expect(r.json.data.items.length).toBeGreaterThanOrEqual(2);
    expect(r.json.data.items.every((c: { kind: string; workdays: number[] }) => c.kind === 'personal' && c.workdays.join() === '1,2,3,4,5')).toBe(true);
    expect(r.json.data.items.some((c: { extra_cal_ids?: string[] }) => c.extra_cal_ids?.includes('zh-cn.china.official'))).toBe(true);
  });

  it('deletes own events only', async () => {
    const h = account();
    expect((await server.post('/calendar/event/delete', { cal_id: CN, event_id: 'cale.SampleTeamOffsite001' }, h)).status).toBe(200);
    expect((await server.post('/calendar/event/delete', { cal_id: CN, event_id: 'non_work.20260502' }, h)).json.error.code).toBe('ResourceNotFound');
  });
});

const CHINA_HOLIDAYS = 'zh-cn.china.official';
const US_HOLIDAYS = 'en-us.usa.official';
const JP_HOLIDAYS = 'ja-jp.japan.official';
const SG_HOLIDAYS = 'en-sg.singapore.official';
const ZH = { 'Accept-Language': 'zh-CN' };
type Item = { cal_id: string; event_id: string; start_at: string };

describe('/calendar/create', () => {
  it('creates a personal calendar with every field sent, and answers its id and name', async () => {
    const h = account();
    const body = { cal_name: 'Night shift', description: 'Ops at night', timezone: 'Europe/Berlin', team_id: 7, workdays: [1, 2, 3, 4], extra_cal_ids: [US_HOLIDAYS, JP_HOLIDAYS] };
    const created = await server.post('/calendar/create', body, h);
    expect([created.status, created.json.data]).toEqual([200, { cal_id: expect.stringMatching(/^cal\.\w{22}$/), cal_name: 'Night shift' }]);
    const info = await server.post('/calendar/info', { cal_id: created.json.data.cal_id }, h);
    expect(info.json.data).toEqual({
      ...body,
      cal_id: created.json.data.cal_id,
      kind: 'personal',
      status: 'enabled',
      account_id: expect.any(Number),
      creator_id: expect.any(Number),
      updated_by: expect.any(Number),
      created_at: expect.any(Number),
      updated_at: info.json.data.created_at,
    });
  });

  it('defaults: time zone Asia/Shanghai (also when empty), all days working days, no description, no team, nothing linked', async () => {
    const h = account();
    for (const body of [{ cal_name: 'Defaults' }, { cal_name: 'Nulls', description: null, timezone: null, team_id: null, workdays: null, extra_cal_ids: null }, { cal_name: 'Empty zone', timezone: '' }]) {
      const created = await server.post('/calendar/create', body, h);
      const info = (await server.post('/calendar/info', { cal_id: created.json.data.cal_id }, h)).json.data;
      expect(info, body.cal_name).toMatchObject({ cal_name: body.cal_name, timezone: 'Asia/Shanghai', workdays: [0, 1, 2, 3, 4, 5, 6], description: '', team_id: 0 });
      expect(info.extra_cal_ids ?? []).toEqual([]);
    }
  });

  it('trims the name and counts it in code points: 39 CJK characters or emoji fit', async () => {
    const h = account();
    expect((await server.post('/calendar/create', { cal_name: '  Ops  ' }, h)).json.data.cal_name).toBe('Ops');
    expect((await server.post('/calendar/create', { cal_name: '国'.repeat(39) }, h)).status).toBe(200);
    expect((await server.post('/calendar/create', { cal_name: '🎉'.repeat(39), description: '说'.repeat(499) }, h)).status).toBe(200);
  });

  const reason = {
    name: 'it must be 1 to 39 characters long',
    workdays: 'it must list days from 0 (Sunday) to 6 (Saturday), each once',
    timezone: 'it must be an IANA time zone, such as Asia/Shanghai',
    links: 'it must list public-holiday calendars (kind region.official.holiday), each once',
  };
  it.each([
    ['no name', { cal_name: undefined }, 'cal_name', 'it is required'],
    ['an empty name', { cal_name: '' }, 'cal_name', reason.name],
    ['a name of spaces', { cal_name: '   ' }, 'cal_name', reason.name],
    ['a 40-character name', { cal_name: 'a'.repeat(40) }, 'cal_name', reason.name],
    ['a name that is a number', { cal_name: 5 }, 'cal_name', 'it has the wrong type'],
    ['a 500-character description', { description: 'd'.repeat(500) }, 'description', 'it must be at most 499 characters long'],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone', reason.timezone],
    ['an offset for a time zone', { timezone: '+08:00' }, 'timezone', reason.timezone],
    ['a time zone in the wrong case', { timezone: 'asia/shanghai' }, 'timezone', reason.timezone],
    ['a working day 7', { workdays: [1, 7] }, 'workdays', reason.workdays],
    ['a working day -1', { workdays: [-1] }, 'workdays', reason.workdays],
    ['a working day twice', { workdays: [1, 2, 1] }, 'workdays', reason.workdays],
    ['working days as text', { workdays: '1,2' }, 'workdays', 'it has the wrong type'],
    ['a link to a personal calendar', { extra_cal_ids: [US] }, 'extra_cal_ids', reason.links],
    ['a link to an unknown calendar', { extra_cal_ids: ['xx.nowhere.official'] }, 'extra_cal_ids', reason.links],
    ['a link twice', { extra_cal_ids: [JP_HOLIDAYS, JP_HOLIDAYS] }, 'extra_cal_ids', reason.links],
    ['a negative team', { team_id: -1 }, 'team_id', 'it is out of range'],
  ])('refuses %s as InvalidParameter naming the field, and creates nothing', async (_name, change, field, text) => {
    const h = account();
    const r = await server.post('/calendar/create', { cal_name: 'Team', ...change }, h);
    expect([r.status, r.json.error]).toEqual([400, { code: 'InvalidParameter', message: `The specified parameter ${field} is not valid: ${text}.` }]);
    expect((await server.post('/calendar/list', {}, h)).json.data.total).toBe(2);
  });

  it('says why in Chinese too', async () => {
    const r = await server.post('/calendar/create', { cal_name: 'Team', workdays: [9] }, { ...account(), ...ZH });
    expect(r.json.error.message).toBe('参数 workdays 无效：只能包含 0（周日）到 6（周六），且每天只能出现一次。');
  });
});

describe('at most 5 personal calendars an account', () => {
  const limitEn = 'An account has at most 5 personal calendars. Delete one first, then create the new one.';
  const limitZh = '每个账户最多只能有 5 个个人日历，请先删除一个再创建。';

  it('refuses the sixth with a message that says what to do; after a delete one can be created again', async () => {
    const h = account();
    const ids = [];
    for (const name of ['Three', 'Four', 'Five']) ids.push((await server.post('/calendar/create', { cal_name: name }, h)).json.data.cal_id);
    const sixth = await server.post('/calendar/create', { cal_name: 'Six' }, h);
    expect([sixth.status, sixth.json.error]).toEqual([400, { code: 'BadRequest', message: limitEn }]);
    expect((await server.post('/calendar/create', { cal_name: 'Six' }, { ...h, ...ZH })).json.error.message).toBe(limitZh);
    // A field that is not valid is told first.
    expect((await server.post('/calendar/create', { cal_name: '' }, h)).json.error.code).toBe('InvalidParameter');
    const list = await server.post('/calendar/list', {}, h);
    expect(list.json.data.items.map((c: { cal_name: string }) => c.cal_name)).not.toContain('Six');
    expect(list.json.data.total).toBe(5);

    expect((await server.post('/calendar/delete', { cal_id: ids[0] }, h)).status).toBe(200);
    const again = await server.post('/calendar/create', { cal_name: 'Six' }, h);
    expect([again.status, again.json.data.cal_name]).toEqual([200, 'Six']);
    expect((await server.post('/calendar/create', { cal_name: 'Seven' }, h)).json.error.message).toBe(limitEn);
  });
});

describe('/calendar/update', () => {
  // A clock the test moves, to see updated_at change.
  let now = 1_800_000_000_000;
  const sandbox = createSandbox({ now: () => now });
  let accounts = 0;
  const call = (id: string, path: string, body: unknown) => sandbox.handle(id, path, body, 'en') as { status: number; data: Record<string, unknown>; error: { code: string; message: string } };
  const setUp = () => {
    const id = `update-${accounts++}`;
    const body = { cal_name: 'Night shift', description: 'Ops at night', timezone: 'Europe/Berlin', team_id: 7, workdays: [1, 2, 3, 4], extra_cal_ids: [US_HOLIDAYS, JP_HOLIDAYS] };
    const calId = call(id, '/calendar/create', body).data.cal_id as string;
    return { id, calId, info: () => call(id, '/calendar/info', { cal_id: calId }).data };
  };

  it('changes only the fields sent, and updated_at', () => {
    const { id, calId, info } = setUp();
    const before = info();
    now += 60_000;
    expect(call(id, '/calendar/update', { cal_id: calId, cal_name: '  Day shift ' })).toEqual({ status: 200, data: {} });
    expect(info()).toEqual({ ...before, cal_name: 'Day shift', updated_at: Number(before.updated_at) + 60 });
    now += 1000;
    expect(call(id, '/calendar/update', { cal_id: calId, workdays: [0, 6], timezone: 'Asia/Tokyo', team_id: 0 }).status).toBe(200);
    expect(info()).toEqual({ ...before, cal_name: 'Day shift', workdays: [0, 6], timezone: 'Asia/Tokyo', team_id: 0, updated_at: Number(before.updated_at) + 61 });
  });

  it('takes a field sent as null as not sent; an empty description clears it; an empty extra_cal_ids unlinks all', () => {
    const { id, calId, info } = setUp();
    const before = info();
    call(id, '/calendar/update', { cal_id: calId, cal_name: null, description: null, timezone: null, workdays: null, extra_cal_ids: null, team_id: null });
    expect(info()).toEqual(before);
    const inherited = () => (call(id, '/calendar/event/list', { cal_id: calId, year: 2026 }).data.items as Item[]).filter((e) => !e.event_id.startsWith('non_work.'));
    expect(inherited().length).toBeGreaterThan(0);
    expect(call(id, '/calendar/update', { cal_id: calId, description: '', extra_cal_ids: [] }).status).toBe(200);
    expect(info()).toMatchObject({ description: '', extra_cal_ids: [], cal_name: 'Night shift', workdays: [1, 2, 3, 4] });
    expect(inherited()).toEqual([]);
    call(id, '/calendar/update', { cal_id: calId, extra_cal_ids: [SG_HOLIDAYS] });
    expect(new Set(inherited().map((e) => e.cal_id))).toEqual(new Set([SG_HOLIDAYS]));
  });

  it.each([
    ['an empty name', { cal_name: '' }, 'cal_name'],
    ['an empty time zone', { timezone: '' }, 'timezone'],
    ['a working day 7', { workdays: [7] }, 'workdays'],
    ['a link to an unknown calendar', { extra_cal_ids: ['cal.SampleSupportUS0002'] }, 'extra_cal_ids'],
    ['a 500-character description', { description: 'd'.repeat(500) }, 'description'],
    ['no cal_id', { cal_id: undefined }, 'cal_id'],
  ])('refuses %s as InvalidParameter, and changes nothing', (_name, change, field) => {
    const { id, calId, info } = setUp();
    const before = info();
    const r = call(id, '/calendar/update', { cal_id: calId, cal_name: 'Changed', ...change });
    expect([r.status, r.error.code]).toEqual([400, 'InvalidParameter']);
    expect(r.error.message).toContain(`parameter ${field} `);
    expect(info()).toEqual(before);
  });

  it('answers ResourceNotFound for an unknown calendar', async () => {
    const r = await server.post('/calendar/update', { cal_id: 'cal.nope', cal_name: 'X' }, account());
    expect([r.status, r.json.error]).toEqual([400, { code: 'ResourceNotFound', message: 'The calendar cal.nope does not exist.' }]);
  });

  it('refuses to change a public-holiday calendar', async () => {
    const h = account();
    const r = await server.post('/calendar/update', { cal_id: CHINA_HOLIDAYS, cal_name: 'Mine now' }, h);
    expect([r.status, r.json.error]).toEqual([
      400,
      { code: 'BadRequest', message: 'The calendar zh-cn.china.official is a public-holiday calendar: it cannot be changed or deleted, only linked from a personal calendar.' },
    ]);
    expect((await server.post('/calendar/info', { cal_id: CHINA_HOLIDAYS }, h)).json.data.cal_name).toBe('China public holidays (sample)');
  });
});

describe('/calendar/delete', () => {
  it('refuses the sample calendar that escalation rules use, with ReferenceExist and a message that says so', async () => {
    const h = account();
    const r = await server.post('/calendar/delete', { cal_id: CN }, h);
    expect([r.status, r.json.error]).toEqual([
      400,
      { code: 'ReferenceExist', message: 'The calendar cal.SampleOnCallChina01 is still used by escalation or silence rules. Remove it from those rules first, then delete it.' },
    ]);
    const zh = await server.post('/calendar/delete', { cal_id: CN }, { ...h, ...ZH });
    expect(zh.json.error.message).toBe('日历 cal.SampleOnCallChina01 仍被分派策略或静默规则引用，请先解除引用再删除。');
    const info = await server.post('/calendar/info', { cal_id: CN }, h);
    expect(info.json.data.description).toMatch(/^Sample calendar used by escalation rules: deleting it fails with ReferenceExist\./);
    expect(server.sandbox.ownEvents(h['x-sandbox-account']).map((e) => e.event_id)).toContain('cale.SampleTeamOffsite001');
  });

  it('deletes a calendar with its events: gone from the list, info and event list, and its events gone', async () => {
    const h = account();
    const calId = (await server.post('/calendar/create', { cal_name: 'Short-lived', extra_cal_ids: [CHINA_HOLIDAYS] }, h)).json.data.cal_id;
    const kept = await server.post('/calendar/event/upsert', { ...event, cal_id: US }, h);
    for (const start_at of ['2026-06-01', '2026-07-01']) await server.post('/calendar/event/upsert', { ...event, cal_id: calId, start_at, end_at: start_at.replace('-01', '-02') }, h);
    expect(server.sandbox.ownEvents(h['x-sandbox-account']).filter((e) => e.cal_id === calId)).toHaveLength(2);

    expect(await server.post('/calendar/delete', { cal_id: calId }, h).then((r) => [r.status, r.json.data])).toEqual([200, {}]);
    expect((await server.post('/calendar/list', {}, h)).json.data.items.map((c: { cal_id: string }) => c.cal_id)).not.toContain(calId);
    expect((await server.post('/calendar/info', { cal_id: calId }, h)).json.error.code).toBe('ResourceNotFound');
    expect((await server.post('/calendar/event/list', { cal_id: calId, year: 2026 }, h)).json.error.code).toBe('ResourceNotFound');
    expect(server.sandbox.ownEvents(h['x-sandbox-account']).filter((e) => e.cal_id === calId)).toEqual([]);
    expect(server.sandbox.ownEvents(h['x-sandbox-account']).map((e) => e.event_id)).toContain(kept.json.data.event_id);
    // Deleted once: a second delete finds nothing.
    expect((await server.post('/calendar/delete', { cal_id: calId }, h)).json.error.code).toBe('ResourceNotFound');
  });

  it('answers ResourceNotFound for an unknown calendar, and refuses a public-holiday calendar', async () => {
    const h = account();
    const unknown = await server.post('/calendar/delete', { cal_id: 'cal.nope' }, h);
    expect([unknown.status, unknown.json.error]).toEqual([400, { code: 'ResourceNotFound', message: 'The calendar cal.nope does not exist.' }]);
    const pub = await server.post('/calendar/delete', { cal_id: US_HOLIDAYS }, h);
    expect([pub.status, pub.json.error.code]).toEqual([400, 'BadRequest']);
    expect((await server.post('/calendar/list', { kind: 'region.official.holiday' }, h)).json.data.total).toBe(4);
  });
});

describe('the public-holiday calendars', () => {
  const PUBLIC = [
    [CHINA_HOLIDAYS, 'China public holidays (sample)', 'Asia/Shanghai'],
    [US_HOLIDAYS, 'United States federal holidays (sample)', 'America/New_York'],
    [JP_HOLIDAYS, 'Japan public holidays (sample)', 'Asia/Tokyo'],
    [SG_HOLIDAYS, 'Singapore public holidays (sample)', 'Asia/Singapore'],
  ];

  it('are listed with kind region.official.holiday, apart from the personal calendars', async () => {
    const h = account();
    const r = await server.post('/calendar/list', { kind: 'region.official.holiday' }, h);
    expect(r.json.data.total).toBe(4);
    expect(r.json.data.items.map((c: { cal_id: string; cal_name: string; timezone: string }) => [c.cal_id, c.cal_name, c.timezone])).toEqual(PUBLIC);
    expect(r.json.data.items.every((c: { kind: string; status: string }) => c.kind === 'region.official.holiday' && c.status === 'enabled')).toBe(true);
    for (const kind of [undefined, 'personal']) {
      const personal = await server.post('/calendar/list', { kind }, h);
      expect(personal.json.data.items.map((c: { cal_id: string }) => c.cal_id)).toEqual([CN, US]);
    }
  });

  it.each(PUBLIC)('%s: /calendar/info answers it as listed', async (calId, name) => {
    const h = account();
    const info = await server.post('/calendar/info', { cal_id: calId }, h);
    const listed = (await server.post('/calendar/list', { kind: 'region.official.holiday' }, h)).json.data.items.find((c: { cal_id: string }) => c.cal_id === calId);
    expect(info.json.data).toEqual(listed);
    expect(info.json.data.cal_name).toBe(name);
    expect(info.json.data.description).not.toBe('');
  });

  it('a personal calendar linking the US and Japan lists their holidays of the year, with their cal_id, sorted', async () => {
    const h = account();
    const calId = (await server.post('/calendar/create', { cal_name: 'Global support', extra_cal_ids: [US_HOLIDAYS, JP_HOLIDAYS] }, h)).json.data.cal_id;
    const r = await server.post('/calendar/event/list', { cal_id: calId, year: 2026 }, h);
    const items = r.json.data.items as Item[];
    expect(items.map((i) => i.start_at)).toEqual([...items.map((i) => i.start_at)].sort());
    const inherited = items.filter((i) => i.cal_id !== calId);
    const expected = publicEvents().filter((e) => [US_HOLIDAYS, JP_HOLIDAYS].includes(e.cal_id) && e.start_at.startsWith('2026-'));
    expect(inherited).toHaveLength(expected.length);
    expect(inherited).toEqual(expect.arrayContaining(expected));
    expect(inherited).toContainEqual(expect.objectContaining({ cal_id: US_HOLIDAYS, summary: 'Independence Day, observed (sample)', start_at: '2026-07-03', end_at: '2026-07-04', is_off: true }));
    expect(inherited).toContainEqual(expect.objectContaining({ cal_id: JP_HOLIDAYS, summary: "Citizens' holiday (sample)", start_at: '2026-09-22', end_at: '2026-09-23' }));
    // All days are working days in a new calendar: only the linked holidays and nothing else.
    expect(items).toHaveLength(inherited.length);
    const may = await server.post('/calendar/event/list', { cal_id: calId, year: 2026, month: 5 }, h);
    expect(may.json.data.items.map((i: Item) => `${i.cal_id} ${i.start_at}`)).toEqual([
      `${JP_HOLIDAYS} 2026-05-03`,
      `${JP_HOLIDAYS} 2026-05-04`,
      `${JP_HOLIDAYS} 2026-05-05`,
      `${JP_HOLIDAYS} 2026-05-06`,
      `${US_HOLIDAYS} 2026-05-25`,
    ]);
  });

  it('the sample China calendar inherits the official 2026 schedule, make-up working days included', async () => {
    const r = await server.post('/calendar/event/list', { cal_id: CN, year: 2026, month: 2 }, account());
    const holidays = (r.json.data.items as (Item & { summary: string; is_off: boolean; end_at: string })[]).filter((i) => i.cal_id === CHINA_HOLIDAYS);
    expect(holidays.map((i) => [i.summary, i.start_at, i.end_at, i.is_off])).toEqual([
      ['Spring Festival make-up workday (sample)', '2026-02-14', '2026-02-15', false],
      ['Spring Festival (sample)', '2026-02-15', '2026-02-24', true],
      ['Spring Festival make-up workday (sample)', '2026-02-28', '2026-03-01', false],
    ]);
  });
});

describe('rate limit', () => {
  it('answers RequestTooFrequently past 50 requests a second, per account', async () => {
    let now = 1_800_000_000_000;
    const limited = await startServer({ sandbox: { now: () => now } });
    try {
      const h = { 'x-sandbox-account': 'busy' };
      for (let i = 0; i < 50; i++) expect((await limited.post('/calendar/list', {}, h)).status).toBe(200);
      now += 400;
      const refused = await limited.post('/calendar/list', {}, h);
      expect([refused.status, refused.json.error]).toEqual([429, { code: 'RequestTooFrequently', message: 'Request too frequently.' }]);
      // The first of the 50 leaves the window 600 ms later: "Retry-After: 1" (whole seconds, rounded up).
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((await limited.post('/calendar/list', {}, { 'x-sandbox-account': 'quiet' })).status).toBe(200);
      now += 1000;
      expect((await limited.post('/calendar/list', {}, h)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('answers RequestTooFrequently past 1,000 requests a minute', async () => {
    let now = 1_800_000_000_000;
    const limited = await startServer({ sandbox: { now: () => now } });
    try {
      const h = { 'x-sandbox-account': 'steady' };
      for (let i = 0; i < 1000; i++) {
        if (i % 40 === 0) now += 1000; // 40 a second: under the per-second limit
        expect(limited.sandbox.handle('steady', '/calendar/list', {}, 'en').status).toBe(200);
      }
      const refused = await limited.post('/calendar/list', {}, h);
      expect(refused.json.error.code).toBe('RequestTooFrequently');
      // The first of the 1,000 was 24 s ago (25 steps of a second, the first before it): it leaves the minute's window in 36 s.
      expect(refused.headers.get('retry-after')).toBe('36');
      now += 60_000;
      expect((await limited.post('/calendar/list', {}, h)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('accounts', () => {
  it('keeps at most maxAccounts, dropping the least recently used', async () => {
    const small = await startServer({ sandbox: { maxAccounts: 3 } });
    try {
      const upsert = (id: string) => small.post('/calendar/event/upsert', event, { 'x-sandbox-account': id });
      const own = (id: string) => small.sandbox.ownEvents(id).filter((e) => e.summary === 'Company day').length;
      await upsert('a');
      await upsert('b');
      await upsert('c');
      expect(own('a')).toBe(1); // a used again: b is now the least recent
      await upsert('d');
      expect(small.sandbox.accountCount()).toBe(3);
      expect(own('b')).toBe(0); // b was dropped, and came back as fresh sample data
      expect(small.sandbox.accountCount()).toBe(3);
      for (let i = 0; i < 50; i++) await small.post('/calendar/list', {}, { 'x-sandbox-account': `flood-${i}` });
      expect(small.sandbox.accountCount()).toBe(3);
    } finally {
      await small.close();
    }
  });

  it('ignores X-Sandbox-Account unless accounts are per header: one shared account, one rate limit, no controls', async () => {
    // A clock that stands still: the requests below stay in one second however slow the machine is.
    const shared = await startServer({ accounts: 'shared', sandbox: { now: () => 1_800_000_000_000 } });
    try {
      const created = await shared.post('/calendar/event/upsert', event, { 'x-sandbox-account': 'mine' });
      expect(created.status).toBe(200);
      const list = await shared.post('/calendar/event/list', { cal_id: US, year: 2026 }, { 'x-sandbox-account': 'yours' });
      expect(list.json.data.items.map((e: { event_id: string }) => e.event_id)).toContain(created.json.data.event_id);
      expect(shared.sandbox.accountCount()).toBe(1);
      let refused;
      for (let i = 0; i < 60 && !refused; i++) {
        const r = await shared.post('/calendar/list', {}, { 'x-sandbox-account': `new-${i}` });
        if (r.status === 429) refused = r;
      }
      expect(refused?.json.error.code).toBe('RequestTooFrequently');
      expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
      const fault = await fetch(`${shared.url}/__sandbox/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"fault":{"type":"drop"}}' });
      expect(fault.status).toBe(404);
    } finally {
      await shared.close();
    }
  });
});

describe('validation holes found by probing', () => {
  it('refuses an empty event_id instead of creating an event', async () => {
    const h = account();
    const r = await server.post('/calendar/event/upsert', { ...event, event_id: '' }, h);
    expect([r.status, r.json.error.code]).toEqual([400, 'InvalidParameter']);
    expect(r.json.error.message).toBe('The specified parameter event_id is not valid: it must not be empty.');
    expect(server.sandbox.ownEvents(h['x-sandbox-account']).filter((e) => e.summary === event.summary)).toEqual([]);
  });

  it('lists the year 9999, and events of the first centuries', async () => {
    const h = account();
    const late = await server.post('/calendar/event/upsert', { ...event, start_at: '9999-12-01', end_at: '9999-12-03' }, h);
    expect(late.status).toBe(200);
    const year = await server.post('/calendar/event/list', { cal_id: US, year: 9999 }, h);
    expect(year.json.data.items.map((e: { event_id: string }) => e.event_id)).toContain(late.json.data.event_id);
    const december = await server.post('/calendar/event/list', { cal_id: US, year: 9999, month: 12 }, h);
    expect(december.json.data.items.filter((e: { event_id: string }) => e.event_id.startsWith('non_work.')).length).toBe(8);
    const early = await server.post('/calendar/event/upsert', { ...event, start_at: '0050-06-01', end_at: '0050-06-02' }, h);
    expect(early.status).toBe(200);
  });

  it.each([
    ['a line separator', 'a\u2028b', 'it contains control characters'],
    ['a lone surrogate', 'a\uD800b', 'it contains control characters'],
    ['zero-width spaces only', '\u200B\u200B', 'it has no visible characters'],
    ['a NUL', 'a\u0000b', 'it contains control characters'],
    ['a line break', 'a\r\nb', 'it contains control characters'],
    ['a right-to-left override', 'x\u202Eexe.pdf', 'it contains control characters'],
  ])('refuses a summary with %s', async (_name, summary, reason) => {
    const r = await server.post('/calendar/event/upsert', { ...event, summary }, account());
    expect(r.json.error).toEqual({ code: 'InvalidParameter', message: `The specified parameter summary is not valid: ${reason}.` });
  });
});

describe('limits that keep the sandbox’s memory bounded', () => {
  it('holds at most MAX_EVENTS events an account, and says so', () => {
    const sandbox = createSandbox({ rateLimit: { perSecond: 1e9, perMinute: 1e9 } });
    const own = sandbox.ownEvents('full').length;
    for (let i = own; i < MAX_EVENTS; i++) expect(sandbox.handle('full', '/calendar/event/upsert', event, 'en').status).toBe(200);
    const refused = sandbox.handle('full', '/calendar/event/upsert', event, 'en');
    expect(refused).toMatchObject({ status: 400, error: { code: 'BadRequest', message: `The sandbox keeps at most ${MAX_EVENTS} events an account; delete some first.` } });
  });

  it('forgets a deleted calendar and its events', async () => {
    const h = account();
    const created = await server.post('/calendar/create', { cal_name: 'Short-lived' }, h);
    const calId = created.json.data.cal_id;
    await server.post('/calendar/event/upsert', { ...event, cal_id: calId }, h);
    expect((await server.post('/calendar/delete', { cal_id: calId }, h)).status).toBe(200);
    expect(server.sandbox.ownEvents(h['x-sandbox-account']).filter((e) => e.cal_id === calId)).toEqual([]);
    expect((await server.post('/calendar/info', { cal_id: calId }, h)).json.error.code).toBe('ResourceNotFound');
  });

  it('plays a commit that lands after its error answer (commitAfterMs): the event is stored only later', async () => {
    const h = account();
    const setFault = (rule: unknown) => fetch(`${server.url}/__sandbox/faults`, { method: 'POST', headers: { ...h, 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
    expect((await setFault({ path: '/calendar/event/upsert', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504, commitAfterMs: 300 } })).status).toBe(200);
    const before = server.sandbox.ownEvents(h['x-sandbox-account']).length;
    const r = await server.post('/calendar/event/upsert', event, h);
    expect(r.status).toBe(504);
    expect(server.sandbox.ownEvents(h['x-sandbox-account'])).toHaveLength(before);
    await expect.poll(() => server.sandbox.ownEvents(h['x-sandbox-account']).length, { timeout: 3000 }).toBe(before + 1);
    expect((await setFault({ fault: { type: 'commit-then-error', code: 'X', commitAfterMs: 200_000 } })).status).toBe(400);
  });

  it('refuses fault rules it cannot play, and more than 100 waiting', async () => {
    const h = { ...account(), 'Content-Type': 'application/json' };
    const setFault = (rule: unknown) => fetch(`${server.url}/__sandbox/faults`, { method: 'POST', headers: h, body: JSON.stringify(rule) }).then((r) => r.status);
    for (const fault of [{ type: 'nosuch' }, { type: 'error', code: 'X', status: 99 }, { type: 'html', status: 'abc' }, { type: 'huge', bytes: -5 }, { type: 'delay', ms: 1e9 }]) {
      expect(await setFault({ fault }), JSON.stringify(fault)).toBe(400);
    }
    for (let i = 0; i < 100; i++) expect(await setFault({ path: '/never', fault: { type: 'drop' } })).toBe(200);
    expect(await setFault({ path: '/never', fault: { type: 'drop' } })).toBe(400);
  });
});

describe('calendar names and working days', () => {
  it.each([
    ['a control character', { cal_name: 'a\u0000\nb' }, 'cal_name'],
    ['a direction override', { cal_name: 'x\u202Eevil' }, 'cal_name'],
    ['zero-width spaces only', { cal_name: '\u200B\u200B' }, 'cal_name'],
    ['a NUL in the description', { cal_name: 'Team', description: 'a\u0000' }, 'description'],
    ['a working day twice', { cal_name: 'Team', workdays: [1, 1, 2] }, 'workdays'],
  ])('refuses %s', async (_name, body, field) => {
    const r = await server.post('/calendar/create', body, account());
    expect(r.json.error.code).toBe('InvalidParameter');
    expect(r.json.error.message).toContain(`parameter ${field}`);
  });
});
