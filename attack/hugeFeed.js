// Probe: a live calendar whose event list is near the proxy's 4 MiB cap each year (three years):
// how long does one feed take, and does the server answer other requests meanwhile?
// Needs attack/hostileUpstream.js on 4719 and the panel live on 4712.
const B = 'http://127.0.0.1:4712', U = 'http://127.0.0.1:4719';
const items = [];
for (let i = 0; i < 11000; i++) {
  const d = new Date(Date.UTC(2026, 0, 1 + (i % 365)));
  const day = d.toISOString().slice(0, 10); const next = new Date(d.getTime() + 864e5).toISOString().slice(0, 10);
  items.push({ cal_id: 'cal.Huge', event_id: `cale.${i}`, summary: `Event ${i} ${'长'.repeat(20)}`, description: 'd'.repeat(100), start_at: day, end_at: next, is_off: i % 2 === 0, created_at: 0, updated_at: 0 });
}
const body = { data: { items, total: items.length } };
console.log('list bytes', JSON.stringify(body).length);
await fetch(U + '/__set', { method: 'POST', body: JSON.stringify({ path: '/calendar/event/list', body }) });
await fetch(U + '/__set', { method: 'POST', body: JSON.stringify({ path: '/calendar/info', body: { data: { cal_id: 'cal.Huge', cal_name: 'Huge', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5] } } }) });
const { data } = await (await fetch(B + '/api/panel/feed-url', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"cal_id":"cal.Huge"}' })).json();
let t = Date.now();
const feed = fetch(`${B}/${data.path}`).then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength, ms: Date.now() - t }));
// Meanwhile, a health check every 50 ms: the longest wait is how long the event loop was held.
let worst = 0, done = false;
feed.then(() => (done = true));
while (!done) { const s = Date.now(); await fetch(B + '/healthz'); worst = Math.max(worst, Date.now() - s); await new Promise((r) => setTimeout(r, 50)); }
console.log('feed', await feed, 'worst /healthz wait ms', worst);
t = Date.now();
console.log('again (cached):', await fetch(`${B}/${data.path}`).then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength, ms: Date.now() - t })));
await fetch(U + '/__clear', { method: 'POST' });
