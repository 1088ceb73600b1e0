// Two calendars of one name (attacker round 11, M2): Flashduty allows it, but the rules use only one.
// Create warns when another calendar has the name (case and spaces aside), offers to open that one
// or to create anyway; the calendar picker then tells the two apart by the end of their ID.
import type { Page } from '@playwright/test';
import type { CalendarItem } from '../src/core/apiContract';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

test.use({ locale: 'zh-CN' });

async function calendarsOf(page: Page, sandbox: SandboxAccount): Promise<CalendarItem[]> {
  const res = await page.request.post('/api/calendar/list', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { kind: 'personal' } });
  return ((await res.json()) as { data: { items: CalendarItem[] } }).data.items;
}

async function createCalendar(page: Page, sandbox: SandboxAccount, name: string) {
  const res = await page.request.post('/api/calendar/create', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_name: name, timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5] } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: { cal_id: string } }).data.cal_id;
}

test('a calendar named as another (值班) is created only after the warning, and the picker tells the two apart', async ({ page, sandbox }) => {
  // Another scheduler has made “值班” meanwhile.
  const existing = await createCalendar(page, sandbox, '值班');
  const before = (await calendarsOf(page, sandbox)).length;

  await page.goto('/');
  const picker = page.getByRole('combobox', { name: '日历' });
  await expect(picker.locator('option', { hasText: '值班' })).toHaveCount(1);
  const newCalendar = async (name: string) => {
    await page.getByRole('button', { name: '新建日历' }).click();
    const dialog = page.getByRole('dialog', { name: '新建日历' });
    await dialog.getByRole('textbox', { name: '名称' }).fill(name);
    await dialog.getByRole('button', { name: '创建日历' }).click();
    const warning = dialog.getByRole('alert').filter({ hasText: '已有名为“值班”的日历' });
    await expect(warning).toBeVisible();
    return { dialog, warning };
  };

  // Create warns and sends nothing; “Open the existing calendar” shows that one.
  const first = await newCalendar(' 值 班 ');
  expect(await calendarsOf(page, sandbox)).toHaveLength(before);
  await first.warning.getByRole('button', { name: '打开已有日历' }).click();
  await expect(first.dialog).toBeHidden();
  await expect(picker).toHaveValue(existing);
  expect(await calendarsOf(page, sandbox)).toHaveLength(before);

  // “Create anyway” creates the second one, which the picker then shows.
  const second = await newCalendar('值班');
  await second.warning.getByRole('button', { name: '仍然创建' }).click();
  await expect(second.dialog).toBeHidden();
  const twins = (await calendarsOf(page, sandbox)).filter((c) => c.cal_name === '值班');
  expect(twins).toHaveLength(2);
  const created = twins.find((c) => c.cal_id !== existing)!;
  await expect(picker).toHaveValue(created.cal_id);

  // The picker names each with the end of its ID.
  const options = picker.locator('option', { hasText: '值班' });
  await expect(options).toHaveText(twins.map((c) => `值班 · ${c.timezone} · ID …${c.cal_id.slice(-6)}`));
});

test('renaming a calendar to another one’s name (值班) warns before Save settings, and “Save anyway” saves it', async ({ page, sandbox }) => {
  const existing = await createCalendar(page, sandbox, '值班');
  await page.goto(`/?cal_id=${CHINA_CAL.id}`);
  await page.getByRole('button', { name: '日历设置' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: '名称' }).fill('值班');
  await dialog.getByRole('button', { name: '保存设置' }).click();
  const warning = dialog.getByRole('alert').filter({ hasText: '已有名为“值班”的日历' });
  await expect(warning).toBeVisible();
  expect((await calendarsOf(page, sandbox)).find((c) => c.cal_id === CHINA_CAL.id)?.cal_name).not.toBe('值班');

  await warning.getByRole('button', { name: '仍然保存' }).click();
  await expect(dialog).toBeHidden();
  expect((await calendarsOf(page, sandbox)).find((c) => c.cal_id === CHINA_CAL.id)?.cal_name).toBe('值班');
  await expect(page.getByRole('combobox', { name: '日历' }).locator('option', { hasText: `ID …${existing.slice(-6)}` })).toHaveCount(1);
});

test('Import names its calendar and the calendars to copy from with the end of the ID where names repeat (值班)', async ({ page, sandbox }) => {
  const first = await createCalendar(page, sandbox, '值班');
  const second = await createCalendar(page, sandbox, '值班');
  const label = (calId: string) => `值班 · Asia/Shanghai · ID …${calId.slice(-6)}`;
  await page.goto(`/?cal_id=${second}`);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await expect(dialog).toContainText(`导入到日历“${label(second)}”`);
  await dialog.getByRole('tab', { name: '复制' }).click();
  const from = dialog.getByRole('combobox', { name: '来源日历' }).locator('option', { hasText: '值班' });
  await expect(from).toHaveText([label(first), label(second)]);
  await expect(dialog.getByRole('combobox', { name: '来源日历' }).locator('option', { hasText: 'On-call China' })).toHaveText(CHINA_CAL.label);
});

test('“打开已有日历” in a rename asks before the other settings typed are dropped, and opens the other calendar only once they are', async ({ page, sandbox }) => {
  const existing = await createCalendar(page, sandbox, '值班');
  const china = (await calendarsOf(page, sandbox)).find((c) => c.cal_id === CHINA_CAL.id)!;
  await page.goto(`/?cal_id=${CHINA_CAL.id}`);
  const picker = page.getByRole('combobox', { name: '日历' });
  await page.getByRole('button', { name: '日历设置' }).click();
  const dialog = page.getByRole('dialog', { name: '“On-call China (sample)”的设置' });
  await dialog.getByRole('textbox', { name: '名称' }).fill('值班');
  await dialog.getByRole('textbox', { name: '描述' }).fill('春节值班安排');
  await dialog.getByRole('button', { name: '保存设置' }).click();
  const open = dialog.getByRole('alert').filter({ hasText: '已有名为“值班”的日历' }).getByRole('button', { name: '打开已有日历' });

  // “继续编辑” keeps the dialog, the description typed and this calendar.
  await open.click();
  const question = page.getByRole('dialog', { name: '放弃未保存的修改？' });
  await expect(question).toContainText('对此日历的修改尚未保存。');
  await question.getByRole('button', { name: '继续编辑' }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: '描述' })).toHaveValue('春节值班安排');
  await expect(picker).toHaveValue(CHINA_CAL.id);

  // “放弃修改” drops them and opens the other calendar; nothing was saved.
  await open.click();
  await question.getByRole('button', { name: '放弃修改' }).click();
  await expect(dialog).toBeHidden();
  await expect(picker).toHaveValue(existing);
  expect((await calendarsOf(page, sandbox)).find((c) => c.cal_id === CHINA_CAL.id)).toEqual(china);
});
