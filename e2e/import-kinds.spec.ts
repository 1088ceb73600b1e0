// Real holiday data, imported as a Chinese scheduler brings it (issue 19): feeds whose make-up
// working days are written 上班(补…), (班) with DESCRIPTION:班, 补班 with a time of day, Apple's
// X-APPLE-SPECIAL-DAY; the China suggestion of the "Public holidays" source; a calendar already
// linked to China's holidays; pasted .ics text; a Japanese feed with names too long; a US feed with
// observances. After each import, EVERY day of the year is compared through the API with the State
// Council's schedule (src/features/import/testdata/chinaOfficial.ts, written from the notices): 0 wrong days.
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { CalEventItem } from '../src/core/apiContract';
import { chinaStatutoryDays } from '../src/core/chinaStatutoryDays';
import { weekday } from '../src/core/dates';
import { effectiveDays } from '../src/core/effectiveDays';
import { wrongDays } from '../src/features/import/testdata/chinaOfficial';
import { ACCOUNT_HEADER, expect, test, type SandboxAccount } from './fixtures';

// A whole import through the dialog, paced request by request: slow on a loaded 2-core machine.
test.beforeEach(() => test.slow());

const FEEDS = new URL('./holiday-feeds/', import.meta.url);
const feedPath = (name: string) => new URL(name, FEEDS).pathname;
const CHINA = 'zh-cn.china.official';

const T = {
  en: { import: 'Import', dialog: 'Import events', done: 'Import finished', button: (n: number) => (n === 1 ? `Import ${n} event` : `Import ${n} events`), paste: 'Paste rows' },
  'zh-CN': { import: '导入', dialog: '导入事件', done: '导入完成', button: (n: number) => `导入 ${n} 个事件`, paste: '粘贴行' },
} as const;
type Lang = keyof typeof T;

/** A calendar of the test's own: Monday to Friday, in Shanghai, linked to the given public-holiday calendars. */
async function newCalendar(page: Page, sandbox: SandboxAccount, extra: string[] = []): Promise<string> {
  const res = await page.request.post('/api/calendar/create', {
    headers: { [ACCOUNT_HEADER]: sandbox.id },
    data: { cal_name: 'Holiday feed', workdays: [1, 2, 3, 4, 5], timezone: 'Asia/Shanghai', extra_cal_ids: extra },
  });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: { cal_id: string } }).data.cal_id;
}

/** Each day of the year off or not, as the API's list gives the calendar (own events, linked calendars, weekly days). */
async function daysOff(page: Page, sandbox: SandboxAccount, calId: string, year: number): Promise<Map<string, boolean>> {
  const res = await page.request.post('/api/calendar/event/list', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: calId, year } });
  const items = ((await res.json()) as { data: { items: CalEventItem[] } }).data.items;
  return new Map(effectiveDays(`${year}-01-01`, `${year}-12-31`, { cal_id: calId, workdays: [1, 2, 3, 4, 5] }, items).map((d) => [d.date, d.off]));
}

async function openImport(page: Page, lang: Lang, calId: string, year: number): Promise<Locator> {
  await page.goto(`/?lang=${lang}&cal_id=${calId}&month=${year}-01`);
  await page.getByRole('button', { name: T[lang].import, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: T[lang].dialog });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Imports what the preview ticked (`count` rows) and waits for the run to finish. */
async function importTicked(dialog: Locator, lang: Lang, count: number) {
  await dialog.getByRole('button', { name: T[lang].button(count) }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText(T[lang].done, { timeout: 30_000 });
}

const CHINESE_FEEDS = [
  { file: 'cn-2026-shangban.ics', year: 2026, lang: 'zh-CN', note: '识别为工作日：名称含“上班”' },
  { file: 'cn-2026-ban.ics', year: 2026, lang: 'en', note: 'Read as a working day: its summary says “(班)”' },
  { file: 'cn-2025-buban-timed.ics', year: 2025, lang: 'zh-CN', note: '带有具体时间：按 Asia/Shanghai 时区计入其经过的日期' },
  { file: 'cn-2026-apple.ics', year: 2026, lang: 'en', note: 'Read from Apple’s marking ALTERNATE-WORKDAY' },
] as const;

for (const feed of CHINESE_FEEDS) {
  test(`${feed.file}: imported through the dialog, 0 wrong days of ${feed.year} (${feed.lang})`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox);
    const dialog = await openImport(page, feed.lang, calId, feed.year);
    await dialog.locator('#import-file').setInputFiles(feedPath(feed.file));
    const preview = dialog.getByTestId('import-preview');
    // The preview says why a make-up day is a working day.
    await expect(preview.getByTestId('row-note').filter({ hasText: feed.note }).first()).toBeVisible();
    const rows = await preview.locator('[data-status]').count();
    await importTicked(dialog, feed.lang, rows);
    const days = await daysOff(page, sandbox, calId, feed.year);
    expect(wrongDays(feed.year, (d) => days.get(d)!)).toEqual([]);
  });
}

test('pasted .ics text is read as the file is, and imports the same days (zh-CN)', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  const dialog = await openImport(page, 'zh-CN', calId, 2026);
  await dialog.locator('#import-file').setInputFiles(feedPath('cn-2026-shangban.ics'));
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.locator('[data-status]')).toHaveCount(13);
  const fromFile = await preview.locator('[data-status]').allInnerTexts();

  await dialog.getByRole('textbox', { name: T['zh-CN'].paste }).fill(await readFile(feedPath('cn-2026-shangban.ics'), 'utf8'));
  await expect(dialog.getByTestId('file-problem')).toHaveCount(0);
  await expect(preview.locator('[data-status]')).toHaveCount(13);
  expect(await preview.locator('[data-status]').allInnerTexts()).toEqual(fromFile);
  await importTicked(dialog, 'zh-CN', 13);
  const days = await daysOff(page, sandbox, calId, 2026);
  expect(wrongDays(2026, (d) => days.get(d)!)).toEqual([]);
});

test('the Chinese .ics into a calendar that links China’s public holidays: every row already so, nothing to import, no day changes (en)', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox, [CHINA]);
  const before = await daysOff(page, sandbox, calId, 2026);
  expect(wrongDays(2026, (d) => before.get(d)!)).toEqual([]);
  const dialog = await openImport(page, 'en', calId, 2026);
  await dialog.locator('#import-file').setInputFiles(feedPath('cn-2026-shangban.ics'));
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.locator('[data-status="unchanged"]')).toHaveCount(13);
  await expect(preview.getByText('Already so by the linked public-holiday calendar').first()).toBeVisible();
  await expect(dialog.getByTestId('import-impact')).toContainText('No day of 2026 changes');
  await expect(dialog.getByRole('button', { name: T.en.button(0) })).toBeDisabled();
  expect(await sandbox.ownEvents(calId, 2026)).toEqual([]);
});

test('a row that contradicts the linked public-holiday calendar is flagged and unticked before anything is saved (zh-CN)', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox, [CHINA]);
  const dialog = await openImport(page, 'zh-CN', calId, 2026);
  await dialog.getByRole('textbox', { name: T['zh-CN'].paste }).fill('名称\t开始日期\t结束日期\t休息日\n国庆值班\t2026-10-02\t\t否\n团建\t2026-10-09\t\t是');
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.getByTestId('row-contradicts')).toHaveCount(1);
  await expect(preview.getByTestId('row-contradicts')).toContainText('与关联的节假日日历（“国庆节（示例）”）相反');
  await expect(dialog.getByTestId('preview-contradicts')).toContainText('1 行与关联的节假日日历相反');
  await expect(preview.getByRole('checkbox', { name: '国庆值班' })).not.toBeChecked();
  await expect(preview.getByRole('checkbox', { name: '团建' })).toBeChecked();
  await expect(dialog.getByRole('button', { name: T['zh-CN'].button(1) })).toBeEnabled();
});

for (const year of [2025, 2026] as const) {
  test(`the China suggestion of ${year} (the State Council's schedule) imports with 0 wrong days (en)`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox);
    const dialog = await openImport(page, 'en', calId, year);
    await dialog.getByRole('tab', { name: 'Public holidays' }).click();
    await dialog.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'China' });
    await expect(dialog.getByTestId('holidays-source')).toContainText(`the State Council’s schedule for ${year}`);
    await expect(dialog.getByTestId('schedule-missing')).toHaveCount(0);
    const preview = dialog.getByTestId('import-preview');
    // The make-up working days are rows of their own, as working days.
    await expect(preview.locator('select:has(option[value="work"]:checked)')).toHaveCount(year === 2025 ? 5 : 6);
    await expect(preview.getByRole('textbox', { name: 'Summary of line 2' })).toHaveValue(year === 2025 ? 'Spring Festival: make-up working day' : "New Year's Day: make-up working day");
    await importTicked(dialog, 'en', await preview.locator('[data-status="new"]').count());
    const days = await daysOff(page, sandbox, calId, year);
    expect(wrongDays(year, (d) => days.get(d)!)).toEqual([]);
  });
}

test('2027: the dialog and the year view of a China-linked calendar say the schedule is not published (zh-CN, en)', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox, [CHINA]);
  const dialog = await openImport(page, 'zh-CN', calId, 2027);
  await dialog.getByRole('tab', { name: '公共节假日' }).click();
  await dialog.getByRole('combobox', { name: '国家或地区' }).selectOption({ label: '中国' });
  await expect(dialog.getByTestId('schedule-missing')).toHaveText('2027 年的放假安排尚未公布：目前只有法定节假日，其余放假日和调休上班日暂缺。');
  await page.keyboard.press('Escape');

  await page.goto(`/?lang=en&cal_id=${calId}&month=2027-01&view=year`);
  await expect(page.getByTestId('year-view').getByTestId('schedule-missing')).toHaveText(
    'The 2027 schedule is not published yet: only the statutory holidays are known; its other days off and its make-up working days are missing.',
    // The workspace and the year view load after the first paint: on a loaded 2-core machine that passes 5 s.
    { timeout: 20_000 },
  );
  await page.goto(`/?lang=zh-CN&cal_id=${calId}&month=2026-01&view=year`);
  await expect(page.getByTestId('year-view').locator('[data-date="2026-01-01"]')).toBeVisible();
  await expect(page.getByTestId('schedule-missing')).toHaveCount(0);
});

test('the China suggestion of 2027, whose schedule is not published: the statutory days of the amended law, 8 Feb 2027 off (zh-CN)', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  const dialog = await openImport(page, 'zh-CN', calId, 2027);
  await dialog.getByRole('tab', { name: '公共节假日' }).click();
  await dialog.getByRole('combobox', { name: '国家或地区' }).selectOption({ label: '中国' });
  await expect(dialog.getByTestId('schedule-missing')).toContainText('目前只有法定节假日');
  const preview = dialog.getByTestId('import-preview');
  // The Spring Festival is the eve and the first three days: 5 to 8 February 2027 (a Monday).
  await expect(preview.getByRole('row', { name: /^春节 / })).toContainText(/2027年2月5日周五.*2027年2月8日周一/);
  await expect(preview.locator('[data-status]')).toHaveCount(7);
  await importTicked(dialog, 'zh-CN', await preview.locator('[data-status="new"]').count());
  const days = await daysOff(page, sandbox, calId, 2027);
  expect(days.get('2027-02-08')).toBe(true);
  // Off are the weekends and the statutory days, no other day; no make-up working day is known.
  const statutory = new Set(chinaStatutoryDays(2027).map((d) => d.date));
  expect([...days].filter(([day, off]) => off !== (statutory.has(day) || weekday(day) === 0 || weekday(day) === 6))).toEqual([]);
});

/** How much wider than its longest option's text a select is (less than 0: the text is cut). */
const roomInSelect = (select: Locator) =>
  select.evaluate((el: HTMLSelectElement) => {
    const style = getComputedStyle(el);
    const measure = document.createElement('canvas').getContext('2d')!;
    measure.font = style.font;
    const widest = Math.max(...[...el.options].map((o) => measure.measureText(o.text).width));
    return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - widest;
  });

test('a Japanese feed with four names of 50 characters: mended in place, and imported but for the Sunday one, already off (en)', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  const dialog = await openImport(page, 'en', calId, 2026);
  await dialog.locator('#import-file').setInputFiles(feedPath('jp-2026-long-names.ics'));
  const preview = dialog.getByTestId('import-preview');
  const invalid = preview.locator('[data-status="invalid"]');
  await expect(invalid).toHaveCount(4);
  await expect(invalid.first()).toContainText('The summary has 50 characters; at most 40');
  // Beside long messages the kind still reads whole: no select narrower than its longest option ("Wor…").
  for (const kind of await preview.getByRole('combobox', { name: /^Kind of line/ }).all()) expect(await roomInSelect(kind)).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < 4; i++) {
    const field = invalid.first().getByRole('textbox', { name: /^Summary of line/ });
    await expect(field).toHaveAccessibleDescription(/50 of at most 40 characters/);
    await field.fill((await field.inputValue()).slice(0, 40));
  }
  await expect(invalid).toHaveCount(0);
  // 3 May 2026 is a Sunday: off already by the weekly days, so unticked.
  await expect(preview.locator('[data-status="unchanged"]')).toHaveCount(1);
  await importTicked(dialog, 'en', 8);
  const stored = await sandbox.ownEvents(calId, 2026);
  expect(stored).toHaveLength(8);
  const mended = stored.find((e) => e.start_at === '2026-02-11')?.summary ?? '';
  expect(mended.startsWith('National Foundation Day')).toBe(true);
  expect([...mended].length).toBeLessThanOrEqual(40);
});

test('a US feed: observances unticked as "not a public holiday of the United States"; a Saturday row made a working day (en)', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  const dialog = await openImport(page, 'en', calId, 2026);
  await dialog.locator('#import-file').setInputFiles(feedPath('us-2026-observances.ics'));
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.locator('[data-status]')).toHaveCount(9);
  // Valentine's Day is a Saturday, off already by the weekly days: unticked from the start.
  await expect(preview.locator('[data-status="unchanged"]')).toHaveCount(1);
  await expect(preview.getByRole('checkbox', { name: "Valentine's Day" })).not.toBeChecked();
  await expect(preview.getByRole('checkbox', { name: 'Groundhog Day' })).toBeChecked();
  await dialog.getByRole('combobox', { name: 'Only public holidays of' }).hover();
  await dialog.getByRole('combobox', { name: 'Only public holidays of' }).selectOption({ label: 'United States' });
  await expect(dialog.getByTestId('tick-bar')).toContainText('2 rows are no public holiday of United States: unticked.');
  for (const name of ['Groundhog Day', "Valentine's Day", 'Tax Day']) await expect(preview.getByRole('checkbox', { name })).not.toBeChecked();
  // Made a working day instead, and ticked.
  await preview.getByRole('combobox', { name: 'Kind of line 20' }).selectOption('Working day');
  await preview.getByRole('checkbox', { name: "Valentine's Day" }).check();
  await importTicked(dialog, 'en', 7);
  const stored = await sandbox.ownEvents(calId, 2026);
  expect(stored.map((e) => `${e.start_at} ${e.is_off ? 'off' : 'work'} ${e.summary}`).sort()).toEqual([
    "2026-01-01 off New Year's Day",
    "2026-02-14 work Valentine's Day",
    '2026-05-25 off Memorial Day',
    '2026-07-03 off Independence Day (observed)',
    '2026-09-07 off Labor Day',
    '2026-11-26 off Thanksgiving Day',
    '2026-12-25 off Christmas Day',
  ]);
});
