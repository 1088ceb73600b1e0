// A Google Calendar holiday feed imported as a Chinese scheduler brings it (attacker round 9 H1):
// Google's 中国的节假日 export lists observances (植树节, 教师节, 平安夜…) beside the public holidays,
// marked DESCRIPTION:纪念日. They are unticked, with the reason, and only the public holidays and
// make-up working days are saved. The file: src/features/import/testdata/google-cn-2026.ics.
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { createCalendarInChinese } from './helpers';

// A Chinese browser (the bare address then speaks Chinese), in each project's time zone.
test.use({ locale: 'zh-CN' });
// A whole import through the dialog, paced request by request: slow on a loaded 2-core machine.
test.beforeEach(() => test.slow());

const FEED = fileURLToPath(new URL('../src/features/import/testdata/google-cn-2026.ics', import.meta.url));
// On weekdays: new, unticked as observances; on weekends: already days off.
const WEEKDAY_OBSERVANCES = ['植树节', '青年节', '儿童节', '教师节', '平安夜', '圣诞节'];
const WEEKEND_OBSERVANCES = ['情人节', '妇女节', '母亲节', '建军节'];

test('a Google Calendar feed’s observances (纪念日) are unticked with the reason; 导入 saves only the public holidays (zh-CN)', async ({ page, sandbox }) => {
  await page.goto('/');
  const calId = await createCalendarInChinese(page, '值班 Google 节假日');

  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.locator('#import-file').setInputFiles(FEED);
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.locator('[data-status]')).toHaveCount(23);
  await expect(dialog.getByTestId('preview-counts')).toContainText('6 行是纪念日、节日或节气，文件未标为休息日：未勾选。');
  for (const name of [...WEEKDAY_OBSERVANCES, ...WEEKEND_OBSERVANCES]) {
    await expect(preview.getByRole('checkbox', { name, exact: true })).not.toBeChecked();
    const row = preview.locator('[data-status]').filter({ has: page.getByRole('checkbox', { name, exact: true }) });
    await expect(row.getByTestId('row-note')).toHaveText('纪念日（文件标为“纪念日”），不是公共节假日：默认不勾选');
  }
  for (const name of ['元旦', '春节', '国庆节', '国庆节补班']) await expect(preview.getByRole('checkbox', { name, exact: true }).first()).toBeChecked();
  // The days that would change: the public holidays only (12 Mar, 10 Sep, 24–25 Dec stay working days).
  await expect(dialog.getByTestId('impact-off')).toContainText('变为休息日（19 天）');

  await dialog.getByRole('button', { name: '导入 13 个事件' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('导入完成', { timeout: 30_000 });
  const stored = await sandbox.ownEvents(calId, 2026);
  expect(stored.map((e) => `${e.start_at} ${e.is_off ? '休' : '班'} ${e.summary}`).sort()).toEqual([
    '2026-01-01 休 元旦',
    '2026-01-04 班 元旦补班',
    '2026-02-14 班 春节补班',
    '2026-02-15 休 春节',
    '2026-02-28 班 春节补班',
    '2026-04-04 休 清明节',
    '2026-05-01 休 劳动节',
    '2026-05-09 班 劳动节补班',
    '2026-06-19 休 端午节',
    '2026-09-20 班 国庆节补班',
    '2026-09-25 休 中秋节',
    '2026-10-01 休 国庆节',
    '2026-10-10 班 国庆节补班',
  ]);
});
