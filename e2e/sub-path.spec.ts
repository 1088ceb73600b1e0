// The built panel served under a sub-path (BASE_PATH=/tools/calendar/), as behind a portal's proxy.
import { SUB_PATH_PANEL, US_CAL, expect, test } from './fixtures';
import { fillEvent, form } from './helpers';

test('works under /tools/calendar/: the page, its assets and its API', async ({ page, sandbox }) => {
  void sandbox; // its own account (the sub-path server's too): the save is the only event on its days
  const apiCalls: string[] = [];
  page.on('request', (r) => r.url().includes('/api/') && apiCalls.push(new URL(r.url()).pathname));
  // Without the trailing slash, the server redirects so that relative URLs resolve inside the path.
  await page.goto(SUB_PATH_PANEL.replace(/\/$/, '') + '?lang=en&month=2026-08');
  expect(new URL(page.url()).pathname).toBe('/tools/calendar/');
  // The workspace's code loads after the first paint, from inside the path too.
  await expect(page.getByRole('grid', { name: 'August 2026' })).toBeVisible();

  await page.goto(SUB_PATH_PANEL + '?embed=1&lang=en');
  const f = form(page);
  await fillEvent(page, { calendar: US_CAL.label, summary: 'Under a sub-path', start: '2026-08-03', end: '2026-08-03' });
  await f.save.click();
  await expect(f.status).toHaveText('Saved “Under a sub-path”.');
  expect(apiCalls).toContain('/tools/calendar/api/calendar/event/upsert');
  expect(apiCalls.every((path) => path.startsWith('/tools/calendar/api/'))).toBe(true);
});
