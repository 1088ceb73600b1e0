// The same schedule from a second source (attacker round 11, H1): China's 2026 schedule imported from
// 公共节假日, then a holiday feed that names the same days otherwise (春节假期, 上班(补春节假期)). Every
// row lies on exactly the days, and is of the kind, of an event the first import stored: unticked,
// naming that event, still tickable; by default nothing is stored a second time. From the bare
// address, in a Chinese browser, into a calendar made for the test.
import { expect, test } from './fixtures';
import { createCalendarInChinese, importChinaHolidaysInChinese } from './helpers';

test.use({ locale: 'zh-CN' });

const feedPath = (name: string) => new URL(`./holiday-feeds/${name}`, import.meta.url).pathname;

test('a second source with other names for the same days stores nothing by default: each row already in the calendar under its name (zh-CN)', async ({ page, sandbox }) => {
  test.slow(); // a calendar created and a paced import run on a loaded machine
  await page.goto('/');
  const calId = await createCalendarInChinese(page, '两个来源');

  // The first source: 公共节假日 → 中国, 13 events.
  await importChinaHolidaysInChinese(page);
  const first = await sandbox.ownEvents(calId, 2026);
  expect(first).toHaveLength(13);

  // The second source: a feed naming the same days 春节假期, 上班(补春节假期)…
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.locator('#import-file').setInputFiles(feedPath('cn-2026-shangban.ics'));
  const rows = dialog.getByTestId('import-preview').locator('[data-status]');
  await expect(rows).toHaveCount(13);
  await expect(dialog.getByTestId('preview-counts')).toHaveText('共 13 行：新增 0，有重叠 0，已存在 13，无效 0。');
  await expect(rows.getByRole('checkbox', { checked: true })).toHaveCount(0);
  const national = rows.filter({ has: page.getByRole('checkbox', { name: '国庆节假期', exact: true }) });
  await expect(national.getByTestId('row-status')).toContainText('已在日历中，名为“国庆节”');
  const makeUp = rows.filter({ hasText: '2026年10月10日' });
  await expect(makeUp.getByTestId('row-status')).toContainText('已在日历中，名为“国庆节调休上班日”');
  await expect(dialog.getByRole('button', { name: '导入 0 个事件' })).toBeDisabled();

  // Still tickable, for a scheduler who means it.
  await national.getByRole('checkbox').check();
  await expect(dialog.getByRole('button', { name: '导入 1 个事件' })).toBeEnabled();
  await national.getByRole('checkbox').uncheck();
  await expect(dialog.getByRole('button', { name: '导入 0 个事件' })).toBeDisabled();
  expect(await sandbox.ownEvents(calId, 2026)).toEqual(first);
});
