// Probe: hostile JSON bodies to every endpoint (and the panel's feed-url); prints any answer that is
// a 5xx or not the API's envelope. Usage: BASE=http://127.0.0.1:4711 node attack/fuzzBodies.js
const BASE = process.env.BASE ?? 'http://127.0.0.1:4711';
const endpoints = ['/calendar/list', '/calendar/info', '/calendar/create', '/calendar/update', '/calendar/delete', '/calendar/event/list', '/calendar/event/upsert', '/calendar/event/delete', '/panel/feed-url'];
const weird = [null, true, 0, -1, 1e308, -0, 2 ** 53 + 1, 1.5, '', ' ', 'x'.repeat(5000), '\u0000', '\ud800', '𝕏'.repeat(41), [], [1], {}, { a: 1 }, '2026-02-30', '0000-01-01', '9999-12-31', '+002026-01-01', 'cal.SampleSupportUS0002', '__proto__', 'constructor'];
const fields = ['cal_id', 'event_id', 'summary', 'description', 'start_at', 'end_at', 'is_off', 'year', 'cal_name', 'timezone', 'workdays', 'extra_cal_ids', 'kind', 'p', 'limit', 'cal_ids'];
const base = { cal_id: 'cal.SampleSupportUS0002', summary: 's', start_at: '2026-12-01', end_at: '2026-12-02', is_off: true, year: 2026, cal_name: 'n', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5] };
const bodies = ['null', '[]', '"x"', '1', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}', '{"cal_id":"cal.SampleSupportUS0002","__proto__":{"is_off":true}}', '{"cal_id":' + '['.repeat(30000) + ']'.repeat(30000) + '}', '['.repeat(20000) + ']'.repeat(20000)];
for (const f of fields) for (const w of weird) bodies.push(JSON.stringify({ ...base, [f]: w }));
bodies.push(JSON.stringify({ ...base, workdays: Array(7000).fill(1) }), JSON.stringify({ ...base, extra_cal_ids: Array(3000).fill('zh-cn.china.official') }), JSON.stringify({ ...base, workdays: [0, 7, -1, 1.5, '1'] }));
let n = 0, bad = 0;
const account = `atk-fuzz-${Date.now()}`;
for (const ep of endpoints) {
  for (const body of bodies) {
    n++;
    // Within the rate limit (50 a second).
    if (n % 40 === 0) await new Promise((r) => setTimeout(r, 1100));
    const res = await fetch(`${BASE}/api${ep}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sandbox-account': account }, body });
    const text = await res.text();
    let ok;
    try { const j = JSON.parse(text); ok = typeof j.request_id === 'string' && ('data' in j || 'error' in j); } catch { ok = false; }
    if (res.status >= 500 || !ok) { bad++; console.log(ep, res.status, body.slice(0, 120), '=>', text.slice(0, 200)); }
    if (/RequestTooFrequently/.test(text)) { await new Promise((r) => setTimeout(r, 1500)); }
  }
}
console.log(`${n} requests, ${bad} bad`);
