// Two people edit one event (issue 21, item 4): B changes the summary and saves; A, who opened the
// event before, changes only the description and saves. A's save must not revert B's summary
// silently: the form reads the event again, shows both versions field by field, and A chooses.
import type { Browser, Page, TestInfo } from '@playwright/test';
import { ACCOUNT_HEADER, CHINA_CAL, NOW, PANEL, expect, test, type SandboxAccount } from './fixtures';

const OFFSITE = { id: 'cale.SampleTeamOffsite001', summary: 'Team offsite (sample)' };

const TEXT = {
  en: { summary: 'Summary', description: 'Description', save: 'Save', saved: 'Saved', conflict: 'Someone else changed this since you opened it', saveChoices: 'Save with these choices', keepMine: 'Keep all mine', takeTheirs: 'Take theirs (drop my edits)', theirs: 'Theirs', yours: 'Yours' },
  'zh-CN': { summary: '名称', description: '描述', save: '保存', saved: '已保存', conflict: '在您打开之后，已有他人修改了此内容', saveChoices: '按所选保存', keepMine: '全部保留我的', takeTheirs: '采用对方的（放弃我的修改）', theirs: '对方的', yours: '您的' },
} as const;

/** A second person: another browser context on the same sandbox account. */
async function secondPerson(browser: Browser, sandbox: SandboxAccount, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: PANEL, timezoneId: testInfo.project.use.timezoneId, locale: 'en-US', extraHTTPHeaders: { [ACCOUNT_HEADER]: sandbox.id } });
  await context.clock.install({ time: NOW }); // the same "now" as the first person's page
  return context.newPage();
}

async function openEvent(page: Page, lang: keyof typeof TEXT) {
  await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&event_id=${OFFSITE.id}`);
  // The workspace's code loads after the first paint: on a loaded 2-core machine that takes seconds.
  await expect(page.getByRole('textbox', { name: TEXT[lang].summary })).toHaveValue(OFFSITE.summary, { timeout: 45_000 });
}

async function stored(sandbox: SandboxAccount) {
  return (await sandbox.ownEvents(CHINA_CAL.id, 2026)).find((e) => e.event_id === OFFSITE.id);
}

test.beforeEach(() => test.slow());

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`B's summary survives A's later save of the description: A sees both versions and saves the merge (${lang})`, async ({ page: a, browser, sandbox }, testInfo) => {
    const b = await secondPerson(browser, sandbox, testInfo);
    await openEvent(a, lang);
    await openEvent(b, lang);

    await b.getByRole('textbox', { name: T.summary }).fill('Team offsite (room 5)');
    await b.getByRole('button', { name: T.save, exact: true }).click();
    await expect(b.getByTestId('form-status')).toContainText(T.saved);

    await a.getByRole('textbox', { name: T.description }).fill('Bring laptops');
    await a.getByRole('button', { name: T.save, exact: true }).click();
    const conflict = a.getByTestId('conflict');
    await expect(conflict).toContainText(T.conflict);
    // Nothing was saved yet: B's summary stands.
    expect((await stored(sandbox))?.summary).toBe('Team offsite (room 5)');
    const summaryRow = conflict.locator('[data-field="summary"]');
    await expect(summaryRow).toContainText(OFFSITE.summary);
    await expect(summaryRow).toContainText('Team offsite (room 5)');
    // Only B changed the summary, only A the description: the merge takes each one's change.
    await expect(summaryRow.getByRole('radio', { name: T.theirs })).toBeChecked();
    await expect(conflict.locator('[data-field="description"]').getByRole('radio', { name: T.yours })).toBeChecked();
    await conflict.getByRole('button', { name: T.saveChoices }).click();
    await expect(a.getByTestId('form-status')).toContainText(T.saved);
    await expect(a.getByRole('textbox', { name: T.summary })).toHaveValue('Team offsite (room 5)');
    expect(await stored(sandbox)).toMatchObject({ summary: 'Team offsite (room 5)', description: 'Bring laptops' });
    await b.context().close();
  });
}

test('A may keep all of theirs instead, or all of its own', async ({ page: a, browser, sandbox }, testInfo) => {
  const T = TEXT.en;
  const b = await secondPerson(browser, sandbox, testInfo);
  await openEvent(a, 'en');
  await openEvent(b, 'en');
  await b.getByRole('textbox', { name: T.summary }).fill('Offsite by B');
  await b.getByRole('button', { name: T.save, exact: true }).click();
  await expect(b.getByTestId('form-status')).toContainText(T.saved);

  await a.getByRole('textbox', { name: T.summary }).fill('Offsite by A');
  await a.getByRole('button', { name: T.save, exact: true }).click();
  const conflict = a.getByTestId('conflict');
  await expect(conflict.locator('[data-field="summary"]')).toContainText('You both changed it');
  await conflict.getByRole('button', { name: T.takeTheirs }).click();
  await expect(conflict).toBeHidden();
  await expect(a.getByRole('textbox', { name: T.summary })).toHaveValue('Offsite by B');
  expect((await stored(sandbox))?.summary).toBe('Offsite by B');

  // Now A's form starts from B's version: A's next edit saves without asking.
  await a.getByRole('textbox', { name: T.summary }).fill('Offsite by A');
  await a.getByRole('button', { name: T.save, exact: true }).click();
  await expect(a.getByTestId('form-status')).toContainText(T.saved);
  expect((await stored(sandbox))?.summary).toBe('Offsite by A');

  // B, still on its old version, is asked in turn, and keeps its own.
  await b.getByRole('textbox', { name: T.description }).fill('B was here');
  await b.getByRole('button', { name: T.save, exact: true }).click();
  await b.getByTestId('conflict').getByRole('button', { name: T.keepMine }).click();
  await expect(b.getByTestId('form-status')).toContainText(T.saved);
  expect(await stored(sandbox)).toMatchObject({ summary: 'Offsite by B', description: 'B was here' });
  await b.context().close();
});

test('an event deleted by someone else meanwhile is said so, and can be saved as a new one', async ({ page: a, sandbox }) => {
  await openEvent(a, 'en');
  const res = await a.request.post('/api/calendar/event/delete', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: CHINA_CAL.id, event_id: OFFSITE.id } });
  expect(res.ok()).toBe(true);
  await a.getByRole('textbox', { name: 'Description' }).fill('Still on');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  const gone = a.getByTestId('conflict-gone');
  await expect(gone).toContainText('This event was deleted by someone else');
  await gone.getByRole('button', { name: 'Save as a new event' }).click();
  await expect(a.getByTestId('form-status')).toContainText('Saved');
  expect((await sandbox.ownEvents(CHINA_CAL.id, 2026)).map((e) => [e.summary, e.description])).toEqual([[OFFSITE.summary, 'Still on']]);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`deleting an event someone changed since it was opened asks again, naming it as it is now (${lang})`, async ({ page: a, browser, sandbox }, testInfo) => {
    const T = TEXT[lang];
    const b = await secondPerson(browser, sandbox, testInfo);
    await openEvent(a, lang);
    await openEvent(b, lang);
    await b.getByRole('textbox', { name: T.summary }).fill('Offsite, now all week');
    await b.getByRole('textbox', { name: lang === 'en' ? 'End date' : '结束日期' }).fill('2026-12-08');
    await b.getByRole('button', { name: T.save, exact: true }).click();
    await expect(b.getByTestId('form-status')).toContainText(T.saved);

    const del = lang === 'en' ? 'Delete' : '删除';
    // The form's Delete (the month's list has one too).
    await a.locator('section[aria-labelledby="event-form-title"]').getByRole('button', { name: del, exact: true }).click();
    const dialog = a.getByRole('dialog');
    await dialog.getByRole('button', { name: del, exact: true }).click();
    await expect(dialog.getByTestId('delete-changed')).toContainText('Offsite, now all week');
    expect(await stored(sandbox)).toBeDefined();
    await dialog.getByRole('button', { name: del, exact: true }).click();
    await expect(dialog).toBeHidden();
    expect(await stored(sandbox)).toBeUndefined();
    await b.context().close();
  });
}

// The same guard for calendar settings: B renames the calendar; A, whose settings dialog was open
// before, changes only the description. A's save reads the calendar again and asks.
const SETTINGS = {
  en: { settings: 'Calendar settings', name: 'Name', description: 'Description', friday: 'Friday', save: 'Save settings', saved: 'Settings saved' },
  'zh-CN': { settings: '日历设置', name: '名称', description: '描述', friday: '星期五', save: '保存设置', saved: '设置已保存' },
} as const;

async function openSettings(page: Page, lang: keyof typeof TEXT) {
  await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}`);
  await page.getByRole('button', { name: SETTINGS[lang].settings }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: SETTINGS[lang].name })).toHaveValue('On-call China (sample)', { timeout: 45_000 });
  return dialog;
}

async function storedCalendar(page: Page, sandbox: SandboxAccount) {
  const res = await page.request.post('/api/calendar/info', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: CHINA_CAL.id } });
  return ((await res.json()) as { data: { cal_name: string; description?: string; workdays: number[] } }).data;
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`calendar settings: B's new name survives A's later save of the description; A sees both versions and saves the merge (${lang})`, async ({ page: a, browser, sandbox }, testInfo) => {
    const S = SETTINGS[lang];
    const T = TEXT[lang];
    const b = await secondPerson(browser, sandbox, testInfo);
    const aDialog = await openSettings(a, lang);
    const bDialog = await openSettings(b, lang);

    await bDialog.getByRole('textbox', { name: S.name }).fill('On-call China (B)');
    await bDialog.getByRole('button', { name: S.save }).click();
    await expect(bDialog).toBeHidden();

    await aDialog.getByRole('textbox', { name: S.description }).fill('Pager rota for Shanghai');
    await aDialog.getByRole('button', { name: S.save }).click();
    const conflict = aDialog.getByTestId('conflict');
    await expect(conflict).toContainText(T.conflict);
    expect((await storedCalendar(a, sandbox)).cal_name).toBe('On-call China (B)');
    const nameRow = conflict.locator('[data-field="cal_name"]');
    await expect(nameRow).toContainText('On-call China (sample)');
    await expect(nameRow).toContainText('On-call China (B)');
    await expect(nameRow.getByRole('radio', { name: T.theirs })).toBeChecked();
    await expect(conflict.locator('[data-field="description"]').getByRole('radio', { name: T.yours })).toBeChecked();
    await conflict.getByRole('button', { name: T.saveChoices }).click();
    await expect(aDialog).toBeHidden();
    await expect(a.getByText(S.saved, { exact: true })).toBeVisible();
    expect(await storedCalendar(a, sandbox)).toMatchObject({ cal_name: 'On-call China (B)', description: 'Pager rota for Shanghai' });
    await b.context().close();
  });
}

test('calendar settings: A may take theirs (the dialog shows their version and saves nothing), then its next change saves without asking', async ({ page: a, browser, sandbox }, testInfo) => {
  const S = SETTINGS.en;
  const T = TEXT.en;
  const b = await secondPerson(browser, sandbox, testInfo);
  const aDialog = await openSettings(a, 'en');
  const bDialog = await openSettings(b, 'en');
  await bDialog.getByRole('checkbox', { name: S.friday }).uncheck();
  await bDialog.getByRole('button', { name: S.save }).click();
  await expect(bDialog).toBeHidden();

  await aDialog.getByRole('textbox', { name: S.name }).fill('Renamed by A');
  await aDialog.getByRole('button', { name: S.save }).click();
  const conflict = aDialog.getByTestId('conflict');
  // Working days read as days, not numbers.
  await expect(conflict.locator('[data-field="workdays"]')).toContainText('Mon–Fri');
  await expect(conflict.locator('[data-field="workdays"]')).toContainText('Mon–Thu');
  await conflict.getByRole('button', { name: T.takeTheirs }).click();
  await expect(conflict).toBeHidden();
  await expect(aDialog.getByRole('textbox', { name: S.name })).toHaveValue('On-call China (sample)');
  await expect(aDialog.getByRole('checkbox', { name: S.friday })).not.toBeChecked();
  expect(await storedCalendar(a, sandbox)).toMatchObject({ cal_name: 'On-call China (sample)', workdays: [1, 2, 3, 4] });

  await aDialog.getByRole('textbox', { name: S.name }).fill('Renamed by A');
  await aDialog.getByRole('button', { name: S.save }).click();
  await expect(aDialog).toBeHidden();
  expect(await storedCalendar(a, sandbox)).toMatchObject({ cal_name: 'Renamed by A', workdays: [1, 2, 3, 4] });
  await b.context().close();
});
