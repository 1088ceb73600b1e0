// Leaving the event form while its Save is still on the way (attacker round 6, M1): the question
// says the event is being saved (not that nothing is), it closes by itself once the save is done,
// and a save that lands after the user left still says so in its toast. One refused or lost after
// the user left says why, and Open it again gives back what was sent (attacker round 8, M2).
import type { Page } from '@playwright/test';
import { ACCOUNT_HEADER, expect, test, type SandboxAccount } from './fixtures';
import { form, transitionsEnded, upsertHeld } from './helpers';

const TEXT = {
  en: {
    calendar: 'Calendar',
    summary: 'Summary',
    description: 'Description',
    save: 'Save',
    day: /^Wednesday, 11 November 2026/,
    otherDay: /^Wednesday, 18 November 2026/,
    saving: 'Saving the event…',
    stay: 'Stay here',
    leave: 'Leave now',
    saved: (summary: string, calendar: string) => `“${summary}” is saved in “${calendar}”.`,
    notSaved: 'The event was not saved',
    maybeSaved: 'The event may not be saved',
    refused: (summary: string, calendar: string) => `“${summary}” was not saved in “${calendar}”.`,
    invalid: 'The server did not accept one of the values.',
    serverSaid: 'The server said: ',
    requestId: 'Request ID:',
    reopen: 'Open it again',
  },
  'zh-CN': {
    calendar: '日历',
    summary: '名称',
    description: '描述',
    save: '保存',
    day: /^2026年11月11日星期三/,
    otherDay: /^2026年11月18日星期三/,
    saving: '正在保存事件…',
    stay: '留在此处',
    leave: '立即离开',
    saved: (summary: string, calendar: string) => `“${summary}”已保存到“${calendar}”。`,
    notSaved: '事件未保存',
    maybeSaved: '事件可能未保存',
    refused: (summary: string, calendar: string) => `“${summary}”未保存到“${calendar}”。`,
    invalid: '服务器没有接受其中一个值。',
    serverSaid: '服务器返回：',
    requestId: '请求 ID：',
    reopen: '重新打开',
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

test('a save refused after the user left says so: what was not saved, where, and why', async ({ page, sandbox }) => {
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'AccessDenied' } });
  const { a, b, release, picker, question } = await saveThenSwitch(page, sandbox, 'en');
  await question.getByRole('button', { name: TEXT.en.leave }).click();
  await expect(picker).toHaveValue(b);
  await expect(page.getByRole('textbox', { name: TEXT.en.summary, exact: true })).toBeHidden(); // the form is closed
  release();
  const toast = page.getByRole('alert').filter({ hasText: 'The event was not saved' });
  // A refusal, certain: not "check the calendar".
  await expect(toast).toContainText(TEXT.en.refused('Race event', 'Roster A en'));
  await expect(toast).not.toContainText('Open that calendar to check');
  await expect(toast.getByTestId('request-id')).toHaveText(/^[0-9A-Z]{26}$/);
  expect(await sandbox.ownEvents(a, 2026)).toEqual([]);
  // Open it again: its own calendar again, what was typed in the form.
  await toast.getByRole('button', { name: TEXT.en.reopen }).click();
  await expect(picker).toHaveValue(a);
  await expect(page.getByRole('textbox', { name: TEXT.en.summary, exact: true })).toHaveValue('Race event');
});

/** The sandbox's words when it refuses the description (Flashduty's, for a parameter it does not accept). */
const DESCRIPTION_REFUSED = 'The specified parameter description is not valid.';

/**
 * From calendar A's November: a new event on 11 November with a summary and a description, Save
 * pressed (its answer held), 18 November picked and Leave now pressed (a new form for that day), then
 * the save's answer let go.
 */
async function saveThenLeave(page: Page, sandbox: SandboxAccount, lang: keyof typeof TEXT) {
  const T = TEXT[lang];
  const a = await createCalendar(page, sandbox, `Roster A ${lang}`);
  const release = await upsertHeld(page);
  await page.goto(`/?cal_id=${a}&month=2026-11`);
  await page.getByRole('gridcell', { name: T.day }).click();
  const summary = page.getByRole('textbox', { name: T.summary, exact: true });
  await summary.fill('Event A: important');
  await page.getByRole('textbox', { name: T.description, exact: true }).fill('Typed with care');
  await page.getByRole('button', { name: T.save, exact: true }).click();
  await expect(page.getByRole('button', { name: T.save, exact: true })).toHaveAttribute('data-loading', 'true');
  await page.getByRole('gridcell', { name: T.otherDay }).click();
  const question = page.getByRole('dialog', { name: T.saving });
  await expect(question).toBeVisible();
  await transitionsEnded(page);
  await question.getByRole('button', { name: T.leave }).click();
  await expect(question).toBeHidden();
  await expect(summary).toHaveValue(''); // the new form, for 18 November
  release();
  return a;
}

/** The toast of the save refused after Leave now: what was not saved and where, why (the server's words too), and its request ID. */
async function refusedToast(page: Page, lang: keyof typeof TEXT) {
  const T = TEXT[lang];
  const toast = page.getByRole('alert').filter({ hasText: T.refused('Event A: important', `Roster A ${lang}`) });
  await expect(toast).toContainText(T.notSaved);
  await expect(toast).toContainText(T.invalid);
  await expect(toast).toContainText(T.serverSaid + DESCRIPTION_REFUSED);
  await expect(toast).toContainText(T.requestId);
  await expect(toast.getByTestId('request-id')).toHaveText(/^[0-9A-Z]{26}$/);
  return toast;
}

test('a save refused after Leave now says why, with its request ID; Open it again gives back what was sent, with the server’s objection (attacker round 8, M2)', async ({ page, sandbox }) => {
  const T = TEXT.en;
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'InvalidParameter', message: DESCRIPTION_REFUSED } });
  const a = await saveThenLeave(page, sandbox, 'en');
  const toast = await refusedToast(page, 'en');
  await toast.getByRole('button', { name: T.reopen }).click();
  const f = form(page);
  await expect(f.summary).toHaveValue('Event A: important');
  await expect(f.description).toHaveValue('Typed with care');
  await expect(f.start).toHaveValue('2026-11-11');
  await expect(f.end).toHaveValue('2026-11-11');
  await expect(f.dayOff).toBeChecked();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(T.notSaved);
  await expect(summary.getByTestId('request-id')).toHaveText(/^[0-9A-Z]{26}$/);
  await expect(f.description).toHaveAttribute('aria-invalid', 'true');
  await expect(f.description).toHaveAccessibleDescription(new RegExp(DESCRIPTION_REFUSED.replace(/[.]/g, '\\.')));

  await f.description.fill('Typed again');
  await f.save.click();
  await expect(f.status).toHaveText('Saved “Event A: important”.');
  const stored = await sandbox.ownEvents(a, 2026);
  expect(stored.map((e) => [e.summary, e.description, e.start_at, e.is_off])).toEqual([['Event A: important', 'Typed again', '2026-11-11', true]]);
});

test('a save lost after Leave now (a 500, stored later) says it may be saved; Open it again and Save changes that event, no copy', async ({ page, sandbox }) => {
  const T = TEXT.en;
  // Stored 8 s after its 500: past the look-up at once and the one 5 s later, as Flashduty may.
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'commit-then-error', code: 'InternalError', status: 500, commitAfterMs: 8_000 } });
  const a = await saveThenLeave(page, sandbox, 'en');
  const toast = page.getByRole('alert').filter({ hasText: 'was still being saved in “Roster A en” when you left the form' });
  await expect(toast).toContainText(T.maybeSaved);
  await expect(toast).toContainText('Open that calendar to check');
  await expect(toast.getByTestId('request-id')).toHaveText(/^[0-9A-Z]{26}$/);
  await expect.poll(async () => (await sandbox.ownEvents(a, 2026)).length, { timeout: 15_000 }).toBe(1);

  await toast.getByRole('button', { name: T.reopen }).click();
  const f = form(page);
  await expect(f.summary).toHaveValue('Event A: important');
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(T.maybeSaved);
  await f.save.click();
  await expect(f.status).toHaveText('Saved “Event A: important”.');
  expect((await sandbox.ownEvents(a, 2026)).map((e) => e.summary)).toEqual(['Event A: important']);
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

  test('立即离开后保存被拒：提示说明原因和请求 ID，重新打开后填写的内容都在', async ({ page, sandbox }) => {
    const T = TEXT['zh-CN'];
    await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'InvalidParameter', message: DESCRIPTION_REFUSED } });
    await saveThenLeave(page, sandbox, 'zh-CN');
    const toast = await refusedToast(page, 'zh-CN');
    await toast.getByRole('button', { name: T.reopen }).click();
    await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toHaveValue('Event A: important');
    const description = page.getByRole('textbox', { name: T.description, exact: true });
    await expect(description).toHaveValue('Typed with care');
    await expect(description).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('error-summary')).toBeFocused();
  });
});
