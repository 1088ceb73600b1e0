// The first hour of a scheduler (issue 20): from the bare address, save an event, create a calendar
// and save its first event, change its settings and press Escape, move an event and read what saving
// does, delete it and Undo. In both languages, with a mouse, with touch at 390 px, and from the
// keyboard. The month shows its days after every step (no grey placeholders, 班/休 in the cells).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { transitionsEnded } from './helpers';

const T = {
  en: {
    month: 'November 2026',
    work: 'Work',
    off: 'Off',
    summary: 'Summary',
    start: 'Start date',
    end: 'End date',
    save: 'Save',
    saved: 'Saved',
    newCalendar: 'New calendar',
    name: 'Name',
    create: 'Create calendar',
    settings: 'Calendar settings',
    discard: 'Discard unsaved changes?',
    keep: 'Keep editing',
    discardButton: 'Discard changes',
    toOff: '3 days become days off: Tue, 17 Nov 2026 – Thu, 19 Nov 2026.',
    toWork: '3 days become working days: Tue, 10 Nov 2026 – Thu, 12 Nov 2026.',
    delete: 'Delete',
    cancel: 'Cancel',
    deleteTitle: /^Delete “/,
    deleted: 'Event deleted',
    undo: 'Undo',
    restored: 'Event restored',
    editTitle: 'Edit event',
  },
  'zh-CN': {
    month: '2026年11月',
    work: '班',
    off: '休',
    summary: '名称',
    start: '开始日期',
    end: '结束日期',
    save: '保存',
    saved: '已保存',
    newCalendar: '新建日历',
    name: '名称',
    create: '创建日历',
    settings: '日历设置',
    discard: '放弃未保存的修改？',
    keep: '继续编辑',
    discardButton: '放弃修改',
    toOff: /^3 天变为休息日：.*11月17日.*11月19日/,
    toWork: /^3 天变为工作日：.*11月10日.*11月12日/,
    delete: '删除',
    cancel: '取消',
    deleteTitle: /^删除“/,
    deleted: '事件已删除',
    undo: '撤销',
    restored: '事件已恢复',
    editTitle: '编辑事件',
  },
} as const;
type Lang = keyof typeof T;

/** The month is on screen with its days: not waiting (aria-busy), each cell saying Work/Off (班/休). */
async function expectMonthShown(page: Page, lang: Lang, { first = false } = {}) {
  const t = T[lang];
  const grid = page.getByRole('grid', { name: t.month });
  // The first page of a loaded machine (six test runs on two cores) takes more than 5 s.
  await expect(grid).toBeVisible(first ? { timeout: 20_000 } : undefined);
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  await expect(grid.locator('[data-date="2026-11-18"]')).toContainText(new RegExp(`${t.work}|${t.off}`));
  await expect(grid.locator('[data-date="2026-11-21"]')).toContainText(t.off); // a Saturday
}

// Each test is a whole first hour: a dozen saves and dialogs.
test.describe.configure({ timeout: 180_000 });

/** The form's own Delete (the month's list has one per event too). */
const formDelete = (page: Page) => page.getByRole('region', { name: /^(Edit event|编辑事件)$/ }).getByRole('button', { name: /^(Delete|删除)$/ });
const cell = (page: Page, date: string) => page.locator(`[data-date="${date}"]`);
const monthInUrl = (page: Page) => new URL(page.url()).searchParams.get('month');
const eventInUrl = (page: Page) => new URL(page.url()).searchParams.get('event_id');

for (const lang of ['en', 'zh-CN'] as const) {
  const t = T[lang];
  const fields = (page: Page) => ({
    summary: page.getByRole('textbox', { name: t.summary, exact: true }),
    start: page.getByRole('textbox', { name: t.start, exact: true }),
    end: page.getByRole('textbox', { name: t.end, exact: true }),
    save: page.getByRole('button', { name: t.save, exact: true }),
    status: page.getByTestId('form-status'),
  });

  for (const pointer of ['mouse', 'touch'] as const) {
    test.describe(`with ${pointer === 'mouse' ? 'a mouse at 1280 px' : 'touch at 390 px'}`, () => {
      if (pointer === 'touch') test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      else test.use({ viewport: { width: 1280, height: 900 } });
      const press = async (target: Locator) => {
        await transitionsEnded(target.page());
        await (pointer === 'touch' ? target.tap() : target.click());
      };

      test(`the first hour (${lang})`, async ({ page, sandbox }) => {
        // 1. The bare address: this month (the clock says 18 November 2026) of the first calendar.
        await page.goto(`/?lang=${lang}`);
        await expectMonthShown(page, lang, { first: true });
        const f = fields(page);

        // 2. A day with no event, a summary, Save: the month keeps its days, the URL names it.
        await press(cell(page, '2026-11-24'));
        await f.summary.fill('First event');
        await press(f.save);
        await expect(f.status).toContainText(t.saved, { timeout: 20_000 });
        await expect.poll(() => eventInUrl(page)).toMatch(/^cale\./);
        expect(monthInUrl(page)).toBe('2026-11');
        await expectMonthShown(page, lang);
        await expect(cell(page, '2026-11-24')).toContainText('First event');

        // 3. A new calendar, and its first event (12–14 Nov after a first save of 10–12 Nov).
        await press(page.getByRole('button', { name: t.newCalendar, exact: true }));
        const newCalendar = page.getByRole('dialog', { name: t.newCalendar });
        await newCalendar.getByRole('textbox', { name: t.name }).fill('First hour');
        await press(newCalendar.getByRole('button', { name: t.create }));
        await expect(newCalendar).toBeHidden({ timeout: 20_000 });
        await expect(page.getByRole('combobox', { name: lang === 'en' ? 'Calendar' : '日历', exact: true })).toHaveValue(/^cal\./);
        await expect.poll(() => monthInUrl(page)).toBe('2026-11');
        const calId = new URL(page.url()).searchParams.get('cal_id')!;
        await expectMonthShown(page, lang);
        await press(cell(page, '2026-11-10'));
        await f.summary.fill('Offsite');
        await f.end.fill('2026-11-12');
        await press(f.save);
        await expect(f.status).toContainText(t.saved, { timeout: 20_000 });
        await expect.poll(() => eventInUrl(page)).toMatch(/^cale\./);
        expect(monthInUrl(page)).toBe('2026-11');
        await expectMonthShown(page, lang);

        // 4. Settings: a new name, Escape: asked; Keep editing keeps the name typed.
        await press(page.getByRole('button', { name: t.settings, exact: true }));
        const settings = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: lang === 'en' ? 'Save settings' : '保存设置' }) });
        const name = settings.getByRole('textbox', { name: t.name, exact: true });
        await name.fill('First hour, renamed');
        await page.keyboard.press('Escape');
        const ask = page.getByRole('dialog', { name: t.discard });
        await expect(ask).toBeVisible();
        await press(ask.getByRole('button', { name: t.keep }));
        await expect(ask).toBeHidden();
        await expect(name).toHaveValue('First hour, renamed');
        await page.keyboard.press('Escape');
        await press(ask.getByRole('button', { name: t.discardButton }));
        await expect(settings).toBeHidden();
        await expectMonthShown(page, lang);

        // 5. Move the event a week on: what saving does names the new days off and the days that go
        // back to working days; the grid highlights the new days, not the old ones.
        await f.start.fill('2026-11-17');
        await f.end.fill('2026-11-19');
        const impact = page.getByTestId('impact');
        await expect(impact.getByText(t.toOff)).toBeVisible();
        await expect(impact.getByText(t.toWork)).toBeVisible();
        await expect(cell(page, '2026-11-18')).toHaveAttribute('aria-selected', 'true');
        await expect(cell(page, '2026-11-11')).toHaveAttribute('aria-selected', 'false');
        await press(f.save);
        await expect(f.status).toContainText(t.saved, { timeout: 20_000 });
        await expect(cell(page, '2026-11-11')).toHaveAttribute('aria-selected', 'false');
        await expect(cell(page, '2026-11-18')).toContainText('Offsite');
        await expect(cell(page, '2026-11-11')).not.toContainText('Offsite');
        await expectMonthShown(page, lang);

        // 6. Delete (the question focuses Cancel), then Undo: the event is back, with a new ID.
        const oldId = eventInUrl(page);
        await press(formDelete(page));
        const question = page.getByRole('dialog', { name: t.deleteTitle });
        await expect(question.getByRole('button', { name: t.cancel })).toBeFocused();
        await press(question.getByRole('button', { name: t.delete, exact: true }));
        await expect(question).toBeHidden();
        // The toast's title, exactly: the saved toast before it now says the event has since been deleted.
        await expect(page.getByText(t.deleted, { exact: true })).toBeVisible();
        await expect(cell(page, '2026-11-18')).not.toContainText('Offsite');
        await expectMonthShown(page, lang);
        // The deleted toast's Undo (the move's "saved" toast has one too).
        await press(page.getByRole('alert').filter({ hasText: t.deleted }).getByRole('button', { name: t.undo, exact: true }));
        await expect(page.getByText(t.restored)).toBeVisible({ timeout: 20_000 });
        await expect.poll(() => eventInUrl(page)).toMatch(/^cale\./);
        expect(eventInUrl(page)).not.toBe(oldId);
        expect(monthInUrl(page)).toBe('2026-11');
        await expect(page.getByTestId('event-id')).toContainText(eventInUrl(page)!);
        await expect(cell(page, '2026-11-18')).toContainText('Offsite');
        await expectMonthShown(page, lang);
        const [restored, ...none] = await sandbox.ownEvents(calId, 2026);
        expect(none).toEqual([]);
        expect(restored).toMatchObject({ event_id: eventInUrl(page), summary: 'Offsite', start_at: '2026-11-17', end_at: '2026-11-20', is_off: true });
      });
    });
  }

  test(`the first hour from the keyboard (${lang})`, async ({ page, sandbox }) => {
    await page.goto(`/?lang=${lang}`);
    await expectMonthShown(page, lang, { first: true });
    const f = fields(page);
    const calId = new URL(page.url()).searchParams.get('cal_id') ?? undefined;

    // The month list: arrow keys walk it without loading a month; Enter loads the one reached.
    const monthList = page.getByRole('combobox', { name: lang === 'en' ? 'Month' : '月', exact: true });
    await monthList.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(monthList).toHaveValue('9');
    expect(monthInUrl(page)).not.toBe('2026-09');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectMonthShown(page, lang);

    // A day from the keyboard: Tab into the grid (today has its focus), arrows, Enter.
    // (This month is disabled on this month: the Tab after › reaches the grid.)
    await page.getByRole('button', { name: lang === 'en' ? 'Next month' : '下个月' }).focus();
    await page.keyboard.press('Tab');
    await expect(cell(page, '2026-11-18')).toBeFocused();
    await page.keyboard.press('ArrowRight'); // Thu 19
    await page.keyboard.press('Enter');
    await expect(f.summary).toBeVisible();
    // Tab from the day reaches the summary without stopping at the read-only Calendar field.
    await f.summary.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('textbox', { name: lang === 'en' ? 'Calendar' : '日历', exact: true })).not.toBeFocused();
    await f.summary.focus();
    await page.keyboard.type('Keyboard day');
    await f.save.focus();
    await page.keyboard.press('Enter');
    await expect(f.status).toContainText(t.saved, { timeout: 20_000 });
    // Saved: the focus stays on Save, not on the page's body.
    await expect(f.save).toBeFocused();
    expect(monthInUrl(page)).toBe('2026-11');
    await expectMonthShown(page, lang);

    // Delete: Enter on Delete, then Enter again, deletes nothing (the question focuses Cancel).
    await formDelete(page).focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('dialog', { name: t.deleteTitle });
    await expect(question).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(question).toBeHidden();
    expect(calId && (await sandbox.ownEvents(calId, 2026)).some((e) => e.summary === 'Keyboard day')).toBe(true);
    // Deleted on purpose: the focus goes to the event's day; Undo brings it back.
    await formDelete(page).focus();
    await page.keyboard.press('Enter');
    await question.getByRole('button', { name: t.delete, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(question).toBeHidden();
    await expect(cell(page, '2026-11-19')).toBeFocused();
    await page.getByRole('alert').filter({ hasText: t.deleted }).getByRole('button', { name: t.undo, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(t.restored)).toBeVisible({ timeout: 20_000 });
    await expect(cell(page, '2026-11-19')).toBeFocused();
    await expect(cell(page, '2026-11-19')).toContainText('Keyboard day');
    await expectMonthShown(page, lang);

    // Settings: Escape asks; Enter keeps editing (its default), the typed name is still there.
    await page.getByRole('button', { name: t.settings, exact: true }).focus();
    await page.keyboard.press('Enter');
    const name = page.getByRole('textbox', { name: t.name, exact: true }).last();
    await expect(name).toBeFocused();
    await page.keyboard.type(' (team)');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: t.discard })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: t.discard })).toBeHidden();
    await expect(name).toHaveValue(/ \(team\)$/);
  });
}
