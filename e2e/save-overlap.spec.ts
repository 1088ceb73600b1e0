// A save (an edit of the description only, or a new event) when, while the form was open, another
// scheduler saved an own event of the other kind on some of its days (attacker round 13, H2): this
// save, saved last, would decide those days and silently take them back. The form reads the days
// again first: nothing is saved yet, it names that event and the days that would flip, with Open and
// Save anyway, and "What saving does" is drawn from the fresh list. From the bare address.
import type { APIRequestContext, Page } from '@playwright/test';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

const FIRST = '2026-11-24';
const FREEZE = { cal_id: CHINA_CAL.id, summary: 'Ops freeze', description: '', start_at: FIRST, end_at: '2026-11-27', is_off: true };
// Another scheduler's make-up working day on the freeze's middle day only.
const RELEASE = { cal_id: CHINA_CAL.id, summary: 'Release day: on duty', description: '', start_at: '2026-11-25', end_at: '2026-11-26', is_off: false };

const save = async (request: APIRequestContext, sandbox: SandboxAccount, data: object) => {
  const res = await request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data });
  expect(res.ok()).toBe(true);
};

/** The calendar's own events from 24 November on, as "summary first..end kind description". */
const stored = async (sandbox: SandboxAccount) =>
  (await sandbox.ownEvents(CHINA_CAL.id, 2026))
    .filter((e) => e.start_at >= FIRST && e.start_at < '2026-12-01')
    .map((e) => `${e.summary} ${e.start_at}..${e.end_at} ${e.is_off ? 'off' : 'work'} ${e.description}`.trim())
    .sort();

const releaseId = async (sandbox: SandboxAccount) => (await sandbox.ownEvents(CHINA_CAL.id, 2026)).find((e) => e.summary === RELEASE.summary)!.event_id;

/** The bare address (`?lang=zh-CN` for Chinese), its grid on screen. */
async function openPage(page: Page, lang: 'en' | 'zh-CN', waitFor: string) {
  await page.goto(lang === 'en' ? '/' : '/?lang=zh-CN');
  await expect(page.locator(`[data-date="${FIRST}"]`)).toContainText(waitFor, { timeout: 45_000 });
}

test.beforeEach(() => test.slow());

test.describe('English', () => {
  test.use({ locale: 'en-US' });

  test('an edit of the description only, a working day saved since on one of its days: nothing saved, the form names it and the day; Save anyway saves', async ({ page, request, sandbox }) => {
    await save(request, sandbox, FREEZE);
    await openPage(page, 'en', 'Ops freeze');
    await page.locator(`[data-date="${FIRST}"]`).click();
    const form = page.getByRole('region', { name: 'Edit event' });
    await form.getByRole('textbox', { name: 'Description', exact: true }).fill('Approved by CAB');
    const impact = form.getByTestId('impact');
    await expect(impact).toContainText('3 days are already days off');
    await save(request, sandbox, RELEASE);
    const id = await releaseId(sandbox);

    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const notice = form.getByTestId('overlap-since');
    await expect(notice).toHaveAccessibleName('An event saved since shares these days');
    await expect(notice).toContainText(
      `Not saved yet: “Release day: on duty” (event ID ${id}), saved since, makes Wed, 25 Nov 2026 (1 day) a working day. Save anyway turns it back into a day off: the event saved last decides.`,
    );
    // "What saving does" is drawn from the list read again: the working day is there.
    await expect(impact).toContainText('1 day becomes a day off');
    await expect(impact).toContainText('Release day: on duty');
    expect(await stored(sandbox)).toEqual(['Ops freeze 2026-11-24..2026-11-27 off', 'Release day: on duty 2026-11-25..2026-11-26 work']);

    await notice.getByRole('button', { name: 'Save anyway', exact: true }).click();
    await expect(form.getByTestId('form-status')).toHaveText('Saved “Ops freeze”.');
    await expect(notice).toBeHidden();
    expect(await stored(sandbox)).toEqual(['Ops freeze 2026-11-24..2026-11-27 off Approved by CAB', 'Release day: on duty 2026-11-25..2026-11-26 work']);
  });

  test('an export meanwhile (which reads the year again) does not hide it: the month on screen never showed it', async ({ page, request, sandbox }) => {
    // Attacker round 14: the check took every list the page held for what was shown, the year list
    // an export had just read included; the grid and "What saving does" were still the month's.
    await save(request, sandbox, FREEZE);
    await openPage(page, 'en', 'Ops freeze');
    await page.locator(`[data-date="${FIRST}"]`).click();
    const form = page.getByRole('region', { name: 'Edit event' });
    await form.getByRole('textbox', { name: 'Description', exact: true }).fill('Approved by CAB');
    await save(request, sandbox, RELEASE);
    await page.clock.fastForward(31_000); // past the lists' 30 s of freshness (the page's clock is Playwright's): the export reads the year from the server
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Events (CSV)' }).click();
    await exported;
    await expect(page.locator('[data-date="2026-11-25"]')).not.toContainText('Release day');

    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByTestId('overlap-since')).toContainText('“Release day: on duty”');
    expect(await stored(sandbox)).toEqual(['Ops freeze 2026-11-24..2026-11-27 off', 'Release day: on duty 2026-11-25..2026-11-26 work']);
  });

  test('an event already on the page when the form opened, unchanged, does not stop the save', async ({ page, request, sandbox }) => {
    await save(request, sandbox, FREEZE);
    await save(request, sandbox, RELEASE);
    await openPage(page, 'en', 'Ops freeze');
    await expect(page.locator('[data-date="2026-11-25"]')).toContainText('Release day');
    await page.locator(`[data-date="${FIRST}"]`).click();
    const form = page.getByRole('region', { name: 'Edit event' });
    await form.getByRole('textbox', { name: 'Description', exact: true }).fill('Approved by CAB');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByTestId('form-status')).toHaveText('Saved “Ops freeze”.');
    await expect(form.getByTestId('overlap-since')).toHaveCount(0);
  });
});

test.describe('Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('新建事件时，其间他人在其中一天保存了工作日：先不保存，说明该事件与日期；“打开”可打开该事件', async ({ page, request, sandbox }) => {
    await openPage(page, 'zh-CN', '');
    await page.locator(`[data-date="${FIRST}"]`).click();
    await page.locator('[data-date="2026-11-26"]').click({ modifiers: ['Shift'] });
    const form = page.getByRole('region', { name: '新建事件' });
    await form.getByRole('textbox', { name: '名称', exact: true }).fill('封网');
    await expect(form.getByRole('switch', { name: '休息日', exact: true })).toBeChecked();
    await save(request, sandbox, RELEASE);
    const id = await releaseId(sandbox);

    await form.getByRole('button', { name: '保存', exact: true }).click();
    const notice = form.getByTestId('overlap-since');
    await expect(notice).toHaveAccessibleName('这些日期有此后保存的事件');
    await expect(notice).toContainText(
      `尚未保存：此后保存的“Release day: on duty”（事件 ID 为 ${id}）已将2026年11月25日周三（共 1 天）设为工作日。仍然保存会将这些日期重新设为休息日（以最后保存的事件为准）。`,
    );
    expect(await stored(sandbox)).toEqual(['Release day: on duty 2026-11-25..2026-11-26 work']);

    await notice.getByRole('button', { name: '打开“Release day: on duty”', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '放弃修改', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`event_id=${id}`));
    await expect(page.getByRole('textbox', { name: '名称', exact: true })).toHaveValue(RELEASE.summary);
    expect(await stored(sandbox)).toEqual(['Release day: on duty 2026-11-25..2026-11-26 work']);
  });
});
