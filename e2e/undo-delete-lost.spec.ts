// The "deleted" toast's Undo (a create) answered 504 and stored after the form's two look-ups (issue 21,
// attacker round 4, L3): it says the event may still appear (not "could not be restored"), and Undo again
// finds it: restored once, no copy. The lost Undo of a change: undo-changed.spec.ts.
import { ACCOUNT_HEADER, CHINA_CAL, US_CAL, expect, test, type SandboxAccount } from './fixtures';

const OFFSITE = { id: 'cale.SampleTeamOffsite001', summary: 'Team offsite (sample)' };

const TEXT = {
  en: {
    summary: 'Summary', delete: 'Delete', undo: 'Undo', deletedToast: 'Event deleted', restoredTitle: 'Event restored',
    mayAppear: 'The answer to Undo was lost, and the calendar, checked twice, does not hold the event yet: it may still be restored and appear later. Undo again looks for it first: if it is there, no copy is added.',
    notRestored: 'The event could not be restored. Try Undo again.',
    calendarGone: 'The event cannot be restored: its calendar no longer exists.',
    already: (id: string) => `“Team offsite (sample)” is in the calendar again already (event ID ${id}), saved meanwhile: nothing was added.`,
  },
  'zh-CN': {
    summary: '名称', delete: '删除', undo: '撤销', deletedToast: '事件已删除', restoredTitle: '事件已恢复',
    mayAppear: '撤销的响应丢失，已两次查看日历，暂未找到此事件，但它可能已恢复、稍后才出现。再次点击“撤销”会先查找：若已在日历中，不会产生副本。',
    notRestored: '事件未能恢复，请再次点击“撤销”。',
    calendarGone: '事件无法恢复：所在日历已不存在。',
    already: (id: string) => `“Team offsite (sample)”已在此期间重新保存到日历中（事件 ID 为 ${id}），未重复添加。`,
  },
} as const;

const offsites = async (sandbox: SandboxAccount) => (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.summary === OFFSITE.summary);

test.beforeEach(() => test.slow());

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`Undo of a delete stored after its lost answer says it may still appear, and Undo again restores it once (${lang})`, async ({ page, sandbox }) => {
    await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&event_id=${OFFSITE.id}`);
    await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toHaveValue(OFFSITE.summary, { timeout: 45_000 });
    await page.getByRole('region', { name: /^(Edit event|编辑事件)$/ }).getByRole('button', { name: T.delete, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: T.delete, exact: true }).click();
    const toast = page.getByRole('alert').filter({ hasText: T.deletedToast });
    await expect(toast.getByRole('button', { name: T.undo, exact: true })).toBeVisible();
    expect(await offsites(sandbox)).toEqual([]);

    // The re-create is answered 504 at once and stored 7 s later, after the form's two look-ups (0 s and 5 s).
    await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504, commitAfterMs: 7_000 } });
    await toast.getByRole('button', { name: T.undo, exact: true }).click();
    await expect(toast).toContainText(T.mayAppear, { timeout: 15_000 });
    await expect(toast).not.toContainText(T.notRestored);

    await expect.poll(async () => (await offsites(sandbox)).length, { timeout: 15_000 }).toBe(1);
    await toast.getByRole('button', { name: T.undo, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: T.restoredTitle })).toBeVisible();
    expect(await offsites(sandbox)).toHaveLength(1);
  });

  test(`Undo of a delete when the event was saved again meanwhile (another tab, another scheduler) adds no copy and opens that one (${lang}) (attacker round 10, H6)`, async ({ page, sandbox }) => {
    await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&event_id=${OFFSITE.id}`);
    await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toHaveValue(OFFSITE.summary, { timeout: 45_000 });
    const [deleted] = await offsites(sandbox);
    await page.getByRole('region', { name: /^(Edit event|编辑事件)$/ }).getByRole('button', { name: T.delete, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: T.delete, exact: true }).click();
    const toast = page.getByRole('alert').filter({ hasText: T.deletedToast });
    await expect(toast.getByRole('button', { name: T.undo, exact: true })).toBeVisible();
    // Someone else saves the same event again.
    const { cal_id, summary, description, is_off, start_at, end_at } = deleted;
    const again = await page.request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id, summary, description, is_off, start_at, end_at } });
    expect(again.ok()).toBe(true);
    const [theirs] = await offsites(sandbox);

    await toast.getByRole('button', { name: T.undo, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: T.restoredTitle })).toContainText(T.already(theirs.event_id));
    expect((await offsites(sandbox)).map((e) => e.event_id)).toEqual([theirs.event_id]);
    await expect(page).toHaveURL(new RegExp(`event_id=${theirs.event_id}`));
  });

  test(`Undo of a delete whose calendar was deleted meanwhile says it cannot be restored, not "try again" (${lang})`, async ({ page, sandbox }) => {
    void sandbox;
    await page.goto(`/?lang=${lang}&cal_id=${US_CAL.id}&month=2026-12`);
    // An event of the US calendar (it has none of its own), made through the page's API, as another tab would.
    const made = await page.evaluate(async (cal_id) => {
      const r = await fetch('api/calendar/event/upsert', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ cal_id, summary: 'Holiday party', description: '', is_off: true, start_at: '2026-12-18', end_at: '2026-12-19' }) });
      return ((await r.json()) as { data: { event_id: string } }).data.event_id;
    }, US_CAL.id);
    await page.goto(`/?lang=${lang}&cal_id=${US_CAL.id}&event_id=${made}`);
    await expect(page.getByRole('textbox', { name: T.summary, exact: true })).toHaveValue('Holiday party', { timeout: 45_000 });
    await page.getByRole('region', { name: /^(Edit event|编辑事件)$/ }).getByRole('button', { name: T.delete, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: T.delete, exact: true }).click();
    const toast = page.getByRole('alert').filter({ hasText: T.deletedToast });
    await expect(toast.getByRole('button', { name: T.undo, exact: true })).toBeVisible();

    // Someone deletes the calendar meanwhile.
    expect(await page.evaluate(async (cal_id) => (await fetch('api/calendar/delete', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ cal_id }) })).status, US_CAL.id)).toBe(200);
    await toast.getByRole('button', { name: T.undo, exact: true }).click();
    await expect(toast).toContainText(T.calendarGone);
    await expect(toast).not.toContainText(T.notRestored);
  });
}
