// Undo (of a delete, or of a saved change) when, since, another scheduler saved an event of the other
// kind on SOME of the old event's days (attacker round 12, H2): the restored event, saved last, would
// decide those days and silently flip them back. Undo writes nothing yet: the toast names that event
// and the days that would flip, and offers to open it or to restore anyway. English, from the bare
// address. Exactly the same days: undo-delete-same-days.spec.ts.
import type { APIRequestContext, Page } from '@playwright/test';
import { ACCOUNT_HEADER, CHINA_CAL, expect, test, type SandboxAccount } from './fixtures';

const FIRST = '2026-11-24';
const FREEZE = { cal_id: CHINA_CAL.id, summary: 'Ops freeze', description: '', start_at: FIRST, end_at: '2026-11-27', is_off: true };
// Another scheduler's make-up working day on the freeze's last day only.
const RELEASE = { cal_id: CHINA_CAL.id, summary: 'Release day: on duty', description: '', start_at: '2026-11-26', end_at: '2026-11-27', is_off: false };
const flips = (id: string) =>
  `Not restored yet: “Release day: on duty” (event ID ${id}), saved since, makes Thu, 26 Nov 2026 (1 day) a working day. Restore anyway turns it back into a day off: the event saved last decides.`;

const save = async (request: APIRequestContext, sandbox: SandboxAccount, data: object) => {
  const res = await request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data });
  expect(res.ok()).toBe(true);
};

/** The calendar's own events from 24 November on, as "summary first..end kind". */
const stored = async (sandbox: SandboxAccount) =>
  (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.start_at >= FIRST && e.start_at < '2026-12-01').map((e) => `${e.summary} ${e.start_at}..${e.end_at} ${e.is_off ? 'off' : 'work'}`).sort();

/** The bare address, the freeze's first day: its form. */
async function openFreeze(page: Page, request: APIRequestContext, sandbox: SandboxAccount) {
  await save(request, sandbox, FREEZE);
  await page.goto('/');
  const cell = page.locator(`[data-date="${FIRST}"]`);
  await expect(cell).toContainText('Ops freeze', { timeout: 45_000 });
  await cell.click();
  return page.getByRole('region', { name: 'Edit event' });
}

const releaseId = async (sandbox: SandboxAccount) => (await sandbox.ownEvents(CHINA_CAL.id, 2026)).find((e) => e.summary === RELEASE.summary)!.event_id;

test.use({ locale: 'en-US' });
test.beforeEach(() => test.slow());

test('Undo of a delete, a working day saved since on one of its days: nothing written, the toast names it and the day; Restore anyway restores', async ({ page, request, sandbox }) => {
  const form = await openFreeze(page, request, sandbox);
  await form.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  const toast = page.getByRole('alert').filter({ hasText: 'Event deleted' });
  await expect(toast.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
  await save(request, sandbox, RELEASE);

  await toast.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(toast).toContainText(flips(await releaseId(sandbox)));
  await expect(toast.getByRole('button', { name: 'Open “Release day: on duty”', exact: true })).toBeVisible();
  expect(await stored(sandbox)).toEqual(['Release day: on duty 2026-11-26..2026-11-27 work']);

  await toast.getByRole('button', { name: 'Restore anyway', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Event restored' })).toContainText('“Ops freeze” is back');
  expect(await stored(sandbox)).toEqual(['Ops freeze 2026-11-24..2026-11-27 off', 'Release day: on duty 2026-11-26..2026-11-27 work']);
});

test('Undo of a saved change, a working day saved since on one of its old days: nothing written, the toast names it and the day; Open shows it', async ({ page, request, sandbox }) => {
  const form = await openFreeze(page, request, sandbox);
  await form.getByRole('textbox', { name: 'End date', exact: true }).fill('2026-11-25');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  const toast = page.getByRole('alert').filter({ hasText: 'Event saved' }).first(); // the toast, not its question (also an alert)
  await expect(toast.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
  await expect.poll(() => stored(sandbox)).toEqual(['Ops freeze 2026-11-24..2026-11-26 off']);
  await save(request, sandbox, RELEASE);
  const id = await releaseId(sandbox);

  await toast.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(toast).toContainText(flips(id));
  expect(await stored(sandbox)).toEqual(['Ops freeze 2026-11-24..2026-11-26 off', 'Release day: on duty 2026-11-26..2026-11-27 work']);

  await toast.getByRole('button', { name: 'Open “Release day: on duty”', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`event_id=${id}`));
  await expect(page.getByRole('textbox', { name: 'Summary', exact: true })).toHaveValue(RELEASE.summary);
});
