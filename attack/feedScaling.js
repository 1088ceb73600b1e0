// Probe: how a feed's render time grows with the number of events (live, hostile upstream on 4719).
// Each size gets its own calendar id, so the feed cache does not answer; the second request is the
// render alone (the API's answers are cached, the rendered text is not).
const B = 'http://127.0.0.1:4712', U = 'http://127.0.0.1:4719';
const set = (rule) => fetch(U + '/__set', { method: 'POST', body: JSON.stringify(rule) });
for (const n of (process.env.SIZES ?? '250,500,1000,2000').split(',').map(Number)) {
  const id = `cal.Scale${n}x${Date.now()}`;
  const items = Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2026, 0, 1 + (i % 365)));
    return { cal_id: id, event_id: `cale.${i}`, summary: `E${i}`, start_at: d.toISOString().slice(0, 10), end_at: new Date(d.getTime() + 2 * 864e5).toISOString().slice(0, 10), is_off: true, created_at: 0, updated_at: 0 };
  });
  await set({ path: '/calendar/event/list', body: { data: { items, total: n } } });
  await set({ path: '/calendar/info', body: { data: { cal_id: id, cal_name: 'S', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], extra_cal_ids: [] } } });
  const { data } = await (await fetch(B + '/api/panel/feed-url', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cal_id: id }) })).json();
  const time = async () => { const t = Date.now(); const r = await fetch(`${B}/${data.path}`); await r.arrayBuffer(); return `${r.status} ${Date.now() - t}ms`; };
  console.log(`${n} events a year (x3 years): first ${await time()}, cached read ${await time()}`);
}
await fetch(U + '/__clear', { method: 'POST' });
