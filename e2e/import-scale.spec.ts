// An import at scale: a 5,000-row file read off the page's thread and previewed in a scrolling table
// whose rows are in the page only near the view; a tick and a keystroke work there as at 10 rows.
// Files and pastes over the limit are refused with a message, and the dialog keeps what it had. A
// header with a stray byte is named, not read as another column.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.beforeEach(() => test.slow());
const LOADED = { timeout: 20_000 };

const pad = (n: number) => String(n).padStart(2, '0');
/** A year's worth of days cycled through: 5,000 one-day events of 2027 (none of them in the sandbox). */
function bigCsv(rows: number): Buffer {
  const lines = ['Summary,Start date,End date,Day off,Description'];
  for (let i = 0; i < rows; i++) {
    const d = new Date(Date.UTC(2027, 0, 1 + (i % 365)));
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    lines.push(`Team day ${i + 1},${date},,yes,Row ${i + 1}`);
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

async function openImport(page: Page, lang: 'en' | 'zh-CN') {
  await page.goto(`/?lang=${lang}`);
  const button = page.getByRole('button', { name: lang === 'en' ? 'Import' : '导入', exact: true });
  await expect(button).toBeVisible(LOADED);
  await button.click();
  const dialog = page.getByRole('dialog', { name: lang === 'en' ? 'Import events' : '导入事件' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a 5,000-row CSV previews in a table of 5,000 rows that keeps only those in view in the page; a tick and a keystroke work; the last row is reached by scrolling', async ({ page, sandbox }) => {
  void sandbox;
  const dialog = await openImport(page, 'en');
  await dialog.locator('#import-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigCsv(5000) });
  await expect(dialog.getByTestId('preview-counts')).toContainText('5000 rows: ', LOADED);
  const table = dialog.getByRole('table', { name: 'Rows to import' });
  await expect(table).toHaveAttribute('aria-rowcount', '5001');
  await expect(table.getByRole('columnheader', { name: 'Summary' })).toBeVisible();
  const rows = table.getByRole('row');
  const inPage = await rows.count();
  expect(inPage).toBeGreaterThan(5);
  expect(inPage).toBeLessThan(100);

  const importButton = dialog.getByRole('button', { name: /^Import \d+ events?$/ });
  const before = Number((await importButton.textContent())!.match(/\d+/)![0]);
  // 4 January 2027, a Monday: a working day made a day off, ticked until unticked.
  const monday = table.getByRole('checkbox', { name: 'Team day 4', exact: true });
  await expect(monday).toBeChecked();
  await monday.click();
  await expect(monday).not.toBeChecked();
  await expect(importButton).toHaveText(`Import ${before - 1} events`);
  await monday.click();
  await expect(monday).toBeChecked();
  await expect(importButton).toHaveText(`Import ${before} events`);

  const summary = table.getByRole('textbox', { name: 'Summary of line 2', exact: true });
  await summary.fill('Team day 1 (moved)');
  await summary.press('End');
  await summary.pressSequentially('!');
  await expect(summary).toHaveValue('Team day 1 (moved)!');
  await expect(table.getByRole('checkbox', { name: 'Team day 1 (moved)!', exact: true })).toBeVisible();

  // Tab goes on through the rows: the next row's controls are always in the page.
  // From the last row in the page, Tab reaches the next ones (tick, dates, kind, summary: 4 stops a row).
  const last = table.getByRole('textbox', { name: /^Summary of line \d+$/ }).last();
  const line = Number((await last.getAttribute('aria-label'))!.match(/\d+/)![0]);
  await last.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  await expect(table.getByRole('textbox', { name: `Summary of line ${line + 2}`, exact: true })).toBeFocused();

  // Faster than the box's scroll reaches the table (Tab held down on a busy machine): a focus that
  // has not scrolled yet. Tab still goes on to the next row, not out of the table.
  await dialog.getByTestId('preview-scroller').evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(table.getByRole('textbox', { name: 'Summary of line 2', exact: true })).toBeVisible();
  const lastAtTop = table.getByRole('textbox', { name: /^Summary of line \d+$/ }).last();
  const lineAtTop = Number((await lastAtTop.getAttribute('aria-label'))!.match(/\d+/)![0]);
  expect(lineAtTop).toBeLessThan(100);
  await lastAtTop.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(table.getByRole('textbox', { name: `Summary of line ${lineAtTop + 1}`, exact: true })).toBeFocused();

  await dialog.getByTestId('preview-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(table.getByRole('textbox', { name: 'Summary of line 5001', exact: true })).toHaveValue('Team day 5000');
  await expect(table.getByRole('row', { name: /Team day 5000\b/ })).toHaveAttribute('aria-rowindex', '5001');
  expect(await rows.count()).toBeLessThan(100);
  // The row holding the focus stayed in the page, far from the view: a key still types there.
  const focusedSummary = table.getByRole('textbox', { name: `Summary of line ${lineAtTop + 1}`, exact: true });
  await expect(focusedSummary).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('?');
  await expect(focusedSummary).toHaveValue(`Team day ${lineAtTop}?`);
});

for (const lang of ['en', 'zh-CN'] as const) {
  const T = {
    en: {
      paste: 'Paste rows',
      tooLarge: 'This file is 3 MB: a file to import may be at most 2 MB (a year of events takes a few kB). Choose a file that holds the events alone.',
      pasteTooLarge: 'The pasted text is 2.5 MB: a paste may be at most 2 MB (a year of events takes a few kB). Nothing was pasted; the box keeps what it held. Paste the events alone.',
      counts: '3 rows: ',
      header: /^Column 2 of the header line, “开始\uFFFD+期”, holds characters that could not be read/,
    },
    'zh-CN': {
      paste: '粘贴行',
      tooLarge: '该文件大小为 3 MB，可导入的文件最大为 2 MB（一年的事件通常只有几 kB）。请选择只包含事件的文件。',
      pasteTooLarge: '粘贴的文本大小为 2.5 MB，一次最多可粘贴 2 MB（一年的事件通常只有几 kB）。本次未粘贴，输入框保留原有内容。请只粘贴事件。',
      counts: '共 3 行：',
      header: /^表头第 2 列“开始\uFFFD+期”中有无法识别的字符/,
    },
  }[lang];
  // Tuesday to Thursday: working days made days off, ticked.
  const rows = 'Summary,Start date\nOffsite,2027-03-09\nParty,2027-03-10\nRetreat,2027-03-11\n';

  test(`a file and a paste over the limit are refused with a message; the rows and the tick already there stay (${lang})`, async ({ page, sandbox }) => {
    void sandbox;
    const dialog = await openImport(page, lang);
    const box = dialog.getByRole('textbox', { name: T.paste });
    await box.fill(rows);
    await expect(dialog.getByTestId('preview-counts')).toContainText(T.counts, LOADED);
    const party = dialog.getByRole('checkbox', { name: 'Party' });
    await expect(party).toBeChecked();
    await party.click();
    await expect(party).not.toBeChecked();

    await dialog.locator('#import-file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(3 * 1024 * 1024, 'a') });
    await expect(dialog.getByTestId('size-notice')).toHaveText(T.tooLarge);
    await expect(box).toHaveValue(rows);

    // A paste of 2.5 million characters: refused before it lands.
    await box.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', `Summary,Start date\n${'x'.repeat(2.5 * 1024 * 1024)}`);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(dialog.getByTestId('size-notice')).toHaveText(T.pasteTooLarge);
    await expect(box).toHaveValue(rows);
    await expect(dialog.getByTestId('preview-counts')).toContainText(T.counts);
    await expect(party).not.toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Offsite' })).toBeChecked();
  });

  test(`a CSV whose 开始日期 header holds a stray byte names that column, instead of "missing columns" (${lang})`, async ({ page, sandbox }) => {
    void sandbox;
    const dialog = await openImport(page, lang);
    const csv = Buffer.from('名称,开始日期,结束日期,休息日\n国庆节,2027-10-01,2027-10-07,是\n', 'utf8');
    const at = Buffer.from('名称,开始').length;
    const stray = Buffer.concat([csv.subarray(0, at), Buffer.from([0xff]), csv.subarray(at + 1)]);
    await dialog.locator('#import-file').setInputFiles({ name: '节假日.csv', mimeType: 'text/csv', buffer: stray });
    await expect(dialog.getByTestId('file-problem')).toHaveText(T.header, LOADED);
    await expect(dialog.getByTestId('import-preview')).toHaveCount(0);
  });
}
