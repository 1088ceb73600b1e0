// Import and export as a scheduler does them: paste a year of holidays (CSV in English, a
// spreadsheet's tab-separated rows with Chinese headers in Chinese), preview, import, see the month and
// the year follow, import again and change nothing; a connection lost mid-import, retried without
// duplicates; cancel; undo; a country's public holidays; last year's events copied; the exports
// downloaded and read back.
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { CalEventItem } from '../src/core/apiContract';
import { parseIcs } from '../src/features/import/parseIcs';
import { parseTable } from '../src/features/import/parseTable';
import { ACCOUNT_HEADER, expect, test, type SandboxAccount } from './fixtures';

// Each test is a whole task through a dialog, with tens of requests paced one by one: on a loaded
// 2-core machine that passes 30 s, so each gets three times the time, and the end of a run is
// awaited for up to 30 s.
test.beforeEach(() => test.slow());

const TEXT = {
  en: {
    import: 'Import',
    export: 'Export',
    dialog: 'Import events',
    paste: 'Paste rows',
    importButton: (n: number) => (n === 1 ? `Import ${n} event` : `Import ${n} events`),
    done: 'Import finished',
    already: 'Already there: skipped',
    undo: 'Undo import',
    undone: 'Import undone',
    retry: 'Retry failed rows',
    paused: 'Paused: the connection failed.',
    cancel: 'Cancel',
    cancelled: 'Import cancelled',
    close: 'Close',
    holidays: 'Public holidays',
    country: 'Country or region',
    japan: 'Japan',
    copy: 'Copy',
    move: (year: number) => `Move to ${year}`,
    invalid: (line: number) => `Invalid: Start date “2026-13-01” is not a date (write YYYY-MM-DD) (line ${line})`,
    days: (n: number) => `(${n})`,
    csv: 'Events (CSV)',
    ics: 'Events (iCalendar)',
    daysCsv: 'Days of the year (CSV)',
    year: 'Year',
    summary: (saved: number, skipped: number, failed: number) => `${saved} saved, ${skipped} skipped, ${failed} failed.`,
  },
  'zh-CN': {
    import: '导入',
    export: '导出',
    dialog: '导入事件',
    paste: '粘贴行',
    importButton: (n: number) => `导入 ${n} 个事件`,
    done: '导入完成',
    already: '已存在：跳过',
    undo: '撤销导入',
    undone: '导入已撤销',
    retry: '重试失败的行',
    paused: '已暂停：连接失败。',
    cancel: '取消',
    cancelled: '导入已取消',
    close: '关闭',
    holidays: '公共节假日',
    country: '国家或地区',
    japan: '日本',
    copy: '复制',
    move: (year: number) => `移到 ${year} 年`,
    invalid: (line: number) => `无效：开始日期“2026-13-01”不是日期（请写作 YYYY-MM-DD）（第 ${line} 行）`,
    days: (n: number) => `${n} 天`,
    csv: '事件（CSV）',
    ics: '事件（iCalendar）',
    daysCsv: '全年日期（CSV）',
    year: '年',
    summary: (saved: number, skipped: number, failed: number) => `已保存 ${saved}，跳过 ${skipped}，失败 ${failed}。`,
  },
} as const;

// A China-like 2026: holidays and make-up working days.
const ROWS_2026 = [
  ['元旦', '2026-01-01', '2026-01-03', 'yes'],
  ['春节', '2026-02-15', '2026-02-23', 'yes'],
  ['春节调休', '2026-02-14', '', 'no'],
  ['春节调休', '2026-02-28', '', 'no'],
  ['清明节', '2026-04-04', '2026-04-06', 'yes'],
  ['劳动节', '2026-05-01', '2026-05-05', 'yes'],
  ['劳动节调休', '2026-05-09', '', 'no'],
  ['端午节', '2026-06-19', '2026-06-21', 'yes'],
  ['国庆节', '2026-10-01', '2026-10-07', 'yes'],
  ['国庆调休', '2026-10-10', '', 'no'],
] as const;

const CSV_EN = ['Summary,Start date,End date,Day off,Description', ...ROWS_2026.map((r) => `${r.join(',')},`)].join('\n');
const TSV_ZH = ['名称\t开始日期\t结束日期\t休息日\t描述', ...ROWS_2026.map(([s, a, b, off]) => [s, a, b, off === 'yes' ? '是' : '否', ''].join('\t'))].join('\n');

/** A calendar of the test's own: Monday to Friday, no public holidays, no events. */
async function newCalendar(page: Page, sandbox: SandboxAccount, name = 'Import target'): Promise<string> {
  const res = await page.request.post('/api/calendar/create', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_name: name, workdays: [1, 2, 3, 4, 5] } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: { cal_id: string } }).data.cal_id;
}

async function upsert(page: Page, sandbox: SandboxAccount, event: Pick<CalEventItem, 'cal_id' | 'summary' | 'start_at' | 'end_at' | 'is_off'>) {
  const res = await page.request.post('/api/calendar/event/upsert', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: event });
  expect(res.ok()).toBe(true);
}

const dayCell = (page: Page, date: string) => page.getByRole('grid').locator(`[data-date="${date}"]`);
const yearCell = (page: Page, date: string) => page.getByTestId('year-view').locator(`[data-date="${date}"]`);
const identities = (events: CalEventItem[]) => events.map((e) => `${e.start_at}|${e.end_at}|${e.is_off}|${e.summary}`).sort();

async function openImport(page: Page, lang: keyof typeof TEXT) {
  await page.getByRole('button', { name: TEXT[lang].import, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: TEXT[lang].dialog });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function downloaded(download: Download) {
  return readFile((await download.path())!, 'utf8');
}

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`a scheduler pastes a year of holidays, previews, imports, sees month and year follow, and a second import changes nothing (${lang})`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox);
    await page.goto(`/?lang=${lang}&cal_id=${calId}&month=2026-10`);
    await expect(dayCell(page, '2026-10-01')).not.toHaveAttribute('data-off', 'true');

    let dialog = await openImport(page, lang);
    // The example is a table: each value under its header (the Chinese one, written with tabs, slid apart).
    const example = dialog.getByRole('table', { name: lang === 'en' ? 'Example' : '示例' });
    const header = example.getByRole('columnheader', { name: lang === 'en' ? 'End date' : '结束日期' });
    const endDate = example.getByRole('cell', { name: lang === 'en' ? '2026-06-12' : '2026-10-07' });
    expect((await endDate.boundingBox())!.x).toBe((await header.boundingBox())!.x);
    // One bad row among them: listed, with its reason and line, and not imported.
    const pasted = (lang === 'en' ? CSV_EN : TSV_ZH) + (lang === 'en' ? '\nBroken,2026-13-01,,yes,' : '\n坏行\t2026-13-01\t\t是\t');
    await dialog.getByRole('textbox', { name: T.paste }).fill(pasted);
    const preview = dialog.getByTestId('import-preview');
    await expect(preview.getByRole('row')).toHaveCount(ROWS_2026.length + 2); // the header, the rows, the bad one
    await expect(preview.getByRole('row').last()).toContainText(T.invalid(ROWS_2026.length + 2));
    // Working weekdays that become days off: 2 at New Year, 6 at Spring Festival, 1, 3, 1, and 5 at National Day.
    await expect(dialog.getByTestId('impact-off')).toContainText(T.days(18));
    await expect(dialog.getByTestId('impact-working')).toContainText(T.days(4)); // the four make-up Saturdays
    await expect(preview.getByRole('checkbox', { name: '国庆节' })).toBeChecked();

    await dialog.getByRole('button', { name: T.importButton(ROWS_2026.length) }).click();
    await expect(dialog.getByTestId('import-summary')).toContainText(T.done, { timeout: 30_000 });
    await expect(dialog.getByTestId('import-summary')).toContainText(T.summary(ROWS_2026.length, 1, 0), { timeout: 30_000 });
    await expect(dialog.getByTestId('event-id')).toHaveCount(ROWS_2026.length);
    const stored = await sandbox.ownEvents(calId, 2026);
    expect(stored).toHaveLength(ROWS_2026.length);
    expect(stored.map((e) => e.event_id).sort()).toEqual((await dialog.getByTestId('event-id').allTextContents()).sort());
    await dialog.getByRole('button', { name: T.close }).last().click(); // the footer's, not the corner's
    await expect(dialog).toBeHidden();

    // The month follows: National Day off, its make-up Saturday a working day.
    await expect(dayCell(page, '2026-10-01')).toHaveAttribute('data-off', 'true');
    await expect(dayCell(page, '2026-10-07')).toHaveAttribute('data-off', 'true');
    await expect(dayCell(page, '2026-10-10')).not.toHaveAttribute('data-off', 'true');
    await expect(dayCell(page, '2026-10-08')).not.toHaveAttribute('data-off', 'true');
    // So does the year.
    await page.getByRole('button', { name: T.year, exact: true }).click();
    await expect(page).toHaveURL(/view=year/);
    await expect(yearCell(page, '2026-05-05')).toHaveAttribute('data-off', 'true');
    await expect(yearCell(page, '2026-02-14')).not.toHaveAttribute('data-off', 'true');
    await expect(yearCell(page, '2026-02-15')).toHaveAttribute('data-off', 'true');

    // The same paste again: every row is there already, and nothing can be imported.
    dialog = await openImport(page, lang);
    await dialog.getByRole('textbox', { name: T.paste }).fill(pasted);
    await expect(preview.getByText(T.already)).toHaveCount(ROWS_2026.length);
    await expect(dialog.getByRole('button', { name: T.importButton(0) })).toBeDisabled();
    expect(await sandbox.ownEvents(calId, 2026)).toHaveLength(ROWS_2026.length);
  });

  test(`the connection drops mid-import: it pauses, “Retry failed rows” goes on, nothing is stored twice; then undo (${lang})`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox);
    await page.goto(`/?lang=${lang}&cal_id=${calId}&month=2026-10`);
    let upserts = 0;
    await page.route('**/api/calendar/event/upsert', async (route) => {
      upserts++;
      // The fourth save's connection is cut.
      if (upserts === 4) await sandbox.fault({ path: '/calendar/event/upsert', times: 1, fault: { type: 'drop' } });
      await route.continue();
    });

    const dialog = await openImport(page, lang);
    await dialog.getByRole('textbox', { name: T.paste }).fill(lang === 'en' ? CSV_EN : TSV_ZH);
    await dialog.getByRole('button', { name: T.importButton(ROWS_2026.length) }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: T.paused })).toBeVisible({ timeout: 30_000 });
    // The saves before the cut, and those already in flight beside it (the run keeps a few going):
    // what the dialog says is saved is what is stored.
    await expect(async () => {
      const saved = await dialog.getByTestId('event-id').count();
      expect(saved).toBeGreaterThanOrEqual(3);
      expect(saved).toBeLessThan(ROWS_2026.length);
      expect(await sandbox.ownEvents(calId, 2026)).toHaveLength(saved);
    }).toPass();

    await dialog.getByRole('button', { name: T.retry }).click();
    await expect(dialog.getByTestId('import-summary')).toContainText(T.summary(ROWS_2026.length, 0, 0), { timeout: 30_000 });
    const stored = await sandbox.ownEvents(calId, 2026);
    expect(identities(stored)).toEqual(
      identities(ROWS_2026.map(([summary, start, last, off]) => ({ summary, start_at: start, end_at: nextDay(last || start), is_off: off === 'yes' }) as CalEventItem)),
    );
    await expect(dayCell(page, '2026-10-01')).toHaveAttribute('data-off', 'true');

    // Undo deletes exactly what the import created.
    await upsert(page, sandbox, { cal_id: calId, summary: 'Kept', start_at: '2026-12-24', end_at: '2026-12-25', is_off: true });
    await dialog.getByRole('button', { name: T.undo }).click();
    await expect(dialog.getByTestId('import-summary')).toContainText(T.undone, { timeout: 30_000 });
    expect((await sandbox.ownEvents(calId, 2026)).map((e) => e.summary)).toEqual(['Kept']);
    await expect(dayCell(page, '2026-10-01')).not.toHaveAttribute('data-off', 'true');
  });
}

/** The day after a `YYYY-MM-DD` date (the API's exclusive end). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

test('Cancel stops after the saves in flight; the rows left stay unsent', async ({ page, sandbox }) => {
  // The run keeps 5 saves in flight: 30 one-day rows (working days, so that all are ticked), each
  // save answered after 1.5 s, so that Cancel lands while most rows are still to send (10 rows went
  // in two waves, done before a click).
  const days: string[] = [];
  for (let day = '2026-11-02'; days.length < 30; day = nextDay(day)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  const csv = ['Summary,Start date,End date,Day off', ...days.map((d) => `Day ${d},${d},${d},yes`)].join('\n');
  const calId = await newCalendar(page, sandbox);
  await page.goto(`/?lang=en&cal_id=${calId}&month=2026-11`);
  await sandbox.fault({ path: '/calendar/event/upsert', times: 30, fault: { type: 'delay', ms: 1500 } });
  const dialog = await openImport(page, 'en');
  await dialog.getByRole('textbox', { name: 'Paste rows' }).fill(csv);
  await dialog.getByRole('button', { name: 'Import 30 events' }).click();
  const progress = dialog.getByTestId('import-progress');
  await expect(progress).toHaveText(/^([1-9]|1[0-9]) of 30 saved$/, { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const savedAtCancel = Number((await progress.textContent())!.match(/^\d+/)![0]);
  await expect(dialog.getByTestId('import-summary')).toContainText('Import cancelled', { timeout: 30_000 });
  const saved = await dialog.getByTestId('event-id').count();
  // What was in flight when Cancel was pressed still lands; nothing after it is sent.
  expect(saved).toBeGreaterThanOrEqual(savedAtCancel);
  expect(saved).toBeLessThanOrEqual(savedAtCancel + 5);
  expect(await sandbox.ownEvents(calId, 2026)).toHaveLength(saved);
  await expect(dialog.getByTestId('row-status').filter({ hasText: 'Not sent' })).toHaveCount(30 - saved);
  await expect(progress).toHaveText(`${saved} of 30 saved`);
});

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`public holidays of Japan in 2027: offered to link instead, or imported (${lang})`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox);
    await page.goto(`/?lang=${lang}&cal_id=${calId}&month=2027-01`);
    const dialog = await openImport(page, lang);
    await dialog.getByRole('tab', { name: T.holidays }).click();
    await dialog.getByRole('combobox', { name: T.country }).selectOption({ label: T.japan });
    await expect(dialog.getByTestId('linkable')).toContainText(lang === 'en' ? 'Flashduty has a public-holiday calendar for this country or region' : 'Flashduty 有该国家或地区的公共节假日日历');
    const rows = dialog.getByTestId('import-preview').getByRole('row');
    await expect(rows).not.toHaveCount(0);
    const count = (await rows.count()) - 1;
    expect(count).toBeGreaterThan(10);
    await expect(dialog.getByTestId('import-preview')).toContainText(lang === 'en' ? 'Fri, 1 Jan 2027' : '2027年1月1日周五');
    const button = dialog.getByRole('button', { name: lang === 'en' ? /^Import \d+ events$/ : /^导入 \d+ 个事件$/ });
    const n = Number((await button.textContent())!.match(/\d+/)![0]);
    await button.click();
    await expect(dialog.getByTestId('import-summary')).toContainText(T.done, { timeout: 30_000 });
    expect(await sandbox.ownEvents(calId, 2027)).toHaveLength(n);
    await expect(dayCell(page, '2027-01-01')).toHaveAttribute('data-off', 'true');
  });
}

test('the link offered instead of an import links the public-holiday calendar', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  await page.goto(`/?lang=en&cal_id=${calId}&month=2027-01`);
  const dialog = await openImport(page, 'en');
  await dialog.getByRole('tab', { name: 'Public holidays' }).click();
  await dialog.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'Japan' });
  await dialog.getByRole('button', { name: /^Link “.+” instead$/ }).click();
  await expect(dialog.getByTestId('linkable')).toContainText('is linked to this calendar already');
  const res = await page.request.post('/api/calendar/info', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: calId } });
  expect(((await res.json()) as { data: { extra_cal_ids: string[] } }).data.extra_cal_ids).toEqual(['ja-jp.japan.official']);
});

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`last year's events copied into this year (${lang})`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox);
    await upsert(page, sandbox, { cal_id: calId, summary: 'Company day', start_at: '2025-06-12', end_at: '2025-06-14', is_off: true });
    await upsert(page, sandbox, { cal_id: calId, summary: 'Release weekend', start_at: '2025-09-06', end_at: '2025-09-07', is_off: false });
    await page.goto(`/?lang=${lang}&cal_id=${calId}&month=2026-06`);
    const dialog = await openImport(page, lang);
    await dialog.getByRole('tab', { name: T.copy }).click();
    await expect(dialog.getByRole('checkbox', { name: T.move(2026) })).toBeChecked();
    await expect(dialog.getByTestId('import-preview').getByRole('row')).toHaveCount(3);
    // A working day moved to another year is unticked (each year's schedule sets them), and still tickable.
    const release = dialog.getByRole('checkbox', { name: 'Release weekend' });
    await expect(release).not.toBeChecked();
    await expect(dialog.getByTestId('row-yearly')).toHaveCount(1);
    await release.check();
    await dialog.getByRole('button', { name: T.importButton(2) }).click();
    await expect(dialog.getByTestId('import-summary')).toContainText(T.done, { timeout: 30_000 });
    expect(identities(await sandbox.ownEvents(calId, 2026))).toEqual(['2026-06-12|2026-06-14|true|Company day', '2026-09-06|2026-09-07|false|Release weekend']);
    await expect(dayCell(page, '2026-06-12')).toHaveAttribute('data-off', 'true');
  });
}

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`the exports download files that read back (${lang})`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox, 'Export me');
    await upsert(page, sandbox, { cal_id: calId, summary: '国庆节', start_at: '2026-10-01', end_at: '2026-10-08', is_off: true });
    await upsert(page, sandbox, { cal_id: calId, summary: '=Make-up, day', start_at: '2026-10-10', end_at: '2026-10-11', is_off: false });
    await page.goto(`/?lang=${lang}&cal_id=${calId}&month=2026-10`);

    await page.getByRole('button', { name: T.export, exact: true }).click();
    let waiting = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: T.csv }).click();
    let file = await waiting;
    expect(file.suggestedFilename()).toBe('Export me-2026-events.csv');
    const csvText = await downloaded(file);
    const csv = parseTable(csvText);
    expect(csv.ok && csv.rows).toEqual([
      { kind: 'row', line: 2, summary: '国庆节', start: '2026-10-01', last: '2026-10-07', isOff: true, description: '' },
      { kind: 'row', line: 3, summary: '=Make-up, day', start: '2026-10-10', last: '2026-10-10', isOff: false, description: '' },
    ]);

    await page.getByRole('button', { name: T.export, exact: true }).click();
    waiting = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: T.ics }).click();
    file = await waiting;
    expect(file.suggestedFilename()).toBe('Export me-2026-events.ics');
    const ics = parseIcs(await downloaded(file), 2026);
    expect(ics.ok && ics.rows.map((r) => r.kind === 'row' && `${r.start}|${r.last}|${r.isOff}|${r.summary}`)).toEqual(['2026-10-01|2026-10-07|true|国庆节', '2026-10-10|2026-10-10|false|=Make-up, day']);

    await page.getByRole('button', { name: T.export, exact: true }).click();
    waiting = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: T.daysCsv }).click();
    file = await waiting;
    expect(file.suggestedFilename()).toBe('Export me-2026-days.csv');
    const lines = (await downloaded(file)).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(366);
    // In the interface's language, with the weekday.
    expect(lines[0]).toBe(lang === 'en' ? 'Date,Weekday,State,Reason' : '日期,星期,状态,原因');
    expect(lines).toContain(lang === 'en' ? '2026-10-01,Thursday,day off,Event: 国庆节' : '2026-10-01,星期四,休息日,事件：国庆节');
    expect(lines).toContain(lang === 'en' ? '2026-10-03,Saturday,day off,Event: 国庆节' : '2026-10-03,星期六,休息日,事件：国庆节');
    expect(lines).toContain(lang === 'en' ? '2026-10-12,Monday,working day,Weekly working day' : '2026-10-12,星期一,工作日,每周工作日');

    // Exported, then imported again: nothing to import.
    const dialog = await openImport(page, lang);
    await dialog.getByRole('textbox', { name: T.paste }).fill(csvText.replace(/^\uFEFF/, ''));
    await expect(dialog.getByTestId('import-preview').getByText(T.already)).toHaveCount(2);
    await expect(dialog.getByRole('button', { name: T.importButton(0) })).toBeDisabled();
  });
}


for (const lang of ['en', 'zh-CN'] as const) {
  test(`axe finds nothing on the import dialog with a preview, and after an import (${lang})`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox);
    await page.goto(`/?lang=${lang}&cal_id=${calId}&month=2026-10`);
    const dialog = await openImport(page, lang);
    await dialog.getByRole('textbox', { name: TEXT[lang].paste }).fill((lang === 'en' ? CSV_EN : TSV_ZH) + '\nBroken,2026-13-01,,yes,');
    await expect(dialog.getByTestId('import-preview')).toBeVisible();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: TEXT[lang].importButton(ROWS_2026.length) }).click();
    await expect(dialog.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(page);
  });
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
