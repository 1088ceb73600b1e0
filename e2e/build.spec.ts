// The built files and the built server, checked once (project "build"): no key can reach a browser,
// no source map is built, a wrong setting or a busy port stops the server with a message, live mode
// runs end to end, and SIGTERM lets the saves in flight finish.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeFlashduty } from '../server/test/fakeFlashduty';

const APP_KEY = 'BuiltServerKey_0123456789abcdef';

/** Starts the built server with these settings; resolves on its first line or its exit. */
function runServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['dist-server/main.js'], { env: { PATH: process.env.PATH, PORT: '0', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const started = new Promise<string>((resolve) => child.stdout.on('data', () => stdout.includes('API mode') && resolve(stdout)));
  return { child, exited, started, output: () => stdout + stderr };
}

const urlOf = (lines: string) => lines.match(/Calendar panel on (http[^"\s]+)/)![1];

test('the browser’s files hold no app key and no way to one', async () => {
  for (const dir of ['dist', 'dist-embed']) {
    const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(js|css|html|map)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(text, `${dir}/${file}`).not.toMatch(/app_key|FLASHDUTY_APP_KEY|flashcat\.cloud/i);
    }
  }
});

test('a wrong setting stops the server with a message that says which and how to fix it', async () => {
  const server = runServer({ FLASHDUTY_APP_KEY: '', ALLOWED_ORIGINS: 'portal.example.com' });
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain('The calendar panel cannot start:');
  expect(server.output()).toContain('- FLASHDUTY_APP_KEY is set but empty. Set it to the app key from the Flashduty console, or unset it to run on the sandbox.');
  expect(server.output()).toContain('- ALLOWED_ORIGINS must list origins');
});

test('live mode: says so at start, forwards to Flashduty with the key, and never prints it', async () => {
  const upstream = await startFakeFlashduty(APP_KEY);
  const server = runServer({ FLASHDUTY_APP_KEY: APP_KEY, FLASHDUTY_API_BASE: upstream.url });
  try {
    const lines = await server.started;
    expect(lines).toContain(`API mode: live: /api/calendar/* is forwarded to ${upstream.url} with the configured app key`);
    const url = urlOf(lines);
    const res = await fetch(`${url}api/calendar/list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(body).data.items.length).toBeGreaterThan(0);
    expect(upstream.arrived.map((r) => r.query.get('app_key'))).toEqual([APP_KEY]);
    expect(body).not.toContain(APP_KEY);
  } finally {
    server.child.kill();
    await server.exited;
    await upstream.close();
  }
  expect(server.output()).toMatch(/"method":"POST","path":"\/api\/calendar\/list","status":200/);
  expect(server.output()).not.toContain(APP_KEY);
});

test('no source map is built, so none can be served', async () => {
  for (const dir of ['dist', 'dist-embed']) {
    expect((await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.map'))).toEqual([]);
  }
});

test('a port in use stops the server with a message, not a stack trace', async () => {
  const squatter = createServer();
  await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
  const port = (squatter.address() as AddressInfo).port;
  try {
    const server = runServer({ PORT: String(port) });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`The calendar panel cannot start:\n- Port ${port} on 127.0.0.1 is already in use. Stop the other server, or set PORT to a free port.`);
    expect(server.output()).not.toMatch(/\n\s+at /);
  } finally {
    squatter.close();
  }
});

test('LOG_FORMAT=pretty writes lines for people', async () => {
  const server = runServer({ LOG_FORMAT: 'pretty' });
  try {
    const url = urlOf(await server.started);
    await fetch(`${url}healthz`);
    await expect.poll(() => server.output()).toMatch(/INFO.*GET \/healthz 200/);
    expect(server.output()).not.toContain('{"level"');
  } finally {
    server.child.kill();
    await server.exited;
  }
});

test('SIGTERM: the saves in flight are answered and audited, new connections are refused, exit 0', async () => {
  const upstream = await startFakeFlashduty(APP_KEY);
  const auditFile = join(await mkdtemp(join(tmpdir(), 'panel-audit-')), 'audit.jsonl');
  const server = runServer({ FLASHDUTY_APP_KEY: APP_KEY, FLASHDUTY_API_BASE: upstream.url, AUDIT_LOG: auditFile, TRUSTED_USER_HEADER: 'X-Forwarded-User' });
  try {
    const url = urlOf(await server.started);
    const port = Number(new URL(url).port);
    for (let i = 0; i < 3; i++) upstream.fault({ type: 'delay', ms: 1500 }, '/calendar/event/upsert');
    const saves = [0, 1, 2].map((i) =>
      fetch(`${url}api/calendar/event/upsert`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-User': `scheduler-${i}` },
        body: JSON.stringify({ cal_id: 'cal.SampleOnCallChina01', summary: `Save ${i}`, is_off: true, start_at: '2026-04-0' + (i + 1), end_at: '2026-04-0' + (i + 2) }),
      }),
    );
    await expect.poll(() => upstream.arrived.length).toBe(3);
    // Connections with no request in flight do not hold the shutdown: one silent, one with half a request.
    const silent = connect(port, '127.0.0.1');
    const half = connect(port, '127.0.0.1');
    for (const socket of [silent, half]) socket.on('error', () => {});
    // Both connected, and the half request written out, before the signal.
    await Promise.all([
      new Promise((resolve) => silent.once('connect', resolve)),
      new Promise((resolve) => half.once('connect', () => half.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n', resolve))),
    ]);
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    await expect.poll(() => server.output()).toContain('SIGTERM: no new connections');

    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => resolve('connected'));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');

    const answers = await Promise.all(saves.map(async (save) => {
      const r = await save;
      return [r.status, (await r.json()).data?.summary];
    }));
    expect(answers).toEqual([[200, 'Save 0'], [200, 'Save 1'], [200, 'Save 2']]);
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5000); // the saves' 1.5 s, not the 10 s grace
    expect(server.output()).not.toContain('are cut');
    const audit = (await readFile(auditFile, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(audit.map((a) => [a.user, a.summary, a.result]).sort()).toEqual([
      ['scheduler-0', 'Save 0', 'OK'],
      ['scheduler-1', 'Save 1', 'OK'],
      ['scheduler-2', 'Save 2', 'OK'],
    ]);
  } finally {
    server.child.kill();
    await upstream.close();
  }
});
