// The first screen paints from the HTML (issue 23): the server sends the page with its shell
// prerendered in the asked language, and the page hydrates it without a warning.
import type { ConsoleMessage, Page } from '@playwright/test';
import { CHINA_CAL, NOW, SUB_PATH_PANEL, expect, test } from './fixtures';
import { FORM_PAGE, form } from './helpers';

/** The page's console errors and warnings (hydration mismatches are reported there) and its uncaught errors. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

const html = async (request: import('@playwright/test').APIRequestContext, path: string, acceptLanguage: string) => {
  const response = await request.get(path, { headers: { 'Accept-Language': acceptLanguage } });
  expect(response.status()).toBe(200);
  // A shared cache keeps one page for each language.
  if ((await response.text()).includes('data-shell=')) expect(response.headers()['vary']).toContain('Accept-Language');
  return response.text();
};

test('the first response already holds the header and the month frame, in the asked language', async ({ request }) => {
  const zh = await html(request, '/', 'zh-CN,zh;q=0.9,en;q=0.8');
  expect(zh).toContain('<html lang="zh-CN"');
  expect(zh).toContain('<title>服务日历事件</title>');
  expect(zh).toMatch(/<h1[^>]*>服务日历事件<\/h1>/);
  expect(zh).toContain('点击日期或拖动选择多天即可添加事件');
  expect(zh).toMatch(/<th[^>]*>周一<\/th>/);
  expect(zh).toContain('<div id="root" data-shell="workspace zh-CN">');

  const en = await html(request, '/', 'en-GB,en;q=0.9');
  expect(en).toContain('<html lang="en"');
  expect(en).toMatch(/<h1[^>]*>Service calendar events<\/h1>/);
  expect(en).toContain('Click a day or drag across days to add an event');
  expect(en).toMatch(/<th[^>]*>Mon<\/th>/);
  // `?lang=` decides over the browser's languages; an unknown language is English.
  expect(await html(request, '/?lang=zh-CN', 'en')).toContain('data-shell="workspace zh-CN"');
  expect(await html(request, '/', 'fr-FR,de;q=0.5')).toContain('data-shell="workspace en"');
  expect(await html(request, '/', 'fr, zh;q=0.8, en;q=0.7')).toContain('data-shell="workspace zh-CN"');

  // A revalidation of the same page in the same language costs no page.
  const first = await request.get('/', { headers: { 'Accept-Language': 'en' } });
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  expect((await request.get('/', { headers: { 'Accept-Language': 'en', 'If-None-Match': etag } })).status()).toBe(304);
  expect((await request.get('/', { headers: { 'Accept-Language': 'zh-CN', 'If-None-Match': etag } })).status()).toBe(200);

  // The portal's form, framed: its fields are in the HTML.
  const frame = await html(request, FORM_PAGE, 'zh-CN');
  expect(frame).toContain('data-shell="form zh-CN"');
  expect(frame).toContain('保存');
  // A frame the build has no shell for gets the empty page, which renders in the browser as before.
  expect(await html(request, `/?embed=1&cal_id=${CHINA_CAL.id}`, 'en')).toContain('<div id="root"></div>');
});

test('the page paints its shell before any script runs, then hydrates it without a warning', async ({ page }) => {
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto('/?lang=zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '服务日历事件' })).toBeVisible();
  await expect(page.getByText('点击日期或拖动选择多天即可添加事件', { exact: false })).toBeVisible();
  await expect(page.getByTestId('workspace-shell')).toBeVisible();
  await page.unroute(/\.js$/);

  const problems = collectProblems(page);
  await page.goto('/?lang=zh-CN');
  await expect(page.getByRole('grid', { name: '2026年11月' })).toBeVisible();
  await expect(page.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  // The language buttons work: React owns the hydrated header.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service calendar events' })).toBeVisible();
  expect(problems).toEqual([]);
});

// A click on the prerendered language switch before the code has arrived (a slow network, a loaded
// machine) is not lost: the page loads in that language, keeping the rest of the address; once
// hydrated, the switch changes the language in place (the test above), with no reload.
test('the language switch works before the page’s code has arrived, and keeps the calendar and month', async ({ page }) => {
  await page.route(/\.js$/, () => undefined); // never answered
  const address = `/?lang=en&cal_id=${CHINA_CAL.id}&month=2026-10`;
  await page.goto(address, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Service calendar events' })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '服务日历事件' })).toBeVisible();
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'zh-CN', cal_id: CHINA_CAL.id, month: '2026-10' });
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await expect(page.getByRole('grid', { name: '2026年10月' })).toBeVisible();
  // Hydrated: the switch changes the language in place, the inline script no longer loads a page.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('grid', { name: 'October 2026' })).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);
  expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
});

test('a browser whose language differs from the one the server guessed renders its own, without a warning', async ({ browser }) => {
  // The server reads Accept-Language; the page reads navigator.languages: here they disagree.
  const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'zh-CN' } });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Service calendar events' })).toBeVisible();
  await expect(page.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  expect(problems).toEqual([]);
  await context.close();
});

test('the framed form paints from the HTML and hydrates without a warning', async ({ page }) => {
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto(`${FORM_PAGE}&lang=en`);
  await expect(page.getByRole('textbox', { name: /Summary/ })).toBeVisible();
  await page.unroute(/\.js$/);

  const problems = collectProblems(page);
  await page.goto(`${FORM_PAGE}&lang=en`);
  const f = form(page);
  await expect(f.calendar).toBeVisible();
  // Hydrated: Save is React's (an unhydrated form would submit itself to the page's URL).
  await f.summary.fill('Spring Festival cover');
  await f.save.click();
  await expect(f.errorSummary).toBeVisible();
  expect(new URL(page.url()).search).toBe('?embed=1&lang=en');
  expect(problems).toEqual([]);
});

test('a frame with look parameters has nothing prerendered, and its code starts at once (no paint to wait for)', async ({ page }) => {
  // The page's timers stand still: a start that waited for a first paint (none comes from an empty
  // page) or for its fallback timer would never ask for the panel's code (it waited 3 s before).
  await page.clock.pauseAt(new Date(NOW.getTime() + 60_000));
  const codeAsked = page.waitForRequest(/\/assets\/start-[^/]*\.js$/);
  const response = await page.goto(`${FORM_PAGE}&lang=en&theme=dark`);
  expect(await response!.text()).not.toContain('data-shell=');
  await codeAsked;
  await page.clock.resume();
  await expect(page.getByRole('textbox', { name: /Summary/ })).toBeVisible();
});

test('under a sub-path the page is prerendered too', async ({ page }) => {
  const problems = collectProblems(page);
  const response = await page.request.get(SUB_PATH_PANEL + '?lang=en');
  expect(await response.text()).toContain('data-shell="workspace en"');
  await page.goto(SUB_PATH_PANEL + '?lang=en&month=2026-08');
  await expect(page.getByRole('grid', { name: 'August 2026' })).toHaveAttribute('aria-busy', 'false');
  expect(problems).toEqual([]);
});
