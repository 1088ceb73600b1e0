// A toast's Undo whose answer is lost says what really happened (issue 21, attacker round 4, M2 and L3).
// The Undo of a change, answered 504 after it was stored, is settled by reading the event: it holds the
// old fields, so it was undone (said so; the form shows them). Stored late, Undo again recognises its
// own write. The Undo of a delete (a create) stored after its lost answer "may still appear", and Undo
// again finds it: no copy.
import type { Page } from '@playwright/test';
import { CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

const OFFSITE = { id: 'cale.SampleTeamOffsite001', summary: 'Team offsite (sample)' };
const UPSERT = '/calendar/event/upsert';

const TEXT = {
  en: {
    summary: 'Summary', save: 'Save', delete: 'Delete', undo: 'Undo',
    savedToast: 'Event saved', undoneTitle: 'Change undone', deletedToast: 'Event deleted', restoredTitle: 'Event restored',
    notUndone: 'The change could not be undone. Try Undo again.',
    someoneElse: 'Someone else has changed',
    mayAppear: 'The answer to Undo was lost, and the calendar, checked twice, does not hold the event yet: it may still be restored and appear later. Undo again looks for it first: if it is there, no copy is added.',
    notRestored: 'The event could not be restored. Try Undo again.',
  },
  'zh-CN': {
    summary: '名称', save: '保存', delete: '删除', undo: '撤销',
    savedToast: '事件已保存', undoneTitle: '修改已撤销', deletedToast: '事件已删除', restoredTitle: '事件已恢复',
    notUndone: '修改未能撤销，请再次点击“撤销”。',
    someoneElse: '已被他人修改',
    mayAppear: '撤销的响应丢失，已两次查看日历，暂未找到此事件，但它可能已恢复、稍后才出现。再次点击“撤销”会先查找：若已在日历中，不会产生副本。',
    notRestored: '事件未能恢复，请再次点击“撤销”。',
  },
} as const;

type Lang = keyof typeof TEXT;

/** Opens the offsite (from its link), renames it and saves: the "saved" toast with Undo. */
async function saveRename(page: Page, sandbox: SandboxAccount, lang: Lang) {
  const T = TEXT[lang];
  await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&event_id=${OFFSITE.id}`);
  const summary = page.getByRole('textbox', { name: T.summary, exact: true });
  await expect(summary).toHaveValue(OFFSITE.summary, { timeout: 45_000 });
  await summary.fill('Offsite (A)');
  await page.getByRole('button', { name: T.save, exact: true }).click();
  const toast = page.getByRole('alert').filter({ hasText: T.savedToast });
  await expect(toast.getByRole('button', { name: T.undo, exact: true })).toBeVisible();
  await expect.poll(async () => (await stored(sandbox))?.summary).toBe('Offsite (A)');
  return { toast, summary };
}

const stored = async (sandbox: SandboxAccount) => (await sandbox.ownEvents(CHINA_CAL.id, 2026)).find((e) => e.event_id === OFFSITE.id);
const offsites = async (sandbox: SandboxAccount) => (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.summary === OFFSITE.summary);

test.beforeEach(() => test.slow());

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`Undo of a change answered 504 after it was stored says it is undone, and the form shows the old fields (${lang})`, async ({ page, sandbox }) => {
    const { toast, summary } = await saveRename(page, sandbox, lang);
    await sandbox.fault({ path: UPSERT, fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 } });
    await toast.getByRole('button', { name: T.undo, exact: true }).click();

    await expect(page.getByRole('alert').filter({ hasText: T.undoneTitle })).toBeVisible();
    await expect(toast.getByRole('button', { name: T.undo, exact: true })).toHaveCount(0);
    await expect(toast).not.toContainText(T.notUndone);
    await expect(summary).toHaveValue(OFFSITE.summary);
    expect((await stored(sandbox))?.summary).toBe(OFFSITE.summary);
  });

  test(`Undo of a delete stored after its lost answer says it may still appear, and Undo again restores it once (${lang})`, async ({ page, sandbox }) => {
    await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&event_id=${OFFSITE.id}`);
    await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toHaveValue(OFFSITE.summary, { timeout: 45_000 });
    await page.getByRole('region', { name: /^(Edit event|编辑事件)$/ }).getByRole('button', { name: T.delete, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: T.delete, exact: true }).click();
    const toast = page.getByRole('alert').filter({ hasText: T.deletedToast });
    await expect(toast.getByRole('button', { name: T.undo, exact: true })).toBeVisible();
    expect(await offsites(sandbox)).toEqual([]);

    // The re-create is answered 504 at once and stored 7 s later, after the form's two look-ups (0 s and 5 s).
    await sandbox.fault({ path: UPSERT, fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504, commitAfterMs: 7_000 } });
    await toast.getByRole('button', { name: T.undo, exact: true }).click();
    await expect(toast).toContainText(T.mayAppear, { timeout: 15_000 });
    await expect(toast).not.toContainText(T.notRestored);

    await expect.poll(async () => (await offsites(sandbox)).length, { timeout: 15_000 }).toBe(1);
    await toast.getByRole('button', { name: T.undo, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: T.restoredTitle })).toBeVisible();
    expect(await offsites(sandbox)).toHaveLength(1);
  });
}

test('Undo again after a lost Undo stored late recognises its own write: undone, not “someone else”', async ({ page, sandbox }) => {
  const T = TEXT.en;
  const { toast, summary } = await saveRename(page, sandbox, 'en');
  // Answered 504 at once, stored 3 s later: the read after the lost answer still finds the saved fields.
  await sandbox.fault({ path: UPSERT, fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504, commitAfterMs: 3_000 } });
  await toast.getByRole('button', { name: T.undo, exact: true }).click();
  await expect(toast).toContainText(T.notUndone);
  await expect.poll(async () => (await stored(sandbox))?.summary, { timeout: 10_000 }).toBe(OFFSITE.summary);

  await toast.getByRole('button', { name: T.undo, exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: T.undoneTitle })).toBeVisible();
  await expect(toast).not.toContainText(T.someoneElse);
  await expect(summary).toHaveValue(OFFSITE.summary);
  expect((await stored(sandbox))?.summary).toBe(OFFSITE.summary);
});
