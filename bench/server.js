// The server section of `npm run bench`: autocannon on loopback against the built server, each figure
// the median of 3 runs.
//  - GET / (the page, brotli from the build): requests a second and p99 latency, 10 connections.
//  - POST /api/calendar/event/list proxied to a fake Flashduty (bench/fakeUpstream.js), beside the
//    same call made to the fake directly, one connection at a time: the proxy's added latency at p50.
// Budget: the proxy adds at most 2 ms at p50; no errors and no non-2xx answers anywhere.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';

const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function start(command, args, env, ready) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = ready.exec(out);
      if (match) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume(); // the request log goes nowhere
        resolve({ child, match });
      }
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

async function cannon(options) {
  const result = await autocannon({ duration: 4, ...options });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.mean, errors: result.errors + result.timeouts + result.non2xx };
}

async function medianOf(options) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await cannon(options));
  const pick = (key) => median(runs.map((r) => r[key]));
  return { rps: pick('rps'), p50: pick('p50'), p99: pick('p99'), mean: pick('mean'), errors: runs.reduce((n, r) => n + r.errors, 0) };
}

export async function measureServer() {
  const upstream = await start('node', ['bench/fakeUpstream.js'], {}, /upstream on (\d+)/);
  const upstreamUrl = `http://127.0.0.1:${upstream.match[1]}`;
  const sandbox = await start('node', ['dist-server/main.js'], { PORT: '0' }, /Calendar panel on (http[^"\s]+)/);
  const live = await start(
    'node',
    ['dist-server/main.js'],
    { PORT: '0', FLASHDUTY_APP_KEY: 'BenchKey_0123456789abcdef', FLASHDUTY_API_BASE: upstreamUrl },
    /Calendar panel on (http[^"\s]+)/,
  );
  try {
    const page = await medianOf({ url: sandbox.match[1], connections: 10, headers: { 'accept-encoding': 'br' } });
    const call = { method: 'POST', connections: 1, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cal_id: 'cal.Bench', year: 2026 }) };
    const direct = await medianOf({ ...call, url: `${upstreamUrl}/calendar/event/list` });
    const proxied = await medianOf({ ...call, url: `${live.match[1]}api/calendar/event/list` });
    return { page, direct, proxied, addedP50Ms: proxied.p50 - direct.p50 };
  } finally {
    for (const { child } of [upstream, sandbox, live]) child.kill();
  }
}

export function reportServer(s) {
  console.log('Server (autocannon, loopback, median of 3):');
  console.log(`  GET / (10 connections): ${Math.round(s.page.rps)} req/s, p50 ${s.page.p50} ms, p99 ${s.page.p99} ms, errors ${s.page.errors}`);
  console.log(`  event/list to the fake Flashduty directly (1 connection): ${Math.round(s.direct.rps)} req/s, p50 ${s.direct.p50} ms, p99 ${s.direct.p99} ms`);
  console.log(`  event/list through the proxy (1 connection): ${Math.round(s.proxied.rps)} req/s, p50 ${s.proxied.p50} ms, p99 ${s.proxied.p99} ms, errors ${s.proxied.errors}`);
  console.log(`  the proxy adds ${s.addedP50Ms.toFixed(2)} ms at p50 (autocannon counts whole ms), ${(s.proxied.mean - s.direct.mean).toFixed(2)} ms on average`);
}

export function serverMisses(s, budget) {
  return [
    s.addedP50Ms > budget.proxyAddedP50Ms && `the proxy adds ${s.addedP50Ms.toFixed(2)} ms at p50 > ${budget.proxyAddedP50Ms} ms`,
    s.page.errors + s.direct.errors + s.proxied.errors > 0 && `server errors: ${s.page.errors + s.direct.errors + s.proxied.errors}`,
  ].filter(Boolean);
}
