// Undo (of a delete, or of a saved change) when an event of the other kind on some of the old event's
// days was saved AFTER the old event, before the toast appeared (attacker round 13, H1 and M1): that
// event decided those days, and the restore, saved last, would flip them. Undo writes nothing yet: the
// toast names that event and the days, with Open and Restore anyway. From the bare address, in an
// English and a Chinese browser. Saved since the toast: undo-overlap.spec.ts.
import type { APIRequestContext, Page } from '@playwright/test';
import type { CalEventItem } from '../src/core/apiContract';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

const FIRST = '2026-11-24';
const FREEZE = { cal_id: CHINA_CAL.id, summary: 'Ops freeze', description: '', start_at: FIRST, end_at: '2026-11-27', is_off: true };
// Another scheduler's make-up working day on the freeze's last day, saved after the freeze.
const RELEASE = { cal_id: CHINA_CAL.id, summary: 'Release day: on duty', description: '', start_at: '2026-11-26', end_at: '2026-11-27', is_off: false };

const T = {
  'en-US': {
    edit: 'Edit event', delete: 'Delete', deletedToast: 'Event deleted', savedToast: 'Event saved', undo: 'Undo', description: 'Description', save: 'Save',
    restoreAnyway: 'Restore anyway', open: 'Open “Release day: on duty”', restoredTitle: 'Event restored', undoneTitle: 'Change undone',
    afterDeleted: (id: string) =>
      `Not restored yet: “Release day: on duty” (event ID ${id}), saved after the deleted event, makes Thu, 26 Nov 2026 (1 day) a working day. Restore anyway makes it a day off: the event saved last decides.`,
    beforeSave: (id: string) =>
      `Not restored yet: before your save, “Release day: on duty” (event ID ${id}), saved after the version to restore, made Thu, 26 Nov 2026 (1 day) a working day. Restore anyway makes it a day off, not as it was before your save: the event saved last decides.`,
  },
  'zh-CN': {
    edit: '编辑事件', delete: '删除', deletedToast: '事件已删除', savedToast: '事件已保存', undo: '撤销', description: '描述', save: '保存',
    restoreAnyway: '仍然恢复', open: '打开“Release day: on duty”', restoredTitle: '事件已恢复', undoneTitle: '修改已撤销',
    afterDeleted: (id: string) =>
      `尚未恢复：晚于已删除事件保存的“Release day: on duty”（事件 ID 为 ${id}）已将2026年11月26日周四（共 1 天）设为工作日。仍然恢复会将这些日期设为休息日（以最后保存的事件为准）。`,
    beforeSave: (id: string) =>
      `尚未恢复：在您保存之前，晚于要恢复的版本保存的“Release day: on duty”（事件 ID 为 ${id}）已将2026年11月26日周四（共 1 天）设为工作日。仍然恢复会将这些日期设为休息日，与您保存之前不同（以最后保存的事件为准）。`,
  },
} as const;

const upsert = async (request: APIRequestContext, sandbox: SandboxAccount, data: object) => {
  const res = await request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: { event_id: string } }).data.event_id;
};

const find = async (sandbox: SandboxAccount, summary: string) => (await sandbox.ownEvents(CHINA_CAL.id, 2026)).find((e) => e.summary === summary);

/**
 * The freeze, then the working day saved after it: saved again until its time is a later second than
 * the freeze's (the API's times are whole seconds). Its event ID.
 */
async function saveFreezeThenRelease(request: APIRequestContext, sandbox: SandboxAccount) {
  await upsert(request, sandbox, FREEZE);
  const freeze = (await find(sandbox, FREEZE.summary)) as CalEventItem;
  let id: string | undefined;
  await expect
    .poll(async () => {
      id = await upsert(request, sandbox, { ...RELEASE, ...(id && { event_id: id }) });
      return (await find(sandbox, RELEASE.summary))!.updated_at > freeze.updated_at;
    }, { intervals: [250], timeout: 10_000 })
    .toBe(true);
  return id!;
}

/** The calendar's own events on 24–26 November, as "summary kind description". */
const stored = async (sandbox: SandboxAccount) =>
  (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.start_at >= FIRST && e.start_at < '2026-12-01').map((e) => `${e.summary} ${e.is_off ? 'off' : 'work'} ${e.description}`.trim()).sort();

for (const locale of ['en-US', 'zh-CN'] as const) {
  const t = T[locale];

  test.describe(`Undo, an event of the other kind saved after the old event (${locale})`, () => {
    test.use({ locale });
    test.beforeEach(() => test.slow());

    /** The bare address, the freeze's first day: its form. */
    async function openFreeze(page: Page) {
      await page.goto('/');
      const cell = page.locator(`[data-date="${FIRST}"]`);
      await expect(cell).toContainText('Ops freeze', { timeout: 45_000 });
      await cell.click();
      return page.getByRole('region', { name: t.edit, exact: true });
    }

    test('Undo of a delete: nothing written, the toast names the working day and its day; Restore anyway restores', async ({ page, request, sandbox }) => {
      const id = await saveFreezeThenRelease(request, sandbox);
      const form = await openFreeze(page);
      await form.getByRole('button', { name: t.delete, exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: t.delete, exact: true }).click();
      const toast = page.getByRole('alert').filter({ hasText: t.deletedToast });
      await expect(toast.getByRole('button', { name: t.undo, exact: true })).toBeVisible();

      await toast.getByRole('button', { name: t.undo, exact: true }).click();
      await expect(toast).toContainText(t.afterDeleted(id));
      await expect(toast.getByRole('button', { name: t.open, exact: true })).toBeVisible();
      // The whole question shows: Mantine cut toasts at 200 px.
      await expect(toast.getByRole('button', { name: t.restoreAnyway, exact: true })).toBeInViewport({ ratio: 1 });
      expect(await stored(sandbox)).toEqual(['Release day: on duty work']);

      await toast.getByRole('button', { name: t.restoreAnyway, exact: true }).click();
      await expect(page.getByRole('alert').filter({ hasText: t.restoredTitle })).toBeVisible();
      expect(await stored(sandbox)).toEqual(['Ops freeze off', 'Release day: on duty work']);
    });

    test('Undo of a saved change: nothing written, the toast says the day was a working day before the save; Restore anyway undoes it', async ({ page, request, sandbox }) => {
      const id = await saveFreezeThenRelease(request, sandbox);
      const form = await openFreeze(page);
      await form.getByRole('textbox', { name: t.description, exact: true }).fill('Approved by CAB');
      await form.getByRole('button', { name: t.save, exact: true }).click();
      const toast = page.getByRole('alert').filter({ hasText: t.savedToast }).first(); // the toast, not its question (also an alert)
      await expect(toast.getByRole('button', { name: t.undo, exact: true })).toBeVisible();
      await expect.poll(() => stored(sandbox)).toEqual(['Ops freeze off Approved by CAB', 'Release day: on duty work']);

      await toast.getByRole('button', { name: t.undo, exact: true }).click();
      await expect(toast).toContainText(t.beforeSave(id));
      await expect(toast.getByRole('button', { name: t.open, exact: true })).toBeVisible();
      await expect(toast.getByRole('button', { name: t.restoreAnyway, exact: true })).toBeInViewport({ ratio: 1 });
      expect(await stored(sandbox)).toEqual(['Ops freeze off Approved by CAB', 'Release day: on duty work']);

      await toast.getByRole('button', { name: t.restoreAnyway, exact: true }).click();
      await expect(page.getByRole('alert').filter({ hasText: t.undoneTitle })).toBeVisible();
      expect(await stored(sandbox)).toEqual(['Ops freeze off', 'Release day: on duty work']);
    });
  });
}
