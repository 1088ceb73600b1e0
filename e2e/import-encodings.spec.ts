// Files the import reads as their writers meant them: an iCalendar file folded inside a UTF-8
// character (RFC 5545 §3.1 folds at 75 octets; attacker round 13 M5), and a CSV that Excel saved in
// Big5 on a Taiwanese Windows, read as Big5 and said so (attacker round 13 M3).
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { createCalendarInChinese } from './helpers';

test.use({ locale: 'zh-CN' });
test.beforeEach(() => test.slow());

const testdata = (name: string) => fileURLToPath(new URL(`../src/features/import/testdata/${name}`, import.meta.url));
const MAKE_UP_DAY = '国庆节后第一个周六全体员工按照国务院通知要补班';

/** From the bare address, in a new calendar: Import, the file chosen; the dialog and its preview. */
async function importFile(page: Page, calendarName: string, file: string) {
  await page.goto('/');
  const calId = await createCalendarInChinese(page, calendarName);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.locator('#import-file').setInputFiles(testdata(file));
  return { calId, dialog, preview: dialog.getByTestId('import-preview') };
}

test('an .ics folded inside a character: whole names, no warning, the 补班 on the fold is a working day (zh-CN)', async ({ page, sandbox }) => {
  const { calId, dialog, preview } = await importFile(page, '值班 折行', 'folded-mid-character.ics');
  await expect(preview.locator('[data-status]')).toHaveCount(2);
  await expect(dialog.getByTestId('size-notice')).toHaveCount(0);
  await expect(preview.getByRole('checkbox', { name: MAKE_UP_DAY, exact: true })).toBeChecked();
  await expect(dialog.getByTestId('impact-working')).toContainText('变为工作日（1 天）');
  await dialog.screenshot({ path: test.info().outputPath('folded.png') });

  await dialog.getByRole('button', { name: '导入 2 个事件' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('导入完成', { timeout: 30_000 });
  const stored = await sandbox.ownEvents(calId, 2026);
  expect(stored.map((e) => `${e.start_at} ${e.is_off ? '休' : '班'} ${e.summary}`).sort()).toEqual([
    `2026-10-01 休 国庆节（十月一日至七日放假调休，共七天，全体值班人员请注意）`,
    `2026-10-10 班 ${MAKE_UP_DAY}`,
  ]);
});

test('a Big5 CSV is read as Big5, and the dialog says so: its 補班 rows are working days (zh-CN)', async ({ page, sandbox }) => {
  const { calId, dialog, preview } = await importFile(page, '值班 台湾', 'tw-2026.big5.csv');
  await expect(preview.locator('[data-status]')).toHaveCount(5);
  await expect(dialog.getByTestId('encoding-notice')).toHaveText(
    '文件不是 UTF-8，已按繁体中文（Big5）读取。如预览中的名称显示为乱码，请将文件另存为 UTF-8（Excel 中选“CSV UTF-8”）后重新选择。',
  );
  await expect(dialog.getByTestId('size-notice')).toHaveCount(0);
  for (const name of ['彈性放假補行上班', '補班', '春節']) await expect(preview.getByRole('checkbox', { name, exact: true })).toBeChecked();
  await expect(dialog.getByTestId('impact-working')).toContainText('变为工作日（2 天）');
  await dialog.screenshot({ path: test.info().outputPath('big5.png') });

  await dialog.getByRole('button', { name: /^导入 \d+ 个事件$/ }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('导入完成', { timeout: 30_000 });
  const stored = (await sandbox.ownEvents(calId, 2026)).map((e) => `${e.start_at} ${e.is_off ? '休' : '班'} ${e.summary}`);
  expect(stored).toEqual(expect.arrayContaining(['2026-01-31 班 彈性放假補行上班', '2026-02-07 班 補班', '2026-02-14 休 春節']));
});
