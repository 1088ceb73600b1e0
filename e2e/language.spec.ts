import { US_CAL, expect, test } from './fixtures';
import { FORM_PAGE } from './helpers';

const zhNames = { calendar: '日历', summary: '名称', description: '描述', dayOff: '休息日', start: '开始日期', end: '结束日期', save: '保存' };

test('?lang=zh-CN shows the whole interface in Chinese, server messages included', async ({ page, sandbox }) => {
  await page.goto(`${FORM_PAGE}&lang=zh-CN`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('服务日历事件');
  await expect(page.getByRole('heading', { name: '新建事件' })).toBeVisible();
  await page.getByRole('combobox', { name: zhNames.calendar, exact: true }).selectOption({ label: US_CAL.label });
  await page.getByRole('textbox', { name: zhNames.summary, exact: true }).fill('国庆节');
  await expect(page.getByRole('textbox', { name: zhNames.description, exact: true })).toBeVisible();
  await expect(page.getByRole('switch', { name: zhNames.dayOff, exact: true })).toBeChecked();
  await expect(page.getByText('所选日期为休息日，分派策略和静默规则按休息日处理。')).toBeVisible();
  await page.getByRole('textbox', { name: zhNames.start, exact: true }).fill('2026-10-01');
  await page.getByRole('textbox', { name: zhNames.end, exact: true }).fill('2026-10-07');
  await expect(page.getByTestId('date-range')).toHaveText('2026年10月1日周四 至 2026年10月7日周三，共 7 天');

  // The request carries the interface language, so the server's own message comes in Chinese.
  const message = '参数 summary 无效：长度必须为 1 到 39 个字符。';
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'InvalidParameter', message } });
  const request = page.waitForRequest('**/api/calendar/event/upsert');
  await page.getByRole('button', { name: zhNames.save, exact: true }).click();
  expect((await request).headers()['accept-language']).toBe('zh-CN');
  const alert = page.getByRole('alert').filter({ hasText: '事件未保存' });
  await expect(alert).toBeFocused();
  await expect(alert.getByRole('link', { name: `名称：${message}` })).toBeVisible();
  await expect(alert).toContainText('已填写的内容均已保留。');

  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'RequestTooFrequently' } });
  await page.getByRole('button', { name: zhNames.save, exact: true }).click();
  await expect(alert).toContainText('短时间内发送的请求过多。');
  await expect(alert).toContainText('请等待几秒后重新保存。');

  await page.getByRole('button', { name: zhNames.save, exact: true }).click();
  await expect(page.getByTestId('form-status')).toHaveText('已保存“国庆节”。');
});

test('the date picker speaks the interface language', async ({ page }) => {
  await page.goto(`${FORM_PAGE}&lang=zh-CN`);
  await page.getByRole('textbox', { name: '开始日期', exact: true }).fill('2026-10-01');
  await page.getByRole('button', { name: '从日历中选择开始日期' }).click();
  const dialog = page.getByRole('dialog', { name: '从日历中选择开始日期' });
  await expect(dialog.getByRole('button', { name: '下个月' })).toBeVisible();
  await expect(dialog.getByRole('columnheader').first()).toHaveText('一');
  await expect(dialog.getByRole('button', { name: '2026年10月1日星期四', exact: true })).toBeVisible();
});

test('the language buttons switch the interface and keep what was typed', async ({ page }) => {
  await page.goto('/?month=2026-09');
  await page.getByRole('gridcell', { name: /^Friday, 25 September 2026/ }).click();
  await page.getByRole('textbox', { name: 'Summary', exact: true }).fill('Mid-Autumn');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('textbox', { name: '名称', exact: true })).toHaveValue('Mid-Autumn');
  await expect(page.getByRole('grid', { name: '2026年9月' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=zh-CN/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('textbox', { name: 'Summary', exact: true })).toHaveValue('Mid-Autumn');
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the browser language picks Chinese when the URL names none', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('combobox', { name: '日历', exact: true })).toBeVisible();
    await page.goto(FORM_PAGE);
    await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  });

  test('?lang=en overrides the browser language', async ({ page }) => {
    await page.goto(`${FORM_PAGE}&lang=en`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  });
});
