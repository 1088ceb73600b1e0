// Two tabs on one calendar (or two schedulers): the older tab does not store a second event on days
// the other has just given one (attacker round 8, H1). A new event's save reads the calendar again
// first; the month is read again when the tab comes back to the front.
import type { BrowserContext, Page } from '@playwright/test';
import { ACCOUNT_HEADER, expect, test, type SandboxAccount } from './fixtures';
import { form } from './helpers';

async function createCalendar(page: Page, sandbox: SandboxAccount, name: string) {
  const res = await page.request.post('/api/calendar/create', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_name: name, workdays: [1, 2, 3, 4, 5] } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: { cal_id: string } }).data.cal_id;
}

// The tabs opened here, as the fixture does for `page`: an uncaught error or a console error fails the test.
const tabErrors: string[] = [];
test.afterEach(() => expect(tabErrors.splice(0)).toEqual([]));

/** A tab from the bare address, on the calendar chosen in its picker. */
async function openTab(context: BrowserContext, sandbox: SandboxAccount, calId: string, lang: 'en' | 'zh-CN') {
  const page = await context.newPage();
  page.on('pageerror', (error) => tabErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) tabErrors.push(message.text());
  });
  await page.setExtraHTTPHeaders({ [ACCOUNT_HEADER]: sandbox.id });
  await page.goto(lang === 'en' ? '/' : '/?lang=zh-CN');
  await page.getByRole('combobox', { name: lang === 'en' ? 'Calendar' : '日历', exact: true }).first().selectOption({ value: calId });
  return page;
}

/** Wednesday 11 to Friday 13 November chosen on the grid (a click, a Shift-click). */
async function chooseDays(page: Page) {
  await page.locator('[data-date="2026-11-11"]').click();
  await page.locator('[data-date="2026-11-13"]').click({ modifiers: ['Shift'] });
}

test('a new event on days another tab has just given that event: the save asks, stores nothing twice, and opens the other one', async ({ context, page, sandbox }) => {
  const calId = await createCalendar(page, sandbox, 'Two tabs en');
  const first = await openTab(context, sandbox, calId, 'en');
  const second = await openTab(context, sandbox, calId, 'en');

  await chooseDays(first);
  await form(first).summary.fill('Offsite');
  await form(first).save.click();
  await expect(form(first).status).toHaveText('Saved “Offsite”.');

  // The second tab, opened before, still shows the days without it, and is told when it saves.
  await chooseDays(second);
  const f = form(second);
  await expect(f.dayOff).toBeChecked();
  await f.summary.fill('Offsite');
  await f.save.click();
  const notice = second.getByTestId('same-days');
  await expect(notice).toHaveAccessibleName('These days already have an event');
  await expect(notice).toContainText('This calendar already has “Offsite” on exactly these days: Wed, 11 Nov 2026 – Fri, 13 Nov 2026 (3 days), as days off. Saving adds a second event on them.');
  expect(await sandbox.ownEvents(calId, 2026)).toHaveLength(1);
  // Reading the calendar again brought the other tab's event onto this tab's month.
  await expect(second.locator('[data-date="2026-11-12"]')).toHaveAccessibleName(/event: Offsite$/);

  await notice.getByRole('button', { name: 'Open “Offsite”' }).click();
  const question = second.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await question.getByRole('button', { name: 'Discard' }).click();
  await expect(second.getByRole('heading', { name: 'Edit event' })).toBeVisible();
  await expect(f.summary).toHaveValue('Offsite');
  const [stored] = await sandbox.ownEvents(calId, 2026);
  await expect(second).toHaveURL(new RegExp(`event_id=${stored.event_id}`));
});

test('在另一标签页已有相同日期的事件时：改为工作日后“仍然保存”会再添加一个事件', async ({ context, page, sandbox }) => {
  const calId = await createCalendar(page, sandbox, '双标签页');
  const first = await openTab(context, sandbox, calId, 'zh-CN');
  const second = await openTab(context, sandbox, calId, 'zh-CN');

  await chooseDays(first);
  await first.getByRole('textbox', { name: '名称', exact: true }).fill('团建');
  await first.getByRole('button', { name: '保存', exact: true }).click();
  await expect(first.getByTestId('form-status')).toHaveText('已保存“团建”。');

  await chooseDays(second);
  await second.getByRole('textbox', { name: '名称', exact: true }).fill('团建补班');
  await second.getByRole('switch', { name: '休息日', exact: true }).setChecked(false);
  await second.getByRole('button', { name: '保存', exact: true }).click();
  const notice = second.getByTestId('same-days');
  await expect(notice).toHaveAccessibleName('这些日期已有事件');
  await expect(notice).toContainText('本日历在相同日期（2026年11月11日周三 至 2026年11月13日周五，共 3 天）已有“团建”，为休息日。保存会在这些日期再添加一个事件。');
  await notice.getByRole('button', { name: '仍然保存' }).click();
  await expect(second.getByTestId('form-status')).toHaveText('已保存“团建补班”。');
  await expect(notice).toBeHidden();
  expect((await sandbox.ownEvents(calId, 2026)).map((e) => [e.summary, e.is_off]).sort()).toEqual([['团建', true], ['团建补班', false]]);
});

test('a tab brought back to the front reads its month again: another tab’s new event appears', async ({ context, page, sandbox }) => {
  const calId = await createCalendar(page, sandbox, 'Back to the front');
  const first = await openTab(context, sandbox, calId, 'en');
  const second = await openTab(context, sandbox, calId, 'en');
  const day = second.locator('[data-date="2026-11-12"]');
  await expect(day).toHaveAccessibleName('Thursday, 12 November 2026, working day, weekly working day');

  await chooseDays(first);
  await form(first).summary.fill('Offsite');
  await form(first).save.click();
  await expect(form(first).status).toHaveText('Saved “Offsite”.');

  // What the browser tells a page when its tab is shown again.
  await second.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await expect(day).toHaveAccessibleName('Thursday, 12 November 2026, day off, event: Offsite');
});
