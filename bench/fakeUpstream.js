// A stand-in for Flashduty in the server benchmark: answers every POST with a fixed, realistic
// event-list envelope (a year's rest days, ~30 kB) at once, so that what is measured is our proxy.
import { createServer } from 'node:http';

const items = Array.from({ length: 104 }, (_, i) => ({
  account_id: 1, cal_id: 'cal.Bench', event_id: `non_work.2026${String(i).padStart(4, '0')}`, summary: 'non-working day (Saturday)',
  description: '', start_at: '2026-01-03', end_at: '2026-01-04', is_off: true, created_at: 0, updated_at: 0,
}));
let n = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = JSON.stringify({ request_id: `bench-${n++}`, data: { items, total: items.length } });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Flashcat-Request-Id': `bench-${n}` });
    res.end(body);
  });
});
server.listen(Number(process.env.UPSTREAM_PORT ?? 0), '127.0.0.1', () => console.log(`upstream on ${server.address().port}`));
