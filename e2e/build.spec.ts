// The built files and the built server, checked once (project "build"): no key can reach a browser,
// a wrong setting stops the server with a message, and live mode runs end to end.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
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
    const url = lines.match(/Calendar panel on (\S+)/)![1];
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
  expect(server.output()).toMatch(/POST \/api\/calendar\/list 200/);
  expect(server.output()).not.toContain(APP_KEY);
});
