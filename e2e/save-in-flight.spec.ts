// Leaving the event form while its Save is still on the way (attacker round 6, M1): the question
// says the event is being saved (not that nothing is), it closes by itself once the save is done,
// and a save that lands after the user left still says so in its toast.
import type { Page } from '@playwright/test';
import { ACCOUNT_HEADER, expect, test, type SandboxAccount } from './fixtures';
import { transitionsEnded, upsertHeld } from './helpers';

const TEXT = {
  en: {
    calendar: 'Calendar',
    summary: 'Summary',
    save: 'Save',
    day: /^Wednesday, 11 November 2026/,
    saving: 'Saving the event…',
    stay: 'Stay here',
    leave: 'Leave now',
    saved: (summary: string, calendar: string) => `“${summary}” is saved in “${calendar}”.`,
  },
  'zh-CN': {
    calendar: '日历',
    summary: '名称',
    save: '保存',
    day: /^2026年11月11日星期三/,
    saving: '正在保存事件…',
    stay: '留在此处',
    leave: '立即离开',
    saved: (summary: string, calendar: string) => `“${summary}”已保存到“${calendar}”。`,
  },
};

async function createCalendar(page: Page, sandbox: SandboxAccount, name: string) {
  const res = await page.request.post('/api/calendar/create', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_name: name, workdays: [1, 2, 3, 4, 5] } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: { cal_id: string } }).data.cal_id;
}

/** From the bare address: calendar A, a new day off on 11 November typed, Save pressed (its answer held), then calendar B chosen. */
async function saveThenSwitch(page: Page, sandbox: SandboxAccount, lang: keyof typeof TEXT) {
  const T = TEXT[lang];
  const a = await createCalendar(page, sandbox, `Roster A ${lang}`);
  const b = await createCalendar(page, sandbox, `Roster B ${lang}`);
  const release = await upsertHeld(page);
  await page.goto('/');
  const picker = page.getByRole('combobox', { name: T.calendar, exact: true }).first();
  await picker.selectOption({ value: a });
  await page.getByRole('gridcell', { name: T.day }).click();
  await page.getByRole('textbox', { name: T.summary, exact: true }).fill('Race event');
  await page.getByRole('button', { name: T.save, exact: true }).click();
  await expect(page.getByRole('button', { name: T.save, exact: true })).toHaveAttribute('data-loading', 'true');
  await picker.selectOption({ value: b });
  const question = page.getByRole('dialog', { name: T.saving });
  await expect(question).toBeVisible();
  await transitionsEnded(page); // a click during the dialog's entrance can land beside its button
  return { a, b, release, picker, question };
}

test('leaving while the save is on the way: the question says it is being saved, and the save that lands after says so', async ({ page, sandbox }) => {
  const T = TEXT.en;
  const { a, b, release, picker, question } = await saveThenSwitch(page, sandbox, 'en');
  await expect(question).toContainText('Leaving now does not stop the save');
  await question.getByRole('button', { name: T.leave }).click();
  await expect(question).toBeHidden();
  await expect(picker).toHaveValue(b);
  await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toBeHidden(); // the form is closed
  release();
  await expect(page.getByText(T.saved('Race event', 'Roster A en'))).toBeVisible();
  expect((await sandbox.ownEvents(a, 2026)).map((e) => e.summary)).toEqual(['Race event']);
  await expect(picker).toHaveValue(b); // the user stays where they went
});

test('a save refused after the user left says so: what was not saved, and where', async ({ page, sandbox }) => {
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'AccessDenied' } });
  const { a, b, release, picker, question } = await saveThenSwitch(page, sandbox, 'en');
  await question.getByRole('button', { name: TEXT.en.leave }).click();
  await expect(picker).toHaveValue(b);
  await expect(page.getByRole('textbox', { name: TEXT.en.summary, exact: true })).toBeHidden(); // the form is closed
  release();
  const toast = page.getByRole('alert').filter({ hasText: 'The event was not saved' });
  await expect(toast).toContainText('“Race event” was still being saved in “Roster A en” when you left the form. Open that calendar to check, and add the event again if it is not there.');
  expect(await sandbox.ownEvents(a, 2026)).toEqual([]);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the question asked while saving closes once the save is done, and the calendar chosen is shown', async ({ page, sandbox }) => {
    const T = TEXT['zh-CN'];
    const { a, b, release, picker, question } = await saveThenSwitch(page, sandbox, 'zh-CN');
    await expect(question).toContainText('现在离开不会中断保存');
    await expect(question.getByRole('button', { name: T.stay })).toBeVisible();
    release();
    await expect(question).toBeHidden();
    await expect(picker).toHaveValue(b);
    await expect(page.getByText(T.saved('Race event', 'Roster A zh-CN'))).toBeVisible();
    expect((await sandbox.ownEvents(a, 2026)).map((e) => e.summary)).toEqual(['Race event']);
  });
});
