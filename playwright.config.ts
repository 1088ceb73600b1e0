import { defineConfig } from '@playwright/test';

// End-to-end tests run in Debian's Chromium (no browser download works here) against the server
// that `npm start` runs, built beforehand by `npm test`.
const port = Number(process.env.E2E_PORT ?? 4174);
const baseURL = `http://127.0.0.1:${port}`;
// The embedding tests' other origins (e2e/fixtures.ts): the panel under a sub-path, a portal, a third party.
const SUB_PATH_PORT = port + 1;
const PORTAL_PORT = port + 2;
const THIRD_PORT = port + 3;
const portal = `http://127.0.0.1:${PORTAL_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // How fast a screen appears is measured by `npm run bench`, not asserted here: a wait allows
  // 15 s and a test 60 s, since a first load on a busy 2-core machine (CI beside other work) took
  // 5–9 s, and a test of several such waits passed 30 s.
  expect: { timeout: 15_000 },
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // A panel server reused from before the last build is refused (e2e/globalSetup.ts).
  globalSetup: './e2e/globalSetup.ts',
  metadata: { panelServers: [baseURL, `http://127.0.0.1:${SUB_PATH_PORT}`] },
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // Every flow runs in a timezone east of UTC and in one west of it: a date shifted by a
  // `toISOString` would show up in one of them.
  // The built server's start-up and the built files are checked once, in the "build" project.
  projects: [
    { name: 'Asia/Shanghai', use: { timezoneId: 'Asia/Shanghai' }, testIgnore: /build\.spec/ },
    { name: 'America/Los_Angeles', use: { timezoneId: 'America/Los_Angeles' }, testIgnore: /build\.spec/ },
    { name: 'build', testMatch: /build\.spec/ },
  ],
  webServer: [
    {
      // The panel, framed by and called from the test portal's origin as a portal's would be.
      command: 'node dist-server/main.js',
      url: baseURL,
      env: { PORT: String(port), FRAME_ANCESTORS: `'self' ${portal}`, ALLOWED_ORIGINS: portal, SANDBOX_ACCOUNTS: 'per-header' },
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node dist-server/main.js',
      url: `http://127.0.0.1:${SUB_PATH_PORT}/tools/calendar/`,
      env: { PORT: String(SUB_PATH_PORT), BASE_PATH: '/tools/calendar/', SANDBOX_ACCOUNTS: 'per-header' },
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node e2e/portal/serve.js',
      url: `${portal}/`,
      env: { PORTAL_PORT: String(PORTAL_PORT), THIRD_PORT: String(THIRD_PORT) },
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
