// Import → 复制 of last year's holidays into this year (attacker round 9, H2): China's lunar holidays,
// bridge days and make-up working days do not fall on the same dates next year. Moved, they are
// unticked, each saying why, and the copy tab says so once; a fixed-date private day still moves.
// From the bare address, in a Chinese browser, into a calendar made for the test.
import { ACCOUNT_HEADER, expect, test } from './fixtures';
import { createCalendarInChinese, importChinaHolidaysInChinese } from './helpers';

test.use({ locale: 'zh-CN' });

test('China’s 2025 schedule copied to 2026 is unticked with the reason; only the fixed private day is imported (zh-CN)', async ({ page, sandbox }) => {
  test.slow(); // a calendar created and two paced import runs on a loaded machine
  await page.goto('/');
  const calId = await createCalendarInChinese(page, '复制去年');
  // The company's founding day: the same date every year.
  const founded = await page.request.post('/api/calendar/event/upsert', {
    headers: { [ACCOUNT_HEADER]: sandbox.id },
    data: { cal_id: calId, summary: '公司成立日', start_at: '2025-03-18', end_at: '2025-03-19', is_off: true },
  });
  expect(founded.ok()).toBe(true);

  // 2025: China's schedule imported from 公共节假日.
  await page.goto(`/?cal_id=${calId}&month=2025-06`);
  await importChinaHolidaysInChinese(page);

  // 2026: 复制 from 2025, moved to 2026 by default.
  await page.goto(`/?cal_id=${calId}&month=2026-06`);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.getByRole('tab', { name: '复制' }).click();
  await expect(dialog.getByRole('checkbox', { name: '移到 2026 年' })).toBeChecked();
  const rows = dialog.getByTestId('import-preview').locator('[data-status]');
  await expect(rows).toHaveCount(14);
  // The 10 rows that would change days (the other three are make-up days on weekdays: already so).
  await expect(dialog.getByTestId('copy-yearly')).toHaveText('10 行移到 2026 年后未勾选：节假日和调休上班日的日期每年不同，请改从“公共节假日”导入 2026 年的放假安排。');

  // 春节 would be 28 January to 4 February (really 15 to 23 February), and two make-up working days Sundays.
  const spring = rows.filter({ has: page.getByRole('checkbox', { name: '春节', exact: true }) });
  await expect(spring).toContainText('2026年1月28日周三');
  await expect(spring.getByRole('checkbox')).not.toBeChecked();
  await expect(spring.getByTestId('row-yearly')).toHaveText('未勾选：日期每年不同，请改从“公共节假日”导入 2026 年的放假安排。');
  for (const sunday of ['2026年2月8日周日', '2026年10月11日周日']) await expect(rows.filter({ hasText: sunday }).getByRole('checkbox')).not.toBeChecked();
  await expect(rows.getByTestId('row-yearly')).toHaveCount(13);
  await expect(rows.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(rows.filter({ has: page.getByRole('checkbox', { name: '公司成立日', checked: true }) })).toContainText('2026年3月18日周三');

  // Still tickable, for a scheduler who means it.
  await spring.getByRole('checkbox').check();
  await expect(dialog.getByRole('button', { name: '导入 2 个事件' })).toBeEnabled();
  await spring.getByRole('checkbox').uncheck();

  await dialog.getByRole('button', { name: '导入 1 个事件' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('导入完成', { timeout: 30_000 });
  expect((await sandbox.ownEvents(calId, 2026)).map((e) => [e.summary, e.start_at, e.end_at, e.is_off])).toEqual([['公司成立日', '2026-03-18', '2026-03-19', true]]);
});
