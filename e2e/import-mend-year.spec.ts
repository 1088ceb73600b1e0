// A preview row moved into another year by Change dates (attacker round 12, H1): the calendar's
// events of that year are read too, for the preview and for the fresh read at Import. Until that
// year is read, the dialog says so and Import waits; then the row is already there (unticked), and
// nothing is stored twice. From the bare address, in English, on the sample calendar of the test's
// own sandbox account.
import { ACCOUNT_HEADER, CHINA_CAL, expect, test } from './fixtures';

test.beforeEach(() => test.slow()); // the import dialog loaded on a loaded machine

test('a row mended into another year is checked against that year’s events: already there, not stored twice', async ({ page, sandbox }) => {
  // Another scheduler (or an earlier import) already saved it for next year.
  const res = await page.request.post('/api/calendar/event/upsert', {
    headers: { [ACCOUNT_HEADER]: sandbox.id },
    data: { cal_id: CHINA_CAL.id, summary: 'Company anniversary', start_at: '2027-03-18', end_at: '2027-03-19', is_off: true },
  });
  expect(res.ok()).toBe(true);

  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Import events/ });
  // Last year's template: the year is wrong.
  await dialog.getByRole('textbox', { name: 'Paste rows' }).fill('Summary,Start date,End date,Day off\nCompany anniversary,2026-03-18,,yes\n');
  await expect(dialog.getByTestId('preview-counts')).toHaveText('1 row: 1 new, 0 overlapping, 0 already there, 0 invalid.');

  // The next read of the calendar's events (2027's, needed by the mend) answers late.
  await sandbox.fault({ path: '/calendar/event/list', fault: { type: 'delay', ms: 4000 } });
  await dialog.getByRole('button', { name: /Change dates/ }).first().click();
  await dialog.getByRole('textbox', { name: 'Start date of line 2' }).fill('2027-03-18');
  await dialog.getByRole('textbox', { name: 'End date of line 2' }).fill('2027-03-18');

  await expect(dialog.getByTestId('preview-checking')).toHaveText('Reading the calendar’s events of 2027 to check the rows there… Import waits for it.');
  await expect(dialog.getByRole('button', { name: /^Import \d+ event/ })).toBeDisabled();

  const row = dialog.getByTestId('import-preview').locator('[data-status]');
  await expect(row).toHaveAttribute('data-status', 'already', { timeout: 20_000 });
  await expect(dialog.getByTestId('preview-checking')).toBeHidden();
  await expect(dialog.getByTestId('preview-counts')).toHaveText('1 row: 0 new, 0 overlapping, 1 already there, 0 invalid.');
  await expect(row.getByRole('checkbox')).not.toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Import 0 events' })).toBeDisabled();

  const stored = (await sandbox.ownEvents(CHINA_CAL.id, 2027)).filter((e) => e.summary === 'Company anniversary');
  expect(stored.map((e) => [e.start_at, e.end_at])).toEqual([['2027-03-18', '2027-03-19']]);
});
