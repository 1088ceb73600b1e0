// A scheduler's whole task, in order, in both languages: plan a year's holidays in the workspace —
// a seven-day National Day with its make-up working days in another month, a one-day off-site, a
// typo fixed with the event open on another month, an event deleted — by mouse and by keyboard,
// then check what the API stores.
import type { Page } from '@playwright/test';
import { US_CAL, expect, test } from './fixtures';

const TEXT = {
  en: {
    grid: (month: string) => ({ '2027-09': 'September 2027', '2027-10': 'October 2027', '2027-11': 'November 2027' })[month]!,
    next: 'Next month',
    previous: 'Previous month',
    summary: 'Summary',
    dayOff: 'Day off',
    save: 'Save',
    saved: (s: string) => `Saved “${s}”.`,
    close: 'Close the form',
    delete: 'Delete',
    list: /^Events of/,
    nationalDay: 'National Day',
    typo: 'Natinal Day',
    makeUp: 'Make-up working day',
    offsite: 'Team off-site',
  },
  'zh-CN': {
    grid: (month: string) => ({ '2027-09': '2027年9月', '2027-10': '2027年10月', '2027-11': '2027年11月' })[month]!,
    next: '下个月',
    previous: '上个月',
    summary: '名称',
    dayOff: '休息日',
    save: '保存',
    saved: (s: string) => `已保存“${s}”。`,
    close: '关闭表单',
    delete: '删除',
    list: /的事件$/,
    nationalDay: '国庆节',
    typo: '国庆接',
    makeUp: '国庆调休上班',
    offsite: '团队外出',
  },
} as const;

async function drag(page: Page, from: string, to: string) {
  await page.locator(`[data-date="${from}"]`).hover();
  await page.mouse.down();
  await page.locator(`[data-date="${to}"]`).hover();
  await page.mouse.up();
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a scheduler's year of holidays, start to finish (${lang})`, async ({ page, sandbox }) => {
    // A whole task of some forty steps: about 20 s on a quiet machine, so three times the usual time.
    test.slow();
    const t = TEXT[lang];
    const summary = page.getByRole('textbox', { name: t.summary, exact: true });
    const dayOff = page.getByRole('switch', { name: t.dayOff, exact: true });
    const save = page.getByRole('button', { name: t.save, exact: true });
    const status = page.getByTestId('form-status');
    const grid = (month: string) => page.getByRole('grid', { name: t.grid(month) });

    await page.goto(`/?lang=${lang}&cal_id=${US_CAL.id}&month=2027-10`);
    await expect(grid('2027-10')).toBeVisible();

    // National Day, by mouse: seven days off, typed with a typo.
    await drag(page, '2027-10-01', '2027-10-07');
    await expect(dayOff).toBeChecked();
    await summary.fill(t.typo);
    await save.click();
    await expect(status).toHaveText(t.saved(t.typo));

    // The typo is seen after paging on: the event stays open in its form, and is fixed from there.
    await page.getByRole('button', { name: t.next }).click();
    await expect(grid('2027-11')).toBeVisible();
    await expect(summary).toHaveValue(t.typo);
    await summary.fill(t.nationalDay);
    await save.click();
    await expect(status).toHaveText(t.saved(t.nationalDay));
    await expect(grid('2027-11')).toBeVisible();

    // A one-day off-site in November, by mouse.
    await page.getByRole('button', { name: t.close }).click();
    await page.locator('[data-date="2027-11-12"]').click();
    await summary.fill(t.offsite);
    await save.click();
    await expect(status).toHaveText(t.saved(t.offsite));

    // The make-up working days, by keyboard: Sunday 26 September and Saturday 9 October.
    await page.getByRole('button', { name: t.close }).click();
    await page.getByRole('button', { name: t.previous }).click();
    await page.getByRole('button', { name: t.previous }).click();
    await expect(grid('2027-09')).toBeVisible();
    await page.locator('[data-date="2027-09-27"]').focus(); // Monday 27
    await page.keyboard.press('ArrowLeft'); // Sunday 26
    await page.keyboard.press('Enter');
    await expect(dayOff).not.toBeChecked(); // a weekly rest day becomes a working day
    await summary.fill(t.makeUp);
    await save.click();
    await expect(status).toHaveText(t.saved(t.makeUp));
    await page.getByRole('button', { name: t.close }).click();
    await page.locator('[data-date="2027-09-26"]').focus();
    await page.keyboard.press('PageDown'); // to Tuesday 26 October
    await expect(grid('2027-10')).toBeVisible();
    for (let i = 0; i < 17; i++) await page.keyboard.press('ArrowLeft'); // back to Saturday 9 October
    await expect(page.locator('[data-date="2027-10-09"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dayOff).not.toBeChecked();
    await summary.fill(t.makeUp);
    await save.click();
    await expect(status).toHaveText(t.saved(t.makeUp));

    // The off-site is called off: deleted from November's list.
    await page.getByRole('button', { name: t.close }).click();
    await page.getByRole('button', { name: t.next }).click();
    await expect(grid('2027-11')).toBeVisible();
    const list = page.getByRole('table', { name: t.list });
    await list.getByRole('row', { name: new RegExp(`^${t.offsite}`) }).getByRole('button', { name: t.delete }).click();
    await page.getByRole('dialog').getByRole('button', { name: t.delete, exact: true }).click();
    await expect(list.getByRole('row', { name: new RegExp(`^${t.offsite}`) })).toHaveCount(0);

    // What the API stores: exactly the year that was planned.
    const stored = (await sandbox.ownEvents(US_CAL.id, 2027)).map((e) => ({ summary: e.summary, start_at: e.start_at, end_at: e.end_at, is_off: e.is_off }));
    expect(stored.sort((a, b) => a.start_at.localeCompare(b.start_at))).toEqual([
      { summary: t.makeUp, start_at: '2027-09-26', end_at: '2027-09-27', is_off: false },
      { summary: t.nationalDay, start_at: '2027-10-01', end_at: '2027-10-08', is_off: true },
      { summary: t.makeUp, start_at: '2027-10-09', end_at: '2027-10-10', is_off: false },
    ]);
  });
}
