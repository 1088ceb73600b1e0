import type { Page } from '@playwright/test';
import type { Fault } from '../server/sandbox/sandbox';
import { US_CAL, expect, test } from './fixtures';
import { FORM_PAGE, fillEvent, form } from './helpers';

const typed = {
  calendar: US_CAL.label,
  summary: 'Spring outing',
  description: 'Whole team, approved by Li Lei',
  dayOff: true,
  start: '2026-04-03',
  end: '2026-04-04',
};

/** Every value the scheduler typed is still in the form. */
async function expectValuesKept(page: Page) {
  const f = form(page);
  await expect(f.calendar).toHaveValue(US_CAL.id);
  await expect(f.summary).toHaveValue(typed.summary);
  await expect(f.description).toHaveValue(typed.description);
  await expect(f.dayOff).toBeChecked();
  await expect(f.start).toHaveValue(typed.start);
  await expect(f.end).toHaveValue(typed.end);
}

const NOT_SAVED = 'The event was not saved';
/** A server error that may come after the event was stored: the form cannot say it was not saved. */
const MAYBE_SAVED = 'The event may not be saved';

const serverErrors: { name: string; fault: Fault; says: RegExp; title: string }[] = [
  { name: 'RequestTooFrequently', fault: { type: 'error', code: 'RequestTooFrequently' }, says: /Too many requests.*Wait a few seconds, then save again\./s, title: NOT_SAVED },
  { name: 'Unauthorized', fault: { type: 'error', code: 'Unauthorized' }, says: /app key is wrong or has expired.*Ask an administrator to renew the app key/s, title: NOT_SAVED },
  { name: 'AccessDenied', fault: { type: 'error', code: 'AccessDenied' }, says: /permission.*Calendars Manage permission/s, title: NOT_SAVED },
  { name: 'ResourceNotFound', fault: { type: 'error', code: 'ResourceNotFound' }, says: /no longer exists.*Reload the page/s, title: NOT_SAVED },
  { name: 'InternalError', fault: { type: 'error', code: 'InternalError' }, says: /internal error.*report the request ID/s, title: MAYBE_SAVED },
  { name: 'an error envelope in an HTTP 200', fault: { type: 'error', code: 'ServiceUnavailable', status: 200 }, says: /temporarily unavailable/, title: MAYBE_SAVED },
  { name: 'an unknown code', fault: { type: 'error', code: 'CalendarFrozen', message: 'The calendar is frozen until Monday.' }, says: /\(CalendarFrozen\): The calendar is frozen until Monday\./, title: NOT_SAVED },
];

for (const { name, fault, says, title } of serverErrors) {
  test(`${name}: says what happened and what to do, with a request ID, and keeps every value`, async ({ page, sandbox }) => {
    await page.goto(FORM_PAGE);
    await fillEvent(page, typed);
    await sandbox.fault({ path: '/calendar/event/upsert', fault });
    await form(page).save.click();
    const summary = form(page).errorSummary;
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(title);
    await expect(summary).toContainText(says);
    await expect(summary).toContainText('Everything you entered is still here.');
    await expect(summary.getByTestId('request-id')).toHaveText(/^[0-9A-Z]{26}$/);
    await expect(page.getByRole('heading', { name: 'New event' })).toBeVisible(); // nothing claims it saved
    await expectValuesKept(page);
  });
}

test('InvalidParameter naming a field shows the server message on that field', async ({ page, sandbox }) => {
  await page.goto(FORM_PAGE);
  await fillEvent(page, typed);
  const message = 'The specified parameter summary is not valid: it must be 1 to 39 characters long.';
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'InvalidParameter', message } });
  await form(page).save.click();
  const summaryField = form(page).summary;
  await expect(summaryField).toHaveAttribute('aria-invalid', 'true');
  await expect(summaryField).toHaveAccessibleDescription(new RegExp(message.replace(/[.]/g, '\\.')));
  const link = form(page).errorSummary.getByRole('link', { name: `Summary: ${message}` });
  await link.click();
  await expect(summaryField).toBeFocused();
  await expectValuesKept(page);
  // Editing the field clears the server's objection; saving then works.
  await summaryField.fill('Spring outing 2026');
  await expect(summaryField).not.toHaveAttribute('aria-invalid', 'true');
  await form(page).save.click();
  await expect(form(page).status).toHaveText('Saved “Spring outing 2026”.');
});

test('an HTML page from a proxy says the answer could not be read', async ({ page, sandbox }) => {
  await page.goto(FORM_PAGE);
  await fillEvent(page, typed);
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'html', status: 502 } });
  await form(page).save.click();
  await expect(form(page).errorSummary).toContainText(MAYBE_SAVED);
  await expect(form(page).errorSummary).toContainText('The server sent an answer the panel cannot read (HTTP 502).');
  await expectValuesKept(page);
});

test('a dropped connection says the server could not be reached', async ({ page, sandbox }) => {
  await page.goto(FORM_PAGE);
  await fillEvent(page, typed);
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'drop' } });
  await form(page).save.click();
  await expect(form(page).errorSummary).toContainText(MAYBE_SAVED);
  await expect(form(page).errorSummary).toContainText('could not reach the server, or the connection dropped');
  await expectValuesKept(page);
  // The next try goes through.
  await form(page).save.click();
  await expect(form(page).status).toHaveText('Saved “Spring outing”.');
});

test('a server that does not answer in 15 seconds is given up on, and says so', async ({ page, sandbox }) => {
  await page.clock.install();
  await page.goto(FORM_PAGE);
  await fillEvent(page, typed);
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'delay', ms: 20_000 } });
  await form(page).save.click();
  await expect(form(page).status).toHaveText('Saving…');
  await page.clock.runFor(15_000);
  await expect(form(page).errorSummary).toContainText(MAYBE_SAVED);
  await expect(form(page).errorSummary).toContainText('The server did not answer within 15 seconds.');
  await expect(form(page).save).toBeEnabled();
  await expectValuesKept(page);
});

test('the form says what is missing, links to each field, and keeps what was typed', async ({ page }) => {
  const upserts: unknown[] = [];
  page.on('request', (r) => r.url().endsWith('/event/upsert') && upserts.push(r));
  await page.goto(FORM_PAGE);
  const f = form(page);
  await f.save.click();
  const summary = f.errorSummary;
  await expect(summary).toBeFocused();
  for (const problem of ['Calendar: Choose a calendar.', 'Summary: Enter a summary.', 'Start date: Enter a date as YYYY-MM-DD, or pick one.', 'End date: Enter a date as YYYY-MM-DD, or pick one.']) {
    await expect(summary.getByRole('link', { name: problem })).toBeVisible();
  }
  await summary.getByRole('link', { name: /^Start date:/ }).click();
  await expect(f.start).toBeFocused();

  await f.start.fill('2026-13-45');
  await f.end.fill('2026-10-01');
  await f.summary.fill('x'.repeat(41));
  await f.summary.blur();
  await expect(page.getByText('41 / 40')).toBeVisible();
  await expect(f.start).toHaveAccessibleDescription(/“2026-13-45” is not a date\. Enter it as YYYY-MM-DD, for example 2026-10-01\./);
  await expect(f.summary).toHaveAccessibleDescription(/Use at most 40 characters for the summary \(now 41\)\./);
  await expect(f.start).toHaveValue('2026-13-45');
  await expect(f.summary).toHaveValue('x'.repeat(41));

  await f.start.fill('2026-10-07');
  await expect(f.end).toHaveAccessibleDescription(/The end date cannot be before the start date\./);
  await expect(f.end).toHaveAttribute('aria-invalid', 'true');
  expect(upserts).toHaveLength(0); // nothing invalid was sent
});

test('a summary of 40 Chinese characters or emoji is within the limit', async ({ page, sandbox }) => {
  void sandbox; // its own account: the save is the only event on its days
  await page.goto(FORM_PAGE);
  const f = form(page);
  await fillEvent(page, { calendar: US_CAL.label, summary: '国庆'.repeat(19) + '🎉🎉', start: '2026-10-01', end: '2026-10-07' });
  await expect(page.getByText('40 / 40')).toBeVisible();
  await f.save.click();
  await expect(f.status).toHaveText(`Saved “${'国庆'.repeat(19)}🎉🎉”.`);
});

test('Save typed straight after a wrong date is not lost to a moving button (narrow panel)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(FORM_PAGE);
  const f = form(page);
  await fillEvent(page, { calendar: US_CAL.label, summary: 'x'.repeat(41), start: '2026-10-07', end: '2026-10-01' });
  await f.save.click();
  await expect(f.errorSummary).toBeFocused();
  await expect(f.errorSummary.getByRole('link', { name: 'End date: The end date cannot be before the start date.' })).toBeVisible();
  await expect(f.errorSummary.getByRole('link', { name: 'Summary: Use at most 40 characters for the summary (now 41).' })).toBeVisible();
});

test('the request ID is copied for support with one click', async ({ page, context, sandbox }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(FORM_PAGE);
  await fillEvent(page, typed);
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'error', code: 'InternalError' } });
  await form(page).save.click();
  const requestId = await form(page).errorSummary.getByTestId('request-id').textContent();
  await form(page).errorSummary.getByRole('button', { name: 'Copy request ID' }).click();
  await expect(form(page).errorSummary.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(requestId);
});
