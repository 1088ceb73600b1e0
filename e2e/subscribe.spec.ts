// Subscribe, as a scheduler does it: from the bare address, Export → Subscribe…, Copy address; the
// copied address serves the calendar's live iCalendar feed (its make-up working day marked in the
// interface's language), and a changed token is a 404 with nothing in it. In English and Chinese.
import AxeBuilder from '@axe-core/playwright';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test } from './fixtures';

const TEXT = {
  en: { export: 'Export', subscribe: 'Subscribe…', dialog: 'Subscribe in a calendar app', address: 'Subscription address', copy: 'Copy address', copied: 'Copied', mark: ' (working day)', close: 'Close' },
  'zh-CN': { export: '导出', subscribe: '订阅…', dialog: '在日历应用中订阅', address: '订阅地址', copy: '复制地址', copied: '已复制', mark: '（班）', close: '关闭' },
} as const;

// A whole task through a lazily loaded menu and dialog, then two fetches: on a loaded 2-core machine
// it passes 30 s, as the import's tests do.
test.beforeEach(() => test.slow());

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`Subscribe copies the calendar's feed address, and the address serves the feed (${lang})`, async ({ page, context, sandbox }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // A make-up working day of this year (the feed spans last year to next year by the server's clock).
    const year = new Date().getFullYear();
    const upsert = await page.request.post('/api/calendar/event/upsert', {
      headers: { [ACCOUNT_HEADER]: sandbox.id },
      data: { cal_id: CHINA_CAL.id, summary: 'Release weekend', start_at: `${year}-06-06`, end_at: `${year}-06-07`, is_off: false },
    });
    expect(upsert.ok()).toBe(true);

    await page.goto(`/?lang=${lang}`);
    await page.getByRole('button', { name: T.export, exact: true }).click();
    await page.getByRole('menuitem', { name: T.subscribe }).click();
    const dialog = page.getByRole('dialog', { name: T.dialog });
    await expect(dialog).toBeVisible();
    const address = dialog.getByRole('textbox', { name: T.address });
    await expect(address).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/feed\/cal\.SampleOnCallChina01\/[A-Za-z0-9_-]{32}\.ics\?/);
    const results = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await dialog.getByRole('button', { name: T.copy }).click();
    await expect(dialog.getByRole('button', { name: T.copied })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await address.inputValue());

    // A calendar app fetches it: no cookie, no account header, nothing but the address.
    const feed = await fetch(copied);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await feed.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('X-WR-CALNAME:On-call China (sample)\r\n');
    expect(text).toContain(`SUMMARY:Release weekend${T.mark}\r\n`);
    expect(text).toContain(`DTSTART;VALUE=DATE:${year}0606\r\n`);

    const token = /\/([A-Za-z0-9_-]{32})\.ics/.exec(copied)![1];
    const wrong = await fetch(copied.replace(token, token.slice(1) + (token.startsWith('A') ? 'B' : 'A')));
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toBe('');

    await dialog.getByRole('button', { name: T.close, exact: true }).first().click();
    await expect(dialog).toBeHidden();
  });
}
