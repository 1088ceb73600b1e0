// The "saved" toast's Undo never writes over someone else's change (issue 21, attacker round 3, M4):
// A saves an edit; within the toast's 15 s someone else (here the API) moves or deletes the event;
// A's Undo reads the event first, writes nothing, says why, and offers to open the event as it is now.
// An Undo answered 504 after it was stored is settled by the same read (attacker round 4, M2): the old
// fields, so it is undone (said so; the form shows them); stored late, Undo again recognises its own write.
import type { Page } from '@playwright/test';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

const OFFSITE = { id: 'cale.SampleTeamOffsite001', summary: 'Team offsite (sample)' };

const TEXT = {
  en: {
    summary: 'Summary', end: 'End date', save: 'Save', savedToast: 'Event saved', undo: 'Undo', open: 'Open event',
    changed: 'Someone else has changed “Offsite (A)” since your save, so Undo changed nothing. Open the event to see their version.',
    gone: 'The event has since been deleted: there is no change to undo.',
    undoneTitle: 'Change undone', notUndone: 'The change could not be undone. Try Undo again.', someoneElse: 'Someone else has changed',
  },
  'zh-CN': {
    summary: '名称', end: '结束日期', save: '保存', savedToast: '事件已保存', undo: '撤销', open: '打开事件',
    changed: '保存后“Offsite (A)”已被他人修改，撤销未做任何更改。打开事件可查看对方的版本。',
    gone: '该事件已删除，无法撤销修改。',
    undoneTitle: '修改已撤销', notUndone: '修改未能撤销，请再次点击“撤销”。', someoneElse: '已被他人修改',
  },
} as const;

/** A opens the offsite, renames it and saves: the "saved" toast with Undo. */
async function saveRename(page: Page, lang: keyof typeof TEXT) {
  const T = TEXT[lang];
  await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&event_id=${OFFSITE.id}`);
  const summary = page.getByRole('textbox', { name: T.summary, exact: true });
  await expect(summary).toHaveValue(OFFSITE.summary, { timeout: 45_000 });
  await summary.fill('Offsite (A)');
  await page.getByRole('button', { name: T.save, exact: true }).click();
  const toast = page.getByRole('alert').filter({ hasText: T.savedToast });
  await expect(toast.getByRole('button', { name: T.undo, exact: true })).toBeVisible();
  return toast;
}

const lostUndo = (commitAfterMs?: number) => ({ path: '/calendar/event/upsert', fault: { type: 'commit-then-error' as const, code: 'ServiceUnavailable', status: 504, commitAfterMs } });

async function api(page: Page, sandbox: SandboxAccount, path: string, data: object) {
  const res = await page.request.post(`/api${path}`, { headers: { [ACCOUNT_HEADER]: sandbox.id }, data });
  expect(res.ok()).toBe(true);
}

const stored = async (sandbox: SandboxAccount) => (await sandbox.ownEvents(CHINA_CAL.id, 2026)).find((e) => e.event_id === OFFSITE.id);

test.beforeEach(() => test.slow());

for (const lang of ['en', 'zh-CN'] as const) {
  test(`Undo of a save writes nothing over a change someone made since, says so, and opens their version (${lang})`, async ({ page, sandbox }) => {
    const T = TEXT[lang];
    const toast = await saveRename(page, lang);
    // B moves the event a day and renames it, within the 15 s (possibly within the same second).
    const moved = { cal_id: CHINA_CAL.id, event_id: OFFSITE.id, summary: 'Offsite (B, moved)', description: 'B moved it a day', is_off: true, start_at: '2026-12-04', end_at: '2026-12-06' };
    await api(page, sandbox, '/calendar/event/upsert', moved);

    await toast.getByRole('button', { name: T.undo, exact: true }).click();
    await expect(toast).toContainText(T.changed);
    await expect(toast.getByRole('button', { name: T.undo, exact: true })).toHaveCount(0);
    // B's change stands.
    expect(await stored(sandbox)).toMatchObject({ summary: moved.summary, description: moved.description, start_at: '2026-12-04', end_at: '2026-12-06' });

    await toast.getByRole('button', { name: T.open, exact: true }).click();
    await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toHaveValue(moved.summary);
    await expect(page.getByRole('textbox', { name: T.end, exact: true })).toHaveValue('2026-12-05');
    expect(await stored(sandbox)).toMatchObject({ summary: moved.summary });
  });
}

test('Undo of a save after someone deleted the event says so and creates nothing', async ({ page, sandbox }) => {
  const toast = await saveRename(page, 'en');
  await api(page, sandbox, '/calendar/event/delete', { cal_id: CHINA_CAL.id, event_id: OFFSITE.id });
  await toast.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(toast).toContainText(TEXT.en.gone);
  await expect(toast.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  expect(await sandbox.ownEvents(CHINA_CAL.id, 2026)).toEqual([]);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`Undo of a change answered 504 after it was stored says it is undone, and the form shows the old fields (${lang})`, async ({ page, sandbox }) => {
    const T = TEXT[lang];
    const toast = await saveRename(page, lang);
    await expect.poll(async () => (await stored(sandbox))?.summary).toBe('Offsite (A)');
    await sandbox.fault(lostUndo());
    await toast.getByRole('button', { name: T.undo, exact: true }).click();

    await expect(page.getByRole('alert').filter({ hasText: T.undoneTitle })).toBeVisible();
    await expect(toast.getByRole('button', { name: T.undo, exact: true })).toHaveCount(0);
    await expect(toast).not.toContainText(T.notUndone);
    await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toHaveValue(OFFSITE.summary);
    expect((await stored(sandbox))?.summary).toBe(OFFSITE.summary);
  });
}

test('Undo again after a lost Undo stored late recognises its own write: undone, not “someone else”', async ({ page, sandbox }) => {
  const T = TEXT.en;
  const toast = await saveRename(page, 'en');
  await expect.poll(async () => (await stored(sandbox))?.summary).toBe('Offsite (A)');
  // Answered 504 at once, stored 3 s later: the read after the lost answer still finds the saved fields.
  await sandbox.fault(lostUndo(3_000));
  await toast.getByRole('button', { name: T.undo, exact: true }).click();
  await expect(toast).toContainText(T.notUndone);
  await expect.poll(async () => (await stored(sandbox))?.summary, { timeout: 10_000 }).toBe(OFFSITE.summary);

  await toast.getByRole('button', { name: T.undo, exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: T.undoneTitle })).toBeVisible();
  await expect(toast).not.toContainText(T.someoneElse);
  await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toHaveValue(OFFSITE.summary);
  expect((await stored(sandbox))?.summary).toBe(OFFSITE.summary);
});
