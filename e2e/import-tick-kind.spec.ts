// The tick bar's 仅休息日 / 仅工作日 (attacker round 11, H2): they ticked every row of their kind, so
// one click undid the preview's reasons: Apple's festivals and solar terms stored as days off (45
// days instead of 19), and a copy of 2026's schedule on 2026's dates in 2027. They keep the rows the
// preview ticks and those ticked by hand, and say how many stay unticked for their reason; 全选 ticks
// all and says how many of them have one. From the bare address, in a Chinese browser, into a
// calendar made for the test.
import { APPLE_CN_2026 } from '../src/features/import/testdata/appleCn2026';
import { ACCOUNT_HEADER, expect, test } from './fixtures';
import { createCalendarInChinese } from './helpers';

test.use({ locale: 'zh-CN' });

const KIND_HELD = (count: number) => `此类中有 ${count} 行未勾选，原因见各行（如文件未标为休息日的节日、日期每年不同、已是如此、已以其他名称在日历中）：如需导入，请逐行勾选。`;

test('Apple’s holiday feed → 仅休息日 ticks Apple’s 7 marked days off only, not its festivals and solar terms; 导入 saves those (zh-CN)', async ({ page, sandbox }) => {
  test.slow(); // a calendar created and a paced import run on a loaded machine
  await page.goto('/');
  const calId = await createCalendarInChinese(page, '值班 Apple 节假日');

  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.locator('#import-file').setInputFiles({ name: '中国大陆节假日.ics', mimeType: 'text/calendar', buffer: Buffer.from(APPLE_CN_2026) });
  const rows = dialog.getByTestId('import-preview').locator('[data-status]');
  await expect(rows).toHaveCount(30);
  await expect(dialog.getByRole('button', { name: '导入 13 个事件' })).toBeEnabled();
  const ticked = rows.filter({ has: page.getByRole('checkbox', { checked: true }) });
  const said = dialog.getByTestId('tick-said');

  await dialog.getByRole('button', { name: '仅休息日' }).click();
  await expect(dialog.getByRole('button', { name: '导入 7 个事件' })).toBeEnabled();
  await expect(ticked).toHaveCount(7);
  await expect(ticked.getByTestId('row-note').filter({ hasText: '未标为休息日' })).toHaveCount(0);
  await expect(rows.getByTestId('row-note').filter({ hasText: '未标为休息日' })).toHaveCount(17);
  await expect(said).toHaveText(KIND_HELD(17));
  await expect(dialog.getByTestId('impact-off')).toContainText('变为休息日（19 天）');

  // 全选 means all, and says how many the preview left unticked; 仅休息日 after it still leaves them out.
  await dialog.getByRole('button', { name: '全选' }).click();
  await expect(dialog.getByRole('button', { name: '导入 30 个事件' })).toBeEnabled();
  await expect(said).toHaveText('已全部勾选，其中 17 行默认不勾选，原因见各行：导入前请逐行核对。');
  await dialog.getByRole('button', { name: '仅休息日' }).click();
  await expect(dialog.getByRole('button', { name: '导入 7 个事件' })).toBeEnabled();

  // A festival ticked by hand stays ticked by 仅休息日 (and comes back with it), and goes with 仅工作日.
  const lantern = dialog.getByRole('checkbox', { name: '元宵节', exact: true });
  // A tick box is named by its summary and described by its days and kind: 春节 and 春节（班） rows, told apart.
  await expect(lantern).toHaveAccessibleDescription(/^2026年3月3日周二，休息日（第 \d+ 行）$/);
  const springFestival = dialog.getByRole('checkbox', { name: /^春节/ });
  const described = await Promise.all((await springFestival.all()).map((box) => box.getAttribute('aria-description')));
  expect(new Set(described).size).toBe(described.length);
  expect(described.filter((d) => d?.includes('，工作日（'))).not.toEqual([]);
  await lantern.check();
  await dialog.getByRole('button', { name: '仅休息日' }).click();
  await expect(lantern).toBeChecked();
  await expect(said).toHaveText(KIND_HELD(16));
  await dialog.getByRole('button', { name: '仅工作日' }).click();
  await expect(dialog.getByRole('button', { name: '导入 6 个事件' })).toBeEnabled();
  await expect(lantern).not.toBeChecked();
  await expect(said).toBeHidden();
  await dialog.getByRole('button', { name: '仅休息日' }).click();
  await expect(dialog.getByRole('button', { name: '导入 8 个事件' })).toBeEnabled();
  await lantern.uncheck();

  await dialog.getByRole('button', { name: '导入 7 个事件' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('导入完成', { timeout: 30_000 });
  const stored = await sandbox.ownEvents(calId, 2026);
  expect(stored.map((e) => `${e.start_at}..${e.end_at} ${e.is_off ? '休' : '班'} ${e.summary}`).sort()).toEqual([
    '2026-01-01..2026-01-04 休 元旦',
    '2026-02-15..2026-02-24 休 春节',
    '2026-04-04..2026-04-07 休 清明',
    '2026-05-01..2026-05-06 休 劳动节',
    '2026-06-19..2026-06-22 休 端午',
    '2026-09-25..2026-09-28 休 中秋',
    '2026-10-01..2026-10-08 休 国庆',
  ]);
});

test('2026’s schedule copied to 2027 → 仅休息日 / 仅工作日 leave the moved holidays and make-up working days unticked (zh-CN)', async ({ page, sandbox }) => {
  await page.goto('/');
  const calId = await createCalendarInChinese(page, '复制到明年');
  // 2026 as another scheduler saved it: China's schedule (国办发明电〔2025〕7号) and the company's founding day.
  const off = ['元旦 2026-01-01 2026-01-04', '春节 2026-02-15 2026-02-24', '清明节 2026-04-04 2026-04-07', '劳动节 2026-05-01 2026-05-06', '端午节 2026-06-19 2026-06-22', '中秋节 2026-09-25 2026-09-28', '国庆节 2026-10-01 2026-10-08', '公司成立日 2026-03-18 2026-03-19'];
  const work = ['元旦调休上班日 2026-01-04 2026-01-05', '春节调休上班日 2026-02-14 2026-02-15', '春节调休上班日 2026-02-28 2026-03-01', '劳动节调休上班日 2026-05-09 2026-05-10', '国庆节调休上班日 2026-09-20 2026-09-21', '国庆节调休上班日 2026-10-10 2026-10-11'];
  for (const [line, is_off] of [...off.map((l) => [l, true] as const), ...work.map((l) => [l, false] as const)]) {
    const [summary, start_at, end_at] = line.split(' ');
    const saved = await page.request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: calId, summary, start_at, end_at, is_off } });
    expect(saved.ok()).toBe(true);
  }

  await page.goto(`/?cal_id=${calId}&month=2027-06`);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.getByRole('tab', { name: '复制' }).click();
  await expect(dialog.getByRole('checkbox', { name: '移到 2027 年' })).toBeChecked();
  const rows = dialog.getByTestId('import-preview').locator('[data-status]');
  await expect(rows).toHaveCount(14);
  await expect(dialog.getByRole('button', { name: '导入 1 个事件' })).toBeEnabled();

  await dialog.getByRole('button', { name: '仅休息日' }).click();
  await expect(dialog.getByRole('button', { name: '导入 1 个事件' })).toBeEnabled();
  await expect(rows.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(dialog.getByRole('checkbox', { name: '公司成立日' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: '春节', exact: true })).not.toBeChecked();
  await expect(dialog.getByTestId('tick-said')).toHaveText(KIND_HELD(7));

  await dialog.getByRole('button', { name: '仅工作日' }).click();
  await expect(dialog.getByRole('button', { name: '导入 0 个事件' })).toBeDisabled();
  await expect(rows.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(dialog.getByTestId('tick-said')).toHaveText(KIND_HELD(6));

  // Another source (the same calendar, not moved): what the button said of the last one is gone.
  await dialog.getByRole('checkbox', { name: '移到 2027 年' }).uncheck();
  await expect(dialog.getByRole('checkbox', { name: '公司成立日' })).not.toBeChecked(); // 2026's day, already there
  await expect(dialog.getByTestId('tick-said')).toBeHidden();
});
