// Dark mode and a portal's look: the system's setting, the header's switch (remembered), the first
// paint before any script of the panel has run, print, and a portal's theme, primary colour and
// radius in its iframe (URL, then postMessage) and through mount() (options, then update()).
import type { Page } from '@playwright/test';
import { CHINA_CAL, PANEL, PORTAL, US_CAL, expect, test } from './fixtures';

const SCHEME = 'data-mantine-color-scheme';
const DARK_BODY = 'rgb(36, 36, 36)'; // Mantine's dark 7
const WHITE = 'rgb(255, 255, 255)';

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The mean lightness (0 black … 255 white) of a screenshot, decoded by the browser on a blank page. */
async function meanLightness(page: Page, png: Buffer): Promise<number> {
  const blank = await page.context().newPage();
  const value = await blank.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (data[i] + data[i + 1] + data[i + 2]) / 3;
    return sum / (data.length / 4);
  }, png.toString('base64'));
  await blank.close();
  return value;
}

test('a dark system setting gives a dark page from the bare address', async ({ page, sandbox }) => {
  void sandbox;
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute(SCHEME, 'dark');
  expect(await bodyBackground(page)).toBe(DARK_BODY);
  await expect(page.getByRole('group', { name: 'Appearance' }).getByRole('button', { name: 'As the system' })).toHaveAttribute('aria-pressed', 'true');
  // The system changes while the page is open: the page follows.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute(SCHEME, 'light');
  expect(await bodyBackground(page)).toBe(WHITE);
});

for (const lang of ['en', 'zh-CN'] as const) {
  const T = lang === 'en' ? { group: 'Appearance', dark: 'Dark', light: 'Light', auto: 'As the system' } : { group: '外观', dark: '深色', light: '浅色', auto: '跟随系统' };
  test(`the header's switch chooses dark, is remembered after a reload, and goes back to the system's (${lang})`, async ({ page, sandbox }) => {
    void sandbox;
    await page.goto(`/?lang=${lang}`);
    const html = page.locator('html');
    await expect(html).toHaveAttribute(SCHEME, 'light');
    const group = page.getByRole('group', { name: T.group });
    await group.getByRole('button', { name: T.dark }).click();
    await expect(html).toHaveAttribute(SCHEME, 'dark');
    await expect(group.getByRole('button', { name: T.dark })).toHaveAttribute('aria-pressed', 'true');
    expect(await bodyBackground(page)).toBe(DARK_BODY);

    await page.reload();
    await expect(html).toHaveAttribute(SCHEME, 'dark');
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(group.getByRole('button', { name: T.dark })).toHaveAttribute('aria-pressed', 'true');

    await group.getByRole('button', { name: T.light }).click();
    await expect(html).toHaveAttribute(SCHEME, 'light');
    await group.getByRole('button', { name: T.auto }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute(SCHEME, 'dark');
    await page.reload();
    await expect(html).toHaveAttribute(SCHEME, 'dark');
    await expect(group.getByRole('button', { name: T.auto })).toHaveAttribute('aria-pressed', 'true');
  });
}

// The panel's scripts never arrive: what paints is the HTML, its inline colour-scheme script and the
// stylesheet. A dark choice paints dark; the light case shows that the measure tells them apart.
for (const { name, system, stored, expected } of [
  { name: 'a dark system', system: 'dark', stored: null, expected: 'dark' },
  { name: 'a remembered dark choice on a light system', system: 'light', stored: 'dark', expected: 'dark' },
  { name: 'a light system', system: 'light', stored: null, expected: 'light' },
] as const) {
  test(`the first paint, before any of the panel's scripts has run, is ${expected} with ${name}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    if (stored) {
      await page.goto('/favicon.svg');
      await page.evaluate((value) => localStorage.setItem('calendar-panel:color-scheme', value), stored);
    }
    await page.route('**/*.js', () => undefined); // never answered
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute(SCHEME, expected);
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)'); // the stylesheet applies
    const lightness = await meanLightness(page, await page.screenshot());
    if (expected === 'dark') expect(lightness).toBeLessThan(60);
    else expect(lightness).toBeGreaterThan(200);
  });
}

// The switch is in the prerendered header: a click before the panel's code has arrived (a slow
// network, a loaded machine) is not lost. CI caught the click landing before hydration.
test('the header’s switch works before the panel’s scripts have arrived, and the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.route('**/*.js', () => undefined); // never answered
  await page.goto('/?lang=zh-CN', { waitUntil: 'commit' });
  const html = page.locator('html');
  await expect(html).toHaveAttribute(SCHEME, 'light');
  await page.getByRole('group', { name: '外观' }).getByRole('button', { name: '深色' }).click();
  await expect(html).toHaveAttribute(SCHEME, 'dark');
  expect(await page.evaluate(() => localStorage.getItem('calendar-panel:color-scheme'))).toBe('dark');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(html).toHaveAttribute(SCHEME, 'dark');
  await expect(page.getByRole('group', { name: '外观' }).getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
});

test('the printed year stays light in dark mode', async ({ page, sandbox }) => {
  void sandbox;
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/?lang=en&cal_id=${CHINA_CAL.id}&view=year&month=2026-10`);
  const workingDay = page.getByTestId('year-view').locator('[data-date="2026-10-12"]');
  await expect(workingDay).toBeVisible();
  await expect(workingDay).not.toHaveCSS('background-color', WHITE);
  await page.emulateMedia({ media: 'print' });
  expect(await bodyBackground(page)).toBe(WHITE);
  await expect(workingDay).toHaveCSS('background-color', WHITE);
  await expect(page.getByRole('heading', { name: '2026' })).toHaveCSS('color', 'rgb(0, 0, 0)');
});

test('a portal’s iframe takes the scheme, primary colour and radius from its URL, then live from set-theme messages; invalid values are ignored', async ({ page, sandbox }) => {
  void sandbox;
  const panel = `${PANEL}/?${new URLSearchParams({ embed: '1', cal_id: US_CAL.id, lang: 'en', parent_origin: PORTAL, theme: 'dark', primary: '#0b7285', radius: 'xl' })}`;
  await page.goto(`${PORTAL}/iframe-host.html?${new URLSearchParams({ panel })}`);
  const frame = page.frameLocator('#panel');
  const html = frame.locator('html');
  const save = frame.getByRole('button', { name: 'Save' });
  await expect(save).toBeVisible();
  await expect(html).toHaveAttribute(SCHEME, 'dark');
  await expect(frame.locator('body')).toHaveCSS('background-color', DARK_BODY);
  await expect(save).toHaveCSS('background-color', 'rgb(11, 114, 133)');
  await expect(save).toHaveCSS('border-radius', '32px');

  const send = (message: Record<string, unknown>) => page.evaluate((m) => (window as unknown as { sendToPanel: (m: unknown) => void }).sendToPanel(m), message);
  await send({ type: 'calendar-panel:set-theme', theme: 'light', primary: 'teal', radius: 4 });
  await expect(html).toHaveAttribute(SCHEME, 'light');
  await expect(frame.locator('body')).toHaveCSS('background-color', WHITE);
  await expect(save).toHaveCSS('background-color', 'rgb(9, 146, 104)'); // teal 8
  await expect(save).toHaveCSS('border-radius', '4px');

  // Nothing of this reaches the CSS: every field is ignored, the look stays. Then a valid message
  // proves the ignored one had arrived (messages are handled in order).
  await send({ type: 'calendar-panel:set-theme', theme: 'purple', primary: 'red; } body { display: none', radius: '1e3' });
  await send({ type: 'calendar-panel:set-theme', theme: 'auto' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute(SCHEME, 'dark');
  await expect(save).toHaveCSS('background-color', 'rgb(9, 146, 104)');
  await expect(save).toHaveCSS('border-radius', '4px');
  await expect(frame.locator('body')).toBeVisible();
});

test('a panel mounted into a portal’s page takes the scheme and primary colour from mount(), then from update(); invalid values are ignored', async ({ page }) => {
  await page.goto(`${PORTAL}/module-host.html?${new URLSearchParams({ panel: PANEL, theme: 'dark', primary: 'grape' })}`);
  await page.evaluate(() => (window as unknown as { mountPanels: () => Promise<void> }).mountPanels());
  const a = page.locator('#panel-a');
  const save = a.getByRole('button', { name: 'Save' });
  await expect(save).toBeVisible();
  await expect(a).toHaveAttribute(SCHEME, 'dark');
  await expect(save).toHaveCSS('background-color', 'rgb(156, 54, 181)'); // grape 8
  await expect(a.getByRole('heading', { name: 'New event' })).toHaveCSS('color', 'rgb(201, 201, 201)'); // dark 0 on the dark body
  // The host page keeps its own look.
  expect(await bodyBackground(page)).toBe('rgb(254, 246, 228)');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-mantine-color-scheme'))).toBe(false);

  const update = (options: Record<string, unknown>) =>
    page.evaluate((o) => (window as unknown as { panels: { a: { update: (o: unknown) => void } } }).panels.a.update(o), options);
  await update({ theme: 'light', primary: '#0b7285' });
  await expect(a).toHaveAttribute(SCHEME, 'light');
  await expect(save).toHaveCSS('background-color', 'rgb(11, 114, 133)');
  await expect(a.getByRole('heading', { name: 'New event' })).toHaveCSS('color', 'rgb(0, 0, 0)');
  await update({ theme: 'sepia', primary: 'url(https://example.com/x)' });
  await update({ locale: 'zh-CN' }); // a valid change after the invalid one: it has been applied
  await expect(a.getByRole('button', { name: '保存' })).toBeVisible();
  await expect(a).toHaveAttribute(SCHEME, 'light');
  await expect(a.getByRole('button', { name: '保存' })).toHaveCSS('background-color', 'rgb(11, 114, 133)');
  // Panel B, mounted with the same options, is its own: still dark.
  await expect(page.locator('#panel-b')).toHaveAttribute(SCHEME, 'dark');
});
