// Import → Copy of last year's holidays into this year for a US team (attacker round 10, H2): the
// Monday and Thursday holidays (Martin Luther King Jr. Day, Memorial Day, Labor Day, Thanksgiving…)
// do not fall on the same month and day next year. Moved, they are unticked, each saying why; New
// Year's Day, Juneteenth, Veterans Day and Christmas keep their dates and are imported; 4 July 2026,
// a Saturday, is observed on Friday 3 July too: unticked, saying so. From the bare address, in an
// English browser, into a calendar made for the test in America/New_York.
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

const CHANGES = 'Unticked: its date changes every year. Import the 2026 schedule from “Public holidays” instead.';

test('a US calendar’s 2025 federal holidays copied to 2026: the holidays whose date moves are unticked with the reason, the fixed dates imported (en)', async ({ page, sandbox }) => {
  test.slow(); // a calendar created and two paced import runs on a loaded machine
  await page.goto('/');
  await page.getByRole('button', { name: 'New calendar', exact: true }).click();
  const create = page.getByRole('dialog', { name: 'New calendar' });
  await create.getByRole('textbox', { name: 'Name' }).fill('US support');
  await create.getByRole('combobox', { name: 'Time zone' }).fill('New York');
  await page.getByRole('option', { name: /^America\/New_York / }).click();
  await create.getByRole('button', { name: 'Create calendar' }).click();
  await expect(create).toBeHidden({ timeout: 20_000 });
  await expect.poll(() => new URL(page.url()).searchParams.get('cal_id')).toMatch(/^cal\./);
  const calId = new URL(page.url()).searchParams.get('cal_id')!;

  // 2025: the United States' federal holidays imported from Public holidays.
  await page.goto(`/?cal_id=${calId}&month=2025-06`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Import events' });
  await dialog.getByRole('tab', { name: 'Public holidays' }).click();
  await dialog.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'United States' });
  await dialog.getByRole('button', { name: 'Import 11 events' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('Import finished', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();

  // 2026: Copy from 2025, moved to 2026 by default.
  await page.goto(`/?cal_id=${calId}&month=2026-06`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Import events' });
  await dialog.getByRole('tab', { name: 'Copy' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Move to 2026' })).toBeChecked();
  const rows = dialog.getByTestId('import-preview').locator('[data-status]');
  await expect(rows).toHaveCount(11);
  const row = (name: string) => rows.filter({ has: page.getByRole('checkbox', { name, exact: true }) });
  // Six moved holidays would make working days off (Independence Day lands on a Saturday: already so).
  await expect(dialog.getByTestId('copy-yearly')).toHaveText('6 rows moved to 2026 are unticked, as their dates change every year: import the 2026 schedule from “Public holidays” instead.');
  for (const name of ['Martin Luther King Jr. Day', "Washington's Birthday", 'Memorial Day', 'Labour Day', 'Columbus Day', 'Thanksgiving Day']) {
    await expect(row(name).getByRole('checkbox')).not.toBeChecked();
    await expect(row(name).getByTestId('row-yearly')).toHaveText(CHANGES);
  }
  await expect(row('Independence Day').getByTestId('row-yearly')).toHaveText('Unticked: in 2026 it is observed on another day too. Import the 2026 schedule from “Public holidays” instead.');
  // The dates that do repeat: ticked, with no reason against them.
  for (const name of ["New Year's Day", 'Juneteenth', 'Veterans Day', 'Christmas Day']) {
    await expect(row(name).getByRole('checkbox')).toBeChecked();
    await expect(row(name).getByTestId('row-yearly')).toHaveCount(0);
  }

  await dialog.getByRole('button', { name: 'Import 4 events' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('Import finished', { timeout: 30_000 });
  expect((await sandbox.ownEvents(calId, 2026)).map((e) => [e.summary, e.start_at]).sort()).toEqual([
    ['Christmas Day', '2026-12-25'],
    ['Juneteenth', '2026-06-19'],
    ["New Year's Day", '2026-01-01'],
    ['Veterans Day', '2026-11-11'],
  ]);
});
