// Undo of a delete when, meanwhile, another scheduler saved another event on exactly its days
// (attacker round 11, M1): under another name (国庆 / 国庆节), or as working days. Undo writes nothing
// yet: the toast names that event and what restoring would do, and offers to open it or to restore
// anyway; the same event saved again with another description: said so. From the bare address, in an English and a Chinese browser. The identical event saved
// again (nothing added): undo-delete-lost.spec.ts.
import type { APIRequestContext, Page } from '@playwright/test';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

const FIRST = '2026-11-24';
const DELETED = { cal_id: CHINA_CAL.id, summary: 'Ops freeze', description: 'Approved by Li Na, ticket OPS-42', start_at: FIRST, end_at: '2026-11-27', is_off: true };

const T = {
  'en-US': {
    delete: 'Delete',
    deletedToast: 'Event deleted',
    undo: 'Undo',
    restoredTitle: 'Event restored',
    restoreAnyway: 'Restore anyway',
    open: (summary: string) => `Open “${summary}”`,
    otherName: 'Not restored yet: since the delete, “Ops freeze (holiday)” was saved on exactly these days: Tue, 24 Nov 2026 – Thu, 26 Nov 2026 (3 days), as days off. Restore anyway adds a second event on the same days.',
    otherKind: 'Not restored yet: since the delete, “Ops freeze” was saved on exactly these days: Tue, 24 Nov 2026 – Thu, 26 Nov 2026 (3 days), as working days. Restore anyway turns the same days back into days off: the event saved last decides.',
    otherDescription: (id: string) => `Not restored yet: since the delete, “Ops freeze” was saved again on these days (event ID ${id}), with another description. Restore anyway adds a second event on the same days.`,
    back: '“Ops freeze” is back, with a new event ID',
  },
  'zh-CN': {
    delete: '删除',
    deletedToast: '事件已删除',
    undo: '撤销',
    restoredTitle: '事件已恢复',
    restoreAnyway: '仍然恢复',
    open: (summary: string) => `打开“${summary}”`,
    otherName: '尚未恢复：删除之后，本日历在相同日期（2026年11月24日周二 至 2026年11月26日周四，共 3 天）已保存了“Ops freeze (holiday)”，为休息日。仍然恢复会在这些日期再添加一个事件。',
    otherKind: '尚未恢复：删除之后，本日历在相同日期（2026年11月24日周二 至 2026年11月26日周四，共 3 天）已保存了“Ops freeze”，为工作日。仍然恢复会将这些日期重新设为休息日（以最后保存的事件为准）。',
    otherDescription: (id: string) => `尚未恢复：删除之后，“Ops freeze”已在相同日期重新保存（事件 ID 为 ${id}），但描述不同。仍然恢复会在这些日期再添加一个事件。`,
    back: '“Ops freeze”已恢复，事件 ID 已更换为',
  },
} as const;

const save = async (request: APIRequestContext, sandbox: SandboxAccount, data: object) => {
  const res = await request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data });
  expect(res.ok()).toBe(true);
};

/** The events of the calendar on 24–26 November, as "summary kind". */
const onTheDays = async (sandbox: SandboxAccount) =>
  (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.start_at === FIRST).map((e) => `${e.summary} ${e.is_off ? 'off' : 'work'}`).sort();

for (const locale of ['en-US', 'zh-CN'] as const) {
  const t = T[locale];

  test.describe(`Undo of a delete, another event on its days now (${locale})`, () => {
    test.use({ locale });
    test.beforeEach(() => test.slow());

    /** The bare address, the event's first day, Delete, Delete: the toast with Undo. */
    async function deleteIt(page: Page, request: APIRequestContext, sandbox: SandboxAccount) {
      await save(request, sandbox, DELETED);
      await page.goto('/');
      const cell = page.locator(`[data-date="${FIRST}"]`);
      await expect(cell).toContainText('Ops freeze', { timeout: 45_000 });
      await cell.click();
      await page.getByRole('region', { name: /^(Edit event|编辑事件)$/ }).getByRole('button', { name: t.delete, exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: t.delete, exact: true }).click();
      const toast = page.getByRole('alert').filter({ hasText: t.deletedToast });
      await expect(toast.getByRole('button', { name: t.undo, exact: true })).toBeVisible();
      expect(await onTheDays(sandbox)).toEqual([]);
      return toast;
    }

    test('saved meanwhile under another name: nothing written, the toast names it; Restore anyway adds the deleted event back beside it', async ({ page, request, sandbox }) => {
      const toast = await deleteIt(page, request, sandbox);
      await save(request, sandbox, { ...DELETED, summary: 'Ops freeze (holiday)', description: '' });

      await toast.getByRole('button', { name: t.undo, exact: true }).click();
      await expect(toast).toContainText(t.otherName);
      await expect(toast.getByRole('button', { name: t.open('Ops freeze (holiday)'), exact: true })).toBeVisible();
      expect(await onTheDays(sandbox)).toEqual(['Ops freeze (holiday) off']);

      await toast.getByRole('button', { name: t.restoreAnyway, exact: true }).click();
      await expect(page.getByRole('alert').filter({ hasText: t.restoredTitle })).toContainText(t.back);
      expect(await onTheDays(sandbox)).toEqual(['Ops freeze (holiday) off', 'Ops freeze off']);
    });

    test('made working days meanwhile: nothing written, the toast says restoring turns them back into days off; Open shows their event', async ({ page, request, sandbox }) => {
      const toast = await deleteIt(page, request, sandbox);
      await save(request, sandbox, { ...DELETED, description: 'Release week: on duty', is_off: false });
      const [theirs] = (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.start_at === FIRST);

      await toast.getByRole('button', { name: t.undo, exact: true }).click();
      await expect(toast).toContainText(t.otherKind);
      expect(await onTheDays(sandbox)).toEqual(['Ops freeze work']);

      await toast.getByRole('button', { name: t.open('Ops freeze'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`event_id=${theirs.event_id}`));
      await expect(page.getByRole('textbox', { name: /^(Description|描述)$/ })).toHaveValue('Release week: on duty');
      expect(await onTheDays(sandbox)).toEqual(['Ops freeze work']);
    });

    test('saved again meanwhile with another description: nothing written, the toast says only the description differs', async ({ page, request, sandbox }) => {
      const toast = await deleteIt(page, request, sandbox);
      await save(request, sandbox, { ...DELETED, description: 'Approved by Wang Fang' });
      const [theirs] = (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.start_at === FIRST);

      // From the keyboard: the question takes the Undo button's place and the focus (attacker round 12: it dropped to the page).
      await toast.getByRole('button', { name: t.undo, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(toast.getByText(t.otherDescription(theirs.event_id))).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(toast.getByRole('button', { name: t.open('Ops freeze'), exact: true })).toBeFocused();
      await expect(toast.getByRole('button', { name: t.restoreAnyway, exact: true })).toBeVisible();
      expect(await onTheDays(sandbox)).toEqual(['Ops freeze off']);
    });
  });
}
