// An event's delete whose answer goes wrong (issue 21): lost after the commit, lost before it, or
// ResourceNotFound because it was gone already. The workspace's Delete and the portal form's share
// the dialog; both are met here, in both languages, from the bare address.
import type { APIRequestContext, Page } from '@playwright/test';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

const T = {
  en: {
    delete: 'Delete',
    deleted: 'Event deleted',
    undo: 'Undo',
    notDeleted: 'The event was not deleted',
    stillThere: 'The calendar still holds the event: press Delete to try again.',
    alreadyTitle: 'Event already deleted',
    already: '“Doomed” had already been deleted, in another window or by someone else.',
    newEvent: 'New event',
    saveAgain: /save again/i,
  },
  'zh-CN': {
    delete: '删除',
    deleted: '事件已删除',
    undo: '撤销',
    notDeleted: '事件未删除',
    stillThere: '日历中仍有此事件，可再次点击“删除”。',
    alreadyTitle: '事件此前已删除',
    already: '“Doomed”此前已被删除（在其他窗口或由他人删除），日历已刷新。',
    newEvent: '新建事件',
    saveAgain: /重新保存/,
  },
} as const;

const DAY = '2026-11-26';

/** "Doomed" on 26 November 2026 in the China sample calendar of this test's account. */
async function createDoomed(request: APIRequestContext, sandbox: SandboxAccount): Promise<string> {
  const res = await request.post('/api/calendar/event/upsert', {
    headers: { [ACCOUNT_HEADER]: sandbox.id },
    data: { cal_id: CHINA_CAL.id, summary: 'Doomed', start_at: DAY, end_at: '2026-11-27', is_off: true },
  });
  return ((await res.json()) as { data: { event_id: string } }).data.event_id;
}

const doomedStored = async (sandbox: SandboxAccount) => (await sandbox.ownEvents(CHINA_CAL.id, 2026)).some((e) => e.summary === 'Doomed');

const deleteFromBody = (request: APIRequestContext, sandbox: SandboxAccount, eventId: string) =>
  request.post('/api/calendar/event/delete', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: CHINA_CAL.id, event_id: eventId } });

for (const lang of ['en', 'zh-CN'] as const) {
  const t = T[lang];
  const cell = (page: Page) => page.locator(`[data-date="${DAY}"]`);
  const toast = (page: Page, title: string) => page.getByRole('alert').filter({ hasText: title });

  /** The bare address, the event's day, the form's Delete: the question, asked. */
  async function askToDelete(page: Page) {
    await page.goto(`/?lang=${lang}`);
    await expect(cell(page)).toContainText('Doomed');
    await cell(page).click();
    await page.getByRole('region', { name: /^(Edit event|编辑事件)$/ }).getByRole('button', { name: t.delete, exact: true }).click();
    const question = page.getByRole('dialog');
    await expect(question).toBeVisible();
    return question;
  }

  test.describe(`the workspace's delete (${lang})`, () => {
    test('its answer lost after the commit: deleted, said with Undo, and Undo brings it back', async ({ page, request, sandbox }) => {
      await createDoomed(request, sandbox);
      const question = await askToDelete(page);
      await sandbox.fault({ path: '/calendar/event/delete', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 } });
      await question.getByRole('button', { name: t.delete, exact: true }).click();
      await expect(question).toBeHidden();
      await expect(toast(page, t.deleted)).toBeVisible();
      await expect(cell(page)).not.toContainText('Doomed');
      expect(await doomedStored(sandbox)).toBe(false);
      await toast(page, t.deleted).getByRole('button', { name: t.undo, exact: true }).click();
      await expect(cell(page)).toContainText('Doomed', { timeout: 20_000 });
    });

    test('its answer lost before the commit: not deleted, said so with the delete’s verb, and Delete again deletes', async ({ page, request, sandbox }) => {
      await createDoomed(request, sandbox);
      const question = await askToDelete(page);
      await sandbox.fault({ path: '/calendar/event/delete', fault: { type: 'error', code: 'ServiceUnavailable', status: 504 } });
      await question.getByRole('button', { name: t.delete, exact: true }).click();
      const alert = question.getByRole('alert');
      await expect(alert).toContainText(t.notDeleted);
      await expect(alert).toContainText(t.stillThere);
      await expect(alert).not.toContainText(t.saveAgain);
      await expect(alert.getByTestId('request-id')).not.toBeEmpty();
      await question.getByRole('button', { name: t.delete, exact: true }).click();
      await expect(question).toBeHidden();
      await expect(toast(page, t.deleted)).toBeVisible();
      await expect(cell(page)).not.toContainText('Doomed');
    });

    test('gone already (ResourceNotFound): closed, the month refreshed, said so', async ({ page, request, sandbox }) => {
      const eventId = await createDoomed(request, sandbox);
      const question = await askToDelete(page);
      // Deleted elsewhere while the question is open (or by a delete whose answer was lost).
      expect((await deleteFromBody(request, sandbox, eventId)).ok()).toBe(true);
      await question.getByRole('button', { name: t.delete, exact: true }).click();
      await expect(question).toBeHidden();
      await expect(toast(page, t.alreadyTitle)).toContainText(t.already);
      await expect(toast(page, t.alreadyTitle).getByRole('button', { name: t.undo })).toHaveCount(0);
      await expect(cell(page)).not.toContainText('Doomed');
    });
  });

  test(`the portal form's delete, its answer lost after the commit: deleted, and the form starts a new event (${lang})`, async ({ page, request, sandbox }) => {
    const eventId = await createDoomed(request, sandbox);
    await page.goto(`/?embed=1&lang=${lang}&cal_id=${CHINA_CAL.id}&event_id=${eventId}`);
    await page.getByRole('button', { name: t.delete, exact: true }).click();
    const question = page.getByRole('dialog');
    await sandbox.fault({ path: '/calendar/event/delete', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 } });
    await question.getByRole('button', { name: t.delete, exact: true }).click();
    await expect(question).toBeHidden();
    await expect(toast(page, t.deleted)).toBeVisible();
    await expect(page.getByRole('heading', { name: t.newEvent })).toBeVisible();
    expect(await doomedStored(sandbox)).toBe(false);
  });
}
