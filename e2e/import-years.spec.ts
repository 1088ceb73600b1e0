// The years an import checks (attacker round 13, H3 and M2): a company's fixed day off planned 16
// years ahead is checked in every year the rows touch, the far ones too, so nothing is stored twice;
// a row before 2023 (the calendar lists no earlier year) is refused. And the fresh read at Import
// stops the run when the event a row overlaps changed since the preview (the same event, now of the
// other kind). From the bare address, on the sample calendar of the test's own sandbox account.
import type { Page } from '@playwright/test';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

test.beforeEach(() => test.slow()); // sixteen years read, and an import run, on a loaded machine

/** Saves an event as another scheduler (or an earlier import) does, through the API; its ID. */
async function savedElsewhere(page: Page, sandbox: SandboxAccount, data: Record<string, unknown>): Promise<string> {
  const res = await page.request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: CHINA_CAL.id, ...data } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: { event_id: string } }).data.event_id;
}

const named = async (sandbox: SandboxAccount, year: number, summary: string) =>
  (await sandbox.ownEvents(CHINA_CAL.id, year)).filter((e) => e.summary === summary).map((e) => [e.start_at, e.end_at, e.is_off]);

test('a day off planned 16 years ahead is checked in every year: the far years already there are skipped, a row before 2023 is refused', async ({ page, sandbox }) => {
  for (const year of [2024, 2037, 2038]) await savedElsewhere(page, sandbox, { summary: 'Founders Day', start_at: `${year}-03-18`, end_at: `${year}-03-19`, is_off: true });

  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Import events/ });
  const lines = Array.from({ length: 17 }, (_, i) => `Founders Day,${2022 + i}-03-18,,yes`);
  await dialog.getByRole('textbox', { name: 'Paste rows' }).fill(`Summary,Start date,End date,Day off\n${lines.join('\n')}\n`);

  const rowOf = (year: number) => dialog.getByTestId('import-preview').locator('[data-status]').nth(year - 2022);
  for (const year of [2024, 2037, 2038]) await expect(rowOf(year)).toHaveAttribute('data-status', 'already', { timeout: 30_000 });
  await expect(dialog.getByTestId('preview-counts')).toContainText('3 already there, 1 invalid.');
  await expect(rowOf(2022)).toHaveAttribute('data-status', 'invalid');
  await expect(rowOf(2022).getByTestId('row-status')).toHaveText(
    'Invalid: Before 2023: the calendar holds dates from 2023 on, so this row can be neither checked nor shown (line 2)',
  );
  await expect(rowOf(2036)).toHaveAttribute('data-status', 'new');

  await dialog.getByRole('button', { name: /^Import \d+ events?$/ }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText(' 0 failed.', { timeout: 60_000 });
  for (const year of [2024, 2036, 2037, 2038]) expect(await named(sandbox, year, 'Founders Day'), String(year)).toEqual([[`${year}-03-18`, `${year}-03-19`, true]]);
});

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' });

  test('the event a row overlaps is changed to the other kind after the preview (the same event): nothing is sent, the preview shows it', async ({ page, sandbox }) => {
    const freeze = { summary: '运维封版', start_at: '2026-12-15', end_at: '2026-12-18' };
    const id = await savedElsewhere(page, sandbox, { ...freeze, is_off: true });

    await page.goto('/');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /导入事件/ });
    await dialog.getByRole('textbox', { name: '粘贴行' }).fill('名称,开始日期,结束日期,休息日\n年末假期,2026-12-17,2026-12-21,是\n');
    const row = dialog.getByTestId('import-preview').locator('[data-status]');
    await expect(row.getByTestId('row-status')).toHaveText('与“运维封版”重叠', { timeout: 30_000 });

    // Another scheduler makes the same event a working day.
    await savedElsewhere(page, sandbox, { ...freeze, event_id: id, is_off: false });
    await dialog.getByRole('button', { name: '导入 1 个事件' }).click();

    await expect(dialog.getByTestId('preview-changed')).toContainText('预览显示后日历已有变化', { timeout: 30_000 });
    await expect(dialog.getByTestId('preview-changed')).toContainText('未导入任何事件');
    await expect(row.getByTestId('row-status')).toHaveText('与“运维封版”重叠，且类型相反：这些日期以此行为准');
    expect(await named(sandbox, 2026, '年末假期')).toEqual([]);
    expect(await named(sandbox, 2026, '运维封版')).toEqual([['2026-12-15', '2026-12-18', false]]);
  });
});
