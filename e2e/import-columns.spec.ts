// Files a scheduler brings that are not our export (attacker round 6): a spreadsheet headed as
// Chinese spreadsheets head it (M3: the kind column 是否休息日, a make-up working day marked 否, a
// column the import does not read), from the bare address in Chinese into a calendar made for the
// test; and NateScarlet's holiday-cn JSON (L2), or another JSON refused for what it is.
import type { Locator } from '@playwright/test';
import { ACCOUNT_HEADER, expect, test, type SandboxAccount } from './fixtures';
import { createCalendarInChinese } from './helpers';

/** Runs the import (its button's name), waits for its end, and gives the calendar's own events of 2026 as [summary, start, end, off]. */
async function importAndRead(dialog: Locator, button: string, finished: string, sandbox: SandboxAccount, calId: string) {
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText(finished, { timeout: 30_000 });
  const stored = await sandbox.ownEvents(calId, 2026);
  return stored.map((e) => [e.summary, e.start_at, e.end_at, e.is_off]).sort();
}

const CSV = '名称,开始日期,结束日期,是否休息日,负责人\n国庆节,2026-10-01,2026-10-07,是,张三\n国庆节调休,2026-10-10,,否,李四\n';

test('a 是否休息日 column is read: its 否 row imports a make-up working day; a column not read is named (zh-CN)', async ({ page, sandbox }) => {
  test.slow(); // a calendar created and an import run, paced, on a loaded machine
  await page.goto('/?lang=zh-CN');
  const calId = await createCalendarInChinese(page, '值班表导入');

  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.locator('#import-file').setInputFiles({ name: '国庆节.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });

  const makeUp = dialog.getByTestId('import-preview').locator('[data-status]').filter({ has: page.getByRole('checkbox', { name: '国庆节调休' }) });
  await expect(makeUp).toHaveAttribute('data-status', 'new'); // not “already so” as a day off
  await expect(makeUp.getByRole('combobox', { name: '第 3 行的类型' })).toHaveValue('work'); // 工作日
  await expect(dialog.getByTestId('unread-columns')).toHaveText('有 1 列未读取：第 5 列“负责人”。导入只读取名称、开始日期、结束日期、休息日和描述这几列（表头用中文或英文均可）。');

  expect(await importAndRead(dialog, '导入 2 个事件', '导入完成', sandbox, calId)).toEqual([
    ['国庆节', '2026-10-01', '2026-10-08', true],
    ['国庆节调休', '2026-10-10', '2026-10-11', false],
  ]);
});

test('a holiday-cn .json file imports its days off and make-up working day; another JSON is refused as not that form (en)', async ({ page, sandbox }) => {
  test.slow();
  const created = await page.request.post('/api/calendar/create', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_name: 'holiday-cn', workdays: [1, 2, 3, 4, 5] } });
  const calId = ((await created.json()) as { data: { cal_id: string } }).data.cal_id;
  await page.goto(`/?lang=en&cal_id=${calId}&month=2026-01`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  const file = dialog.locator('#import-file');

  await file.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"holidays":[{"date":"2026-01-01"}]}') });
  await expect(dialog.getByTestId('file-problem')).toContainText('This JSON is not in holiday-cn’s form');
  await expect(dialog.getByTestId('file-problem')).not.toContainText('lacks the columns');

  const days = [['2026-01-01', true], ['2026-01-02', true], ['2026-01-03', true], ['2026-01-04', false]].map(([date, isOffDay]) => ({ name: '元旦', date, isOffDay }));
  await file.setInputFiles({ name: '2026.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ year: 2026, days }, null, 4)) });
  expect(await importAndRead(dialog, 'Import 2 events', 'Import finished', sandbox, calId)).toEqual([
    ['元旦', '2026-01-01', '2026-01-04', true],
    ['元旦调休上班日', '2026-01-04', '2026-01-05', false],
  ]);
});
