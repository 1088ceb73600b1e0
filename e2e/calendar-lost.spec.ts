// A calendar's create, settings save and delete whose answer is lost (the proxy's 504) after, or
// before, Flashduty carried it out: the panel reads what happened and says it, in both languages.
import type { Locator, Page } from '@playwright/test';
import type { CalendarItem } from '../src/core/apiContract';
import { ACCOUNT_HEADER, expect, test, type SandboxAccount } from './fixtures';

const TEXT = {
  en: {
    newCalendar: 'New calendar',
    settings: 'Calendar settings',
    deleteCalendar: 'Delete calendar',
    name: 'Name',
    description: 'Description',
    create: 'Create calendar',
    save: 'Save settings',
    calendar: 'Calendar',
    confirm: 'Type the calendar’s name to confirm',
    created: 'The answer was lost, but the calendar is created: “Ops Lost” is shown.',
    createdChanged: 'The answer was lost, but the calendar is created: “Ops Lost” is shown, and what you changed since is saved to it (Description, Time zone, Working days).',
    timeZone: 'Time zone',
    notChanged: 'The calendar is created, without your later changes',
    notChangedNote: '“Ops Lost” was found in the account as first sent, but what you changed since could not be saved to it (Description, Time zone, Working days).',
    notChangedTodo: 'Press “Create calendar” again to save your changes to it: no second calendar is made.',
    saturday: 'Saturday',
    maybeCreated: 'The calendar may have been created',
    notFoundYet: 'The account was checked twice and the calendar is not in it yet, but it may still be created and appear later. Pressing “Create calendar” again looks for it first: if it is there, it is shown and no second calendar is made.',
    createAgain: 'Press “Create calendar” again in a few minutes.',
    cancel: 'Cancel',
    discard: 'Discard changes',
    createdPlain: '“Ops Lost” is created and shown.',
    saved: 'The answer was lost, but the settings of “Ops Lost” are saved.',
    deleted: 'The answer was lost, but “Ops Lost” and its events are deleted.',
    notDeleted: 'The calendar was not deleted',
    stillThere: 'The answer was lost, and “Ops Lost” is still in the account: it was not deleted. Delete it again.',
    deletedPlain: '“Ops Lost” and its events are deleted.',
  },
  'zh-CN': {
    newCalendar: '新建日历',
    settings: '日历设置',
    deleteCalendar: '删除日历',
    name: '名称',
    description: '描述',
    create: '创建日历',
    save: '保存设置',
    calendar: '日历',
    confirm: '输入日历名称以确认',
    created: '服务器的响应丢失了，但日历已创建：已显示“Ops Lost”。',
    createdChanged: '服务器的响应丢失了，但日历已创建：已显示“Ops Lost”，之后修改的设置（描述、时区、每周工作日）也已保存。',
    timeZone: '时区',
    notChanged: '日历已创建，但之后的修改未保存',
    notChangedNote: '已在账户中找到“Ops Lost”，但它仍是最初提交的设置，之后修改的设置（描述、时区、每周工作日）未能保存。',
    notChangedTodo: '请再次点击“创建日历”保存这些修改，不会再建一个日历。',
    saturday: '星期六',
    maybeCreated: '日历可能已创建',
    notFoundYet: '已两次查看账户，暂未找到此日历，但它可能已创建、稍后才出现。再次点击“创建日历”会先查找：若已存在，就直接显示，不会再建一个日历。',
    createAgain: '请几分钟后再次点击“创建日历”。',
    cancel: '取消',
    discard: '放弃修改',
    createdPlain: '已创建“Ops Lost”。',
    saved: '服务器的响应丢失了，但“Ops Lost”的设置已保存。',
    deleted: '服务器的响应丢失了，但“Ops Lost”及其中的全部事件已删除。',
    notDeleted: '日历未删除',
    stillThere: '服务器的响应丢失了，“Ops Lost”仍在账户中，未被删除。请重新删除。',
    deletedPlain: '已删除“Ops Lost”及其中的全部事件。',
  },
} as const;

const NAME = 'Ops Lost';
const LOST = { code: 'ServiceUnavailable', status: 504 } as const;
/** What changeSettings makes of the form after a create was sent with no description, in the browser's zone, Monday to Friday. */
const CHANGED = { description: 'Night shift', timezone: 'America/New_York', workdays: [1, 2, 3, 4, 5, 6] };

async function named(page: Page, sandbox: SandboxAccount): Promise<CalendarItem[]> {
  const res = await page.request.post('/api/calendar/list', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: {} });
  return ((await res.json()) as { data: { items: CalendarItem[] } }).data.items.filter((c) => c.cal_name === NAME);
}

async function createByApi(page: Page, sandbox: SandboxAccount): Promise<string> {
  const res = await page.request.post('/api/calendar/create', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_name: NAME } });
  return ((await res.json()) as { data: { cal_id: string } }).data.cal_id;
}

// Several dialogs and a lost answer's look-ups (5 s apart) each: three times the time on a loaded machine.
test.beforeEach(() => test.slow());

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];
  const toast = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });
  /** "New calendar" opened from the bare address, the name typed. */
  const newCalendar = async (page: Page) => {
    await page.goto(`/?lang=${lang}`);
    await page.getByRole('button', { name: T.newCalendar }).click();
    const dialog = page.getByRole('dialog', { name: T.newCalendar });
    await dialog.getByRole('textbox', { name: T.name }).fill(NAME);
    return dialog;
  };
  /** New calendar's create stored 8 s after its 504 (past the look-up at once and the one 5 s later): said “may have been created”. */
  const createdLate = async (page: Page, sandbox: SandboxAccount) => {
    const dialog = await newCalendar(page);
    await sandbox.fault({ path: '/calendar/create', fault: { type: 'commit-then-error', ...LOST, commitAfterMs: 8_000 } });
    await dialog.getByRole('button', { name: T.create }).click();
    const alert = dialog.getByRole('alert', { name: T.maybeCreated });
    await expect(alert).toContainText(T.notFoundYet, { timeout: 15_000 });
    return { dialog, alert };
  };
  /** The description, time zone and working days changed in the new calendar's form (CHANGED). */
  const changeSettings = async (page: Page, dialog: Locator) => {
    await dialog.getByRole('textbox', { name: T.description }).fill(CHANGED.description);
    await dialog.getByRole('combobox', { name: T.timeZone }).fill('New York');
    await page.getByRole('option', { name: /^America\/New_York/ }).click();
    await dialog.getByRole('checkbox', { name: T.saturday }).check();
  };
  /** Said created, the dialog closed, one calendar of the name stored, and the picker shows it. */
  const shownCreatedOnce = async (page: Page, sandbox: SandboxAccount, dialog: Locator, said: string = T.created) => {
    await expect(toast(page, said)).toBeVisible();
    await expect(dialog).toBeHidden();
    const stored = await named(page, sandbox);
    expect(stored).toHaveLength(1);
    await expect(page.getByRole('combobox', { name: T.calendar })).toHaveValue(stored[0]!.cal_id);
  };
  /** A calendar of NAME shown, its delete dialog open and the name typed. */
  const deleting = async (page: Page, sandbox: SandboxAccount) => {
    const calId = await createByApi(page, sandbox);
    await page.goto(`/?lang=${lang}&cal_id=${calId}`);
    await page.getByRole('button', { name: T.deleteCalendar }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: T.confirm }).fill(NAME);
    return { calId, dialog };
  };

  test.describe(`a calendar's answer lost (${lang})`, () => {
    test('a new calendar stored, its answer lost: found, shown and said created; one calendar', async ({ page, sandbox }) => {
      const dialog = await newCalendar(page);
      await sandbox.fault({ path: '/calendar/create', fault: { type: 'commit-then-error', ...LOST } });
      await dialog.getByRole('button', { name: T.create }).click();
      await shownCreatedOnce(page, sandbox, dialog);
    });

    test('a new calendar stored only after the look-ups: “may have been created”, and Create again shows it, no second calendar', async ({ page, sandbox }) => {
      const { dialog } = await createdLate(page, sandbox);
      await expect.poll(() => named(page, sandbox).then((c) => c.length), { timeout: 10_000 }).toBe(1);
      await dialog.getByRole('button', { name: T.create }).click();
      await shownCreatedOnce(page, sandbox, dialog);
    });

    test('a new calendar stored only after the look-ups, its settings changed before Create again: shown, with the changes saved to it and said so', async ({ page, sandbox }) => {
      const { dialog } = await createdLate(page, sandbox);
      await expect.poll(() => named(page, sandbox).then((c) => c.length), { timeout: 10_000 }).toBe(1);
      await changeSettings(page, dialog);
      await dialog.getByRole('button', { name: T.create }).click();
      await shownCreatedOnce(page, sandbox, dialog, T.createdChanged);
      expect((await named(page, sandbox))[0]).toMatchObject(CHANGED);
    });

    test('a new calendar found by Create again, but its changed settings not saved: said so, and Create again saves them', async ({ page, sandbox }) => {
      const { dialog } = await createdLate(page, sandbox);
      await expect.poll(() => named(page, sandbox).then((c) => c.length), { timeout: 10_000 }).toBe(1);
      await changeSettings(page, dialog);
      await sandbox.fault({ path: '/calendar/update', fault: { type: 'error', ...LOST } });
      await dialog.getByRole('button', { name: T.create }).click();
      const alert = dialog.getByRole('alert', { name: T.notChanged });
      await expect(alert).toContainText(T.notChangedNote);
      await expect(alert).toContainText(T.notChangedTodo);
      expect((await named(page, sandbox))[0]).toMatchObject({ description: '', workdays: [1, 2, 3, 4, 5] }); // as first sent
      await dialog.getByRole('button', { name: T.create }).click();
      await shownCreatedOnce(page, sandbox, dialog, T.createdChanged);
      expect((await named(page, sandbox))[0]).toMatchObject(CHANGED);
    });

    test('a new calendar stored only after the look-ups, the dialog cancelled and opened again: Create still finds it, no second calendar', async ({ page, sandbox }) => {
      const { dialog, alert } = await createdLate(page, sandbox);
      // What to do names the button the dialog has (not "save again").
      await expect(alert).toContainText(T.createAgain);
      await dialog.getByRole('button', { name: T.cancel }).click();
      await page.getByRole('dialog').getByRole('button', { name: T.discard }).click();
      await expect(dialog).toBeHidden();
      await expect.poll(() => named(page, sandbox).then((c) => c.length), { timeout: 10_000 }).toBe(1);
      await page.getByRole('button', { name: T.newCalendar }).click();
      const again = page.getByRole('dialog', { name: T.newCalendar });
      await again.getByRole('textbox', { name: T.name }).fill(NAME);
      await again.getByRole('button', { name: T.create }).click();
      await shownCreatedOnce(page, sandbox, again);
    });

    test('a new calendar refused with a 504 before it was stored: Create again makes one', async ({ page, sandbox }) => {
      const dialog = await newCalendar(page);
      await sandbox.fault({ path: '/calendar/create', fault: { type: 'error', ...LOST } });
      await dialog.getByRole('button', { name: T.create }).click();
      await expect(dialog.getByRole('alert', { name: T.maybeCreated })).toContainText(T.notFoundYet, { timeout: 15_000 });
      expect(await named(page, sandbox)).toEqual([]);
      await dialog.getByRole('button', { name: T.create }).click();
      await expect(toast(page, T.createdPlain)).toBeVisible();
      expect(await named(page, sandbox)).toHaveLength(1);
    });

    test('settings stored, their answer lost: read back and said saved', async ({ page, sandbox }) => {
      const calId = await createByApi(page, sandbox);
      await page.goto(`/?lang=${lang}&cal_id=${calId}`);
      await page.getByRole('button', { name: T.settings }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: T.description }).fill('Stored all the same');
      await sandbox.fault({ path: '/calendar/update', fault: { type: 'commit-then-error', ...LOST } });
      await dialog.getByRole('button', { name: T.save }).click();
      await expect(toast(page, T.saved)).toBeVisible();
      await expect(dialog).toBeHidden();
      expect((await named(page, sandbox))[0]).toMatchObject({ description: 'Stored all the same' });
    });

    test('a delete done, its answer lost: read back, said deleted, and the picker no longer lists it', async ({ page, sandbox }) => {
      const { calId, dialog } = await deleting(page, sandbox);
      await sandbox.fault({ path: '/calendar/delete', fault: { type: 'commit-then-error', ...LOST } });
      await dialog.getByRole('button', { name: T.deleteCalendar }).click();
      await expect(toast(page, T.deleted)).toBeVisible();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('combobox', { name: T.calendar }).locator(`option[value="${calId}"]`)).toHaveCount(0);
      expect(await named(page, sandbox)).toEqual([]);
    });

    test('a delete refused with a 504 before it was done: said still there, and Delete again deletes', async ({ page, sandbox }) => {
      const { dialog } = await deleting(page, sandbox);
      await sandbox.fault({ path: '/calendar/delete', fault: { type: 'error', ...LOST } });
      await dialog.getByRole('button', { name: T.deleteCalendar }).click();
      await expect(dialog.getByRole('alert', { name: T.notDeleted })).toContainText(T.stillThere);
      await dialog.getByRole('button', { name: T.deleteCalendar }).click();
      await expect(toast(page, T.deletedPlain)).toBeVisible();
      expect(await named(page, sandbox)).toEqual([]);
    });
  });
}
