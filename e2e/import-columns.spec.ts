// A scheduler's own spreadsheet, headed as Chinese spreadsheets head it (attacker round 6, M3): the
// kind column 是否休息日, with a make-up working day marked 否, and a column the import does not read.
// From the bare address, in Chinese, into a calendar made for the test.
import { expect, test } from './fixtures';

const CSV = '名称,开始日期,结束日期,是否休息日,负责人\n国庆节,2026-10-01,2026-10-07,是,张三\n国庆节调休,2026-10-10,,否,李四\n';

test('a 是否休息日 column is read: its 否 row imports a make-up working day; a column not read is named (zh-CN)', async ({ page, sandbox }) => {
  test.slow(); // a calendar created and an import run, paced, on a loaded machine
  await page.goto('/?lang=zh-CN');
  await page.getByRole('button', { name: '新建日历', exact: true }).click();
  const create = page.getByRole('dialog', { name: '新建日历' });
  await create.getByRole('textbox', { name: '名称' }).fill('值班表导入');
  await create.getByRole('button', { name: '创建日历' }).click();
  await expect(create).toBeHidden({ timeout: 20_000 });
  await expect.poll(() => new URL(page.url()).searchParams.get('cal_id')).toMatch(/^cal\./);
  const calId = new URL(page.url()).searchParams.get('cal_id')!;

  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.locator('#import-file').setInputFiles({ name: '国庆节.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });

  const makeUp = dialog.getByTestId('import-preview').locator('[data-status]').filter({ has: page.getByRole('checkbox', { name: '国庆节调休' }) });
  await expect(makeUp).toHaveAttribute('data-status', 'new'); // not “already so” as a day off
  await expect(makeUp.getByRole('combobox', { name: '第 3 行的类型' })).toHaveValue('work'); // 工作日
  await expect(dialog.getByTestId('unread-columns')).toHaveText('有 1 列未读取：第 5 列“负责人”。导入只读取名称、开始日期、结束日期、休息日和描述这几列（表头用中文或英文均可）。');

  await dialog.getByRole('button', { name: '导入 2 个事件' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('导入完成', { timeout: 30_000 });
  const stored = await sandbox.ownEvents(calId, 2026);
  expect(stored.map((e) => [e.summary, e.start_at, e.end_at, e.is_off]).sort()).toEqual([
    ['国庆节', '2026-10-01', '2026-10-08', true],
    ['国庆节调休', '2026-10-10', '2026-10-11', false],
  ]);
});
