import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ACCOUNT_HEADER, CHINA_CAL, PANEL, PORTAL, US_CAL, expect, test } from './fixtures';
import { FORM_PAGE, fillEvent, form } from './helpers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// An axe scan of a whole month takes seconds of CPU; each test runs up to three. On a loaded
// 2-core machine (CI, or the suite run beside two busy loops) that passed 30 s: these get three times
// the time, and keep every assertion.
test.beforeEach(() => test.slow());

/** The scheme the page shows (the system's, emulated: the page follows it unless told otherwise). */
async function expectScheme(page: Page, scheme: 'light' | 'dark') {
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}

/**
 * The WCAG contrast ratio of a text's colour on the background behind it (its nearest ancestor's
 * that is not transparent). Axe leaves some texts in a dialog unmeasured (its "incomplete"), so a
 * text it missed is measured here.
 */
async function contrastOf(text: Locator): Promise<number> {
  return text.evaluate((el) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r, g, b].map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    let behind: Element | null = el;
    while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
    const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(rgb(getComputedStyle(behind ?? document.body).backgroundColor))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// Every scan runs in both colour schemes: the system's setting, which the page follows by default
// (the iframe with theme=auto, the module with theme set).
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const lang of ['en', 'zh-CN']) {
      test(`axe finds nothing on the workspace: the month, the form beside it, the delete dialog (${lang})`, async ({ page }) => {
        await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&month=2026-12`);
        await expect(page.getByRole('grid')).toBeVisible();
        await expectScheme(page, scheme);
        await expectNoViolations(page);
        await page.locator('[data-date="2026-12-05"]').click(); // a weekly rest day: the form and its explanation
        await expect(page.getByTestId('impact')).toBeVisible();
        await expectNoViolations(page);
        await page.locator('[data-date="2026-12-03"]').click(); // an event of the calendar: edit it, then ask to delete it
        await page.getByRole('button', { name: lang === 'en' ? 'Delete' : '删除' }).first().click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoViolations(page);
      });
      test(`axe finds nothing on a month with overlapping events: the list's overlap note is readable (${lang})`, async ({ page, sandbox }) => {
        // Two own events that share 16 and 17 December: each row of the list says so.
        for (const [summary, start_at, end_at] of [['Freeze', '2026-12-14', '2026-12-18'], ['Offsite', '2026-12-16', '2026-12-19']]) {
          const res = await page.request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: CHINA_CAL.id, summary, start_at, end_at, is_off: true } });
          expect(res.ok()).toBe(true);
        }
        await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&month=2026-12`);
        await expect(page.getByRole('grid')).toBeVisible({ timeout: 15_000 }); // the first load, on a loaded machine
        await expect(page.getByTestId('overlaps')).toHaveCount(2);
        await expectNoViolations(page);
      });
    }

    test('axe finds nothing on the form with field errors and a server error', async ({ page, sandbox }) => {
      await page.goto(FORM_PAGE);
      await form(page).save.click();
      await expect(form(page).errorSummary).toBeVisible();
      await expectNoViolations(page);

      await fillEvent(page, { calendar: US_CAL.label, summary: 'Winter break', start: '2026-12-24', end: '2026-12-31' });
      await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'AccessDenied' } });
      await form(page).save.click();
      await expect(form(page).errorSummary).toContainText('Calendars Manage permission');
      await expectNoViolations(page);
    });

    test('axe finds nothing with the date picker open, or after a save', async ({ page, sandbox }) => {
      void sandbox; // its own account: the save is the only event on its days
      await page.goto(FORM_PAGE);
      await form(page).start.fill('2026-12-24');
      await page.getByRole('button', { name: 'Choose start date from a calendar' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page);
      await page.keyboard.press('Escape');

      await fillEvent(page, { calendar: US_CAL.label, summary: 'Winter break', end: '2026-12-31' });
      await form(page).save.click();
      await expect(form(page).status).toHaveText('Saved “Winter break”.');
      await expect(page.getByText('Event saved')).toBeVisible();
      await expectNoViolations(page);
    });

    test('axe finds nothing in the portal’s iframe, nor in a panel mounted into a portal’s page', async ({ page }) => {
      await page.goto(`/?embed=1&theme=auto&lang=zh-CN&cal_id=${US_CAL.id}&parent_origin=${encodeURIComponent(PORTAL)}`);
      await expectScheme(page, scheme);
      await expect(page.getByRole('button', { name: '保存' })).toBeVisible();
      await expectNoViolations(page);

      await page.goto(`${PORTAL}/module-host.html?${new URLSearchParams({ panel: PANEL, theme: scheme })}`);
      await page.evaluate(() => (window as unknown as { mountPanels: () => Promise<void> }).mountPanels());
      await expect(page.locator('#panel-a').getByRole('button', { name: 'Save' })).toBeVisible();
      await expect(page.locator('#panel-b').getByRole('button', { name: '保存' })).toBeVisible();
      // Only the panels: the test portal's own page is not ours to judge.
      const results = await new AxeBuilder({ page }).include('#panel-a').include('#panel-b').withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    for (const lang of ['en', 'zh-CN'] as const) {
      const T = lang === 'en'
        ? { settings: 'Calendar settings', del: 'Delete calendar', year: 'Year', sunThu: 'Sun–Thu', save: 'Save settings', ask: 'Discard unsaved changes?', discard: 'Discard changes', own: 'The calendar’s own events keep their days.' }
        : { settings: '日历设置', del: '删除日历', year: '年', sunThu: '周日至周四', save: '保存设置', ask: '放弃未保存的修改？', discard: '放弃修改', own: '本日历的事件所在日期不受影响。' };
      test(`axe finds nothing on the calendar settings (with its year count and field errors), the delete dialog and the year (${lang})`, async ({ page }) => {
        await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&month=2026-10`);
        await page.getByRole('button', { name: T.settings }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: T.sunThu }).click();
        await expect(dialog.getByTestId('settings-impact-months')).toBeVisible();
        // The impact's quieter note, on its tinted panel: axe leaves it unmeasured in the dark scheme.
        expect(await contrastOf(dialog.getByText(T.own))).toBeGreaterThanOrEqual(4.5);
        await dialog.getByRole('textbox').first().fill('');
        await dialog.getByRole('button', { name: T.save }).click();
        await expect(dialog.getByTestId('error-summary')).toBeVisible();
        await expectNoViolations(page);
        // Escape with typed settings asks before dropping them: that question too.
        await page.keyboard.press('Escape');
        const ask = page.getByRole('dialog', { name: T.ask });
        await expect(ask).toBeVisible();
        await expectNoViolations(page);
        await ask.getByRole('button', { name: T.discard }).click();
        await expect(page.getByRole('dialog')).toBeHidden(); // its overlay gone: it would dim what axe measures
        await page.getByRole('button', { name: T.del }).click();
        await expect(page.getByRole('dialog').getByTestId('calendar-event-count')).toContainText('2023');
        await expectNoViolations(page);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
        await page.getByRole('button', { name: T.year, exact: true }).click();
        await expect(page.getByTestId('year-view').locator('[data-date="2026-12-31"]')).toBeVisible();
        await expectNoViolations(page);
      });
    }

    test('axe finds nothing with the Export menu opened from the keyboard, its focus on the first item; Escape gives it back to Export', async ({ page }) => {
      await page.goto(`/?lang=en&cal_id=${CHINA_CAL.id}&month=2026-10`);
      const exportButton = page.getByRole('button', { name: 'Export', exact: true });
      await exportButton.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('menuitem', { name: 'Events (CSV)' })).toBeFocused();
      await expectNoViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toBeHidden();
      await expect(exportButton).toBeFocused();
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

      for (const lang of ['en', 'zh-CN'] as const) {
        const T = lang === 'en' ? { newEvent: 'New event', collapse: 'Collapse the form', summary: 'Summary', close: 'Close the form', discard: 'Discard unsaved changes?' } : { newEvent: '新建事件', collapse: '收起表单', summary: '名称', close: '关闭表单', discard: '放弃未保存的修改？' };
        test(`axe finds nothing on the form’s sheet: open, collapsed, and asking about unsaved edits (${lang})`, async ({ page }) => {
          await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&month=2026-12`);
          await page.locator('[data-date="2026-12-05"]').tap(); // a weekly rest day: the form and its explanation
          const sheet = page.getByRole('dialog', { name: T.newEvent });
          await expect(sheet.getByTestId('impact')).toBeVisible();
          await expectNoViolations(page);
          await sheet.getByRole('button', { name: T.collapse }).tap();
          await expect(sheet.getByRole('textbox', { name: T.summary, exact: true })).toBeHidden();
          await expectNoViolations(page);
          await sheet.getByRole('button', { name: T.collapse.replace('Collapse', 'Expand').replace('收起', '展开') }).tap();
          await sheet.getByRole('textbox', { name: T.summary, exact: true }).fill('x');
          await sheet.getByRole('button', { name: T.close }).tap();
          await expect(page.getByRole('dialog', { name: T.discard })).toBeVisible();
          await expectNoViolations(page);
        });
      }
    });
  });
}
