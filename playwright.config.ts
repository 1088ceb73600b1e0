import { defineConfig } from '@playwright/test';

// End-to-end tests run in Debian's Chromium (no browser download works here) against the server
// that `npm start` runs, built beforehand by `npm test`.
const port = Number(process.env.E2E_PORT ?? 4174);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
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
  projects: [
    { name: 'Asia/Shanghai', use: { timezoneId: 'Asia/Shanghai' } },
    { name: 'America/Los_Angeles', use: { timezoneId: 'America/Los_Angeles' } },
  ],
  webServer: {
    command: 'node dist-server/main.js',
    url: baseURL,
    env: { PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
