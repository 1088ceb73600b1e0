// What a Chinese scheduler's first walk through the panel found (issues 22 and 23): the words of
// the import's help and of the year view on a phone, the lists of days, and the layout of the
// events table, the toasts and the event form after a save.
import { CHINA_CAL, expect, test } from './fixtures';

test('the import says plainly what an empty 休息日 cell means', async ({ page }) => {
  await page.goto(`/?lang=zh-CN&cal_id=${CHINA_CAL.id}&month=2026-11`);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await expect(dialog.getByText(/^列：/)).toHaveText('列：名称、开始日期、结束日期、休息日和描述。名称和开始日期为必填；“结束日期”留空即为一天；“休息日”列填“是”或“否”，留空视为“是”。');
});

for (const [lang, tab, country, first] of [
  ['zh-CN', '公共节假日', '国家或地区', '中国'],
  ['en', 'Public holidays', 'Country or region', 'Åland Islands'],
] as const) {
  test(`the public holidays' country list starts on ${first} (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&month=2026-11`);
    await page.getByRole('button', { name: lang === 'en' ? 'Import' : '导入', exact: true }).click();
    await page.getByRole('tab', { name: tab }).click();
    const options = page.getByRole('combobox', { name: country }).locator('option');
    await expect(options.nth(1)).toHaveText(first); // after “choose a country”
  });
}

test('the year view says how to see a day’s reason with a mouse: hover', async ({ page }) => {
  await page.goto(`/?lang=zh-CN&cal_id=${CHINA_CAL.id}&month=2026-11&view=year`);
  await expect(page.getByTestId('year-view').getByText(/^每天标明/)).toHaveText('每天标明工作日或休息日，鼠标悬停可查看原因；点击月份名称可打开该月。');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [lang, text] of [
    ['zh-CN', '每天标明工作日或休息日。点按月份名称可打开该月，查看每天的原因。'],
    ['en', 'Each day shows whether it is a working day or a day off. Tap a month’s name to open the month and see each day’s reason.'],
  ] as const) {
    test(`the year view says to tap a month’s name, not to hover, and the month then gives each day’s reason (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&month=2026-10&view=year`);
      const year = page.getByTestId('year-view');
      const help = year.getByText(lang === 'en' ? /^Each day shows/ : /^每天标明/);
      await expect(help).toHaveText(text);
      await year.getByRole('button', { name: lang === 'en' ? 'October' : '10月', exact: true }).tap();
      const national = page.getByRole('grid').locator('[data-date="2026-10-01"]');
      await expect(national).toHaveAccessibleName(lang === 'en' ? /public holiday: National Day/ : /法定节假日|节假日：国庆节/);
    });
  }
});

test('in Chinese, events listed with their days read “名称”（日期）, in full-width brackets', async ({ page }) => {
  await page.goto(`/?lang=zh-CN&cal_id=${CHINA_CAL.id}&month=2026-12`);
  await page.locator('[data-date="2026-12-02"]').click();
  await page.locator('[data-date="2026-12-07"]').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('overlap-choice')).toContainText('所选日期已有本日历的事件：“Team offsite (sample)”（2026年12月3日周四 至 2026年12月4日周五）。');
  await expect(page.getByTestId('impact')).toContainText('与本日历的事件重叠：“Team offsite (sample)”（2026年12月3日周四 至 2026年12月4日周五）。');
  await expect(page.getByTestId('impact')).toContainText('2 天变为休息日：2026年12月2日周三和2026年12月7日周一。');
});

test('beside the open form on a 1280 px screen, the events table shows Edit and Delete whole, without scrolling sideways', async ({ page, sandbox }) => {
  // 1265 px: a 1280 px screen less its scroll bar (the test's headless browser draws none).
  await page.setViewportSize({ width: 1265, height: 900 });
  await page.request.post('/api/calendar/event/upsert', {
    headers: { 'x-sandbox-account': sandbox.id },
    data: { cal_id: CHINA_CAL.id, summary: 'Year-end make-up working Saturday', description: 'Asked for by the support lead.', start_at: '2026-12-19', end_at: '2026-12-20', is_off: false },
  });
  await page.goto(`/?lang=en&cal_id=${CHINA_CAL.id}&month=2026-12`);
  await page.locator('[data-date="2026-12-16"]').click();
  await expect(page.getByRole('textbox', { name: 'Summary', exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: 'Events of December 2026' });
  await expect(table.getByRole('row')).toHaveCount(3);
  const scroller = table.locator('xpath=..');
  const edge = await scroller.evaluate((el) => ({ right: el.getBoundingClientRect().right, overflow: el.scrollWidth - el.clientWidth }));
  expect(edge.overflow).toBeLessThanOrEqual(0);
  for (const button of await table.getByRole('button', { name: /^(Edit|Delete)$/ }).all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(edge.right);
  }
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`after a save the impact box says saving again changes nothing, even before the month is read again; an edit compares with the saved event (${lang})`, async ({ page, sandbox }) => {
    const T = {
      en: { summary: 'Summary', save: 'Save', saved: 'Saved: the calendar shows these days as they are now. Saving again changes no day until you edit the event.', end: 'End date', becomes: '1 day becomes a day off: Thu, 17 Dec 2026.', already: '1 day is already a day off: Wed, 16 Dec 2026.' },
      'zh-CN': { summary: '名称', save: '保存', saved: '已保存，日历已按此显示。修改事件前，再次保存不会改变任何日期。', end: '结束日期', becomes: '1 天变为休息日：2026年12月17日周四。', already: '1 天已经是休息日：2026年12月16日周三。' },
    }[lang];
    await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&month=2026-12`);
    await page.locator('[data-date="2026-12-16"]').click();
    await page.getByRole('textbox', { name: T.summary, exact: true }).fill('Release freeze');
    const impact = page.getByTestId('impact');
    await expect(impact).toContainText(lang === 'en' ? '1 day becomes a day off' : '1 天变为休息日');
    // The month's list, read again after the save, answers late: the box must not compare with the list from before the save.
    await sandbox.fault({ path: '/calendar/event/list', fault: { type: 'delay', ms: 4000 }, times: 3 });
    await page.getByRole('button', { name: T.save, exact: true }).click();
    await expect(impact.getByText(T.saved)).toBeVisible();
    await expect(impact).not.toContainText(lang === 'en' ? 'become' : '变为');
    await expect(page.locator('[data-date="2026-12-16"]')).toHaveAttribute('data-off', 'true', { timeout: 20_000 });
    await page.getByRole('textbox', { name: T.end, exact: true }).fill('2026-12-17');
    await expect(impact).toContainText(T.becomes);
    await expect(impact).toContainText(T.already);
  });
}

test('an empty end date takes the start date as it is typed or picked, and follows it, but never replaces an end date typed', async ({ page }) => {
  await page.goto('/?embed=1&lang=zh-CN'); // a portal's new-event form: its dates start empty
  const start = page.getByRole('textbox', { name: '开始日期', exact: true });
  const end = page.getByRole('textbox', { name: '结束日期', exact: true });
  await expect(start).toHaveValue('');
  await expect(end).toHaveValue('');
  await expect(start).toBeEditable(); // the prerendered form takes input once hydrated
  await start.pressSequentially('2026-12-21');
  await expect(end).toHaveValue('2026-12-21');
  await expect(page.getByTestId('date-range')).toHaveText('2026年12月21日周一，共 1 天');
  // The start corrected: the end it filled follows.
  await start.press('Backspace');
  await start.press('3');
  await expect(start).toHaveValue('2026-12-23');
  await expect(end).toHaveValue('2026-12-23');
  // An end typed by the scheduler stays when the start moves.
  await end.fill('2026-12-25');
  await start.fill('2026-12-24');
  await expect(end).toHaveValue('2026-12-25');
  // Picked from the calendar into an empty end: the same.
  await end.fill('');
  await start.fill('');
  await page.getByRole('button', { name: '从日历中选择开始日期' }).click();
  await page.getByRole('dialog', { name: '从日历中选择开始日期' }).getByRole('button', { name: '2026年11月25日星期三', exact: true }).click(); // opens on this month; named as the grid names a day
  await expect(start).toHaveValue('2026-11-25');
  await expect(end).toHaveValue('2026-11-25');
});

test.describe('toasts on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the “saved” toast sits just above the form’s sheet, over neither the sheet nor the month’s controls', async ({ page, sandbox }) => {
    void sandbox; // it saves: in an account of its own, not the sample account other tests read
    await page.goto(`/?lang=zh-CN&cal_id=${CHINA_CAL.id}&month=2026-12`);
    await page.locator('[data-date="2026-12-16"]').tap();
    await page.getByRole('textbox', { name: '名称', exact: true }).fill('值班演练');
    await page.getByRole('button', { name: '保存', exact: true }).tap();
    const toast = page.getByRole('alert').filter({ hasText: '事件已保存' });
    await expect(toast).toBeVisible();
    const sheet = page.getByTestId('event-sheet');
    const overlaps = async (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const box = (await toast.boundingBox())!;
    const sheetBox = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(sheetBox.y);
    expect(sheetBox.y - (box.y + box.height), 'the toast sits right on the sheet, not at the top over the month').toBeLessThanOrEqual(24);
    for (const control of [page.getByRole('button', { name: '上个月' }), page.getByRole('button', { name: '下个月' }), page.getByRole('button', { name: '本月' })]) {
      const c = await control.boundingBox();
      if (c) expect(await overlaps(box, c), `the toast covers ${control}`).toBe(false);
    }
  });
});
