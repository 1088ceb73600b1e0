// Import pressed after the calendar changed under the preview (attacker round 10, H4): another scheduler
// (or another tab) saves one of the rows' events while the preview is open. The calendar is read again
// when Import is pressed: nothing is sent, the preview shows the row already there (unticked) and says
// why; pressed again, only the other row is saved, and Undo leaves the other scheduler's event. A read
// that fails sends nothing either. From the bare address, into a calendar made for the test.
import type { Page } from '@playwright/test';
import { ACCOUNT_HEADER, expect, test, type SandboxAccount } from './fixtures';
import { createCalendarInChinese } from './helpers';

test.beforeEach(() => test.slow()); // a calendar created and import runs on a loaded machine

/** Saves an event as another scheduler does, through the API (not through this page). */
async function savedElsewhere(page: Page, sandbox: SandboxAccount, calId: string, summary: string, start_at = '2026-03-17', end_at = '2026-03-19') {
  const res = await page.request.post('/api/calendar/event/upsert', {
    headers: { [ACCOUNT_HEADER]: sandbox.id },
    data: { cal_id: calId, summary, start_at, end_at, is_off: true },
  });
  expect(res.ok()).toBe(true);
}

const stored = async (sandbox: SandboxAccount, calId: string) => (await sandbox.ownEvents(calId, 2026)).map((e) => [e.summary, e.start_at, e.end_at]).sort();

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' });

  test('an event saved elsewhere after the preview is not stored twice: nothing is sent, the preview shows it already there', async ({ page, sandbox }) => {
    await page.goto('/');
    const calId = await createCalendarInChinese(page, '导入前已变');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导入事件' });
    await dialog.getByRole('textbox', { name: '粘贴行' }).fill('名称,开始日期,结束日期,休息日\n公司年会,2026-03-17,2026-03-18,是\n团建日,2026-04-10,,是\n');
    await expect(dialog.getByTestId('preview-counts')).toHaveText('共 2 行：新增 2，有重叠 0，已存在 0，无效 0。');

    await savedElsewhere(page, sandbox, calId, '公司年会');
    await dialog.getByRole('button', { name: '导入 2 个事件' }).click();

    await expect(dialog.getByTestId('preview-changed')).toHaveText('预览显示后日历已有变化：已勾选的行中有 1 行状态已变（现已存在的行已取消勾选），未导入任何事件。请检查预览后再次点击导入。');
    await expect(dialog.getByTestId('preview-counts')).toHaveText('共 2 行：新增 1，有重叠 0，已存在 1，无效 0。');
    const meeting = dialog.getByTestId('import-preview').locator('[data-status]').filter({ has: page.getByRole('checkbox', { name: '公司年会', exact: true }) });
    await expect(meeting).toHaveAttribute('data-status', 'already');
    await expect(meeting.getByTestId('row-status')).toHaveText('已存在：跳过');
    await expect(meeting.getByRole('checkbox')).not.toBeChecked();
    expect(await stored(sandbox, calId)).toEqual([['公司年会', '2026-03-17', '2026-03-19']]);

    await dialog.getByRole('button', { name: '导入 1 个事件' }).click();
    const summary = dialog.getByTestId('import-summary');
    await expect(summary).toContainText('已保存 1，跳过 1，失败 0。', { timeout: 30_000 });
    expect(await stored(sandbox, calId)).toEqual([['公司年会', '2026-03-17', '2026-03-19'], ['团建日', '2026-04-10', '2026-04-11']]);

    // Undo deletes what this import saved, never the other scheduler's event.
    await dialog.getByRole('button', { name: '撤销导入' }).click();
    await expect(summary).toContainText('导入已撤销', { timeout: 30_000 });
    expect(await stored(sandbox, calId)).toEqual([['公司年会', '2026-03-17', '2026-03-19']]);
  });

  test('rows ticked with 仅休息日 or by hand, saved elsewhere under another name, are unticked and not stored twice; nothing can change while the calendar is read again', async ({ page, sandbox }) => {
    await page.goto('/');
    const calId = await createCalendarInChinese(page, '导入前另名保存');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导入事件' });
    const paste = dialog.getByRole('textbox', { name: '粘贴行' });
    await paste.fill('名称,开始日期,结束日期,休息日\n公司年会,2026-03-17,2026-03-18,是\n团建日,2026-04-10,,是\n培训日,2026-05-06,,是\n');
    await expect(dialog.getByTestId('preview-counts')).toHaveText('共 3 行：新增 3，有重叠 0，已存在 0，无效 0。');
    const box = (name: string) => dialog.getByRole('checkbox', { name, exact: true });
    await dialog.getByRole('button', { name: '仅休息日', exact: true }).click();
    await box('团建日').uncheck();
    await box('团建日').check();

    await savedElsewhere(page, sandbox, calId, '年会放假');
    await savedElsewhere(page, sandbox, calId, '团建', '2026-04-10', '2026-04-11');
    // The read again is slow: meanwhile the rows, their ticks and the source cannot change.
    await sandbox.fault({ path: '/calendar/event/list', times: 1, fault: { type: 'delay', ms: 5000 } });
    const importButton = dialog.getByRole('button', { name: '导入 3 个事件' });
    await importButton.click();
    await expect(importButton).toHaveAttribute('data-loading', 'true');
    const inert = (what: typeof paste) => what.evaluate((el) => el.closest('[inert]') !== null);
    for (const what of [paste, box('培训日'), dialog.getByRole('button', { name: '仅休息日', exact: true })]) expect(await inert(what)).toBe(true);
    expect(await inert(dialog.getByRole('tab', { name: '复制' }))).toBe(true);

    await expect(dialog.getByTestId('preview-changed')).toHaveText('预览显示后日历已有变化：已勾选的行中有 2 行状态已变（现已存在的行已取消勾选），未导入任何事件。请检查预览后再次点击导入。', { timeout: 30_000 });
    expect(await inert(paste)).toBe(false);
    await expect(dialog.getByTestId('preview-counts')).toHaveText('共 3 行：新增 1，有重叠 0，已存在 2，无效 0。');
    await expect(box('公司年会')).not.toBeChecked();
    await expect(box('团建日')).not.toBeChecked();
    await expect(box('培训日')).toBeChecked();

    await dialog.getByRole('button', { name: '导入 1 个事件' }).click();
    await expect(dialog.getByTestId('import-summary')).toContainText('已保存 1，跳过 2，失败 0。', { timeout: 30_000 });
    expect(await stored(sandbox, calId)).toEqual([['团建', '2026-04-10', '2026-04-11'], ['培训日', '2026-05-06', '2026-05-07'], ['年会放假', '2026-03-17', '2026-03-19']].sort());
  });
});

test('the calendar changed since the preview, in English; a read that fails sends nothing', async ({ page, sandbox }) => {
  await page.goto('/?lang=en');
  const shownFirst = new URL(page.url()).searchParams.get('cal_id');
  await page.getByRole('button', { name: 'New calendar', exact: true }).click();
  const create = page.getByRole('dialog', { name: 'New calendar' });
  await create.getByRole('textbox', { name: 'Name' }).fill('Changed under the preview');
  await create.getByRole('button', { name: 'Create calendar' }).click();
  await expect(create).toBeHidden({ timeout: 20_000 });
  await expect.poll(() => new URL(page.url()).searchParams.get('cal_id')).not.toBe(shownFirst);
  const calId = new URL(page.url()).searchParams.get('cal_id')!;
  expect(calId).toMatch(/^cal\./);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  await dialog.getByRole('textbox', { name: 'Paste rows' }).fill('Summary,Start date,End date,Day off\nOffsite,2026-03-17,2026-03-18,yes\n');
  await expect(dialog.getByTestId('preview-counts')).toHaveText('1 row: 1 new, 0 overlapping, 0 already there, 0 invalid.');

  // The list read again when Import is pressed fails (each retry too): nothing is sent.
  await sandbox.fault({ path: '/calendar/event/list', times: 3, fault: { type: 'error', code: 'InternalError', status: 500 } });
  await dialog.getByRole('button', { name: 'Import 1 event' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText(
    'Nothing was imported: the calendar could not be read again to look for events saved since the preview. Press Import again.',
    { timeout: 30_000 },
  );
  await expect(dialog.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toBeFocused();
  expect(await stored(sandbox, calId)).toEqual([]);

  // From the keyboard: Import is disabled then (its one row is unticked), and the focus goes to the message, not the page.
  await savedElsewhere(page, sandbox, calId, 'Offsite');
  await dialog.getByRole('button', { name: 'Import 1 event' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('preview-changed')).toHaveText(
    'The calendar changed since this preview was shown: 1 ticked row has another status now (rows now already there are unticked), and nothing was imported. Check the preview and press Import again.',
  );
  await expect(dialog.getByTestId('preview-changed')).toBeFocused();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Nothing was imported:' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /^Import \d+ event/ })).toBeDisabled();
  expect(await stored(sandbox, calId)).toEqual([['Offsite', '2026-03-17', '2026-03-19']]);
});
