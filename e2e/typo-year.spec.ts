// A year typed wrong in the event form (attacker round 13 M4): a start before 2023 (1026 for 2026)
// is refused before any request, as the API lists no year before 2023 and the page could never show
// or delete such an event again.
import { CHINA_CAL, expect, test } from './fixtures';
import { recordUpserts } from './helpers';

const CASES = [
  {
    lang: 'zh-CN',
    name: '名称',
    start: '开始日期',
    end: '结束日期',
    save: '保存',
    refusal: '日历只记录 2023 年及以后的日期，请检查“1026-12-22”的年份。',
    edit: '编辑事件',
  },
  {
    lang: 'en',
    name: 'Summary',
    start: 'Start date',
    end: 'End date',
    save: 'Save',
    refusal: 'The calendar holds dates from 2023 on. Check the year of “1026-12-22”.',
    edit: 'Edit event',
  },
] as const;

for (const c of CASES) {
  test(`a start date before 2023 (1026 typed for 2026) is refused before any request, the values kept; the year corrected, it saves (${c.lang})`, async ({ page, sandbox }) => {
    const upserts = recordUpserts(page);
    await page.goto(`/?lang=${c.lang}`);
    await page.locator('[data-date="2026-11-25"]').click(); // the clock's month: November 2026
    const start = page.getByRole('textbox', { name: c.start, exact: true });
    const end = page.getByRole('textbox', { name: c.end, exact: true });
    await expect(start).toHaveValue('2026-11-25');
    await page.getByRole('textbox', { name: c.name, exact: true }).fill('公司年会');
    await start.fill('1026-12-22');
    await end.fill('1026-12-22');
    await page.getByRole('button', { name: c.save, exact: true }).click();

    await expect(start).toHaveAccessibleDescription(c.refusal);
    await expect(page.getByRole('alert').filter({ hasText: c.refusal })).toBeVisible(); // the error summary
    await expect(start).toHaveValue('1026-12-22');
    await expect(end).toHaveValue('1026-12-22');
    await expect(page.getByRole('textbox', { name: c.name, exact: true })).toHaveValue('公司年会');
    await expect(page.getByText(/可能已被删除|may have been deleted/)).toHaveCount(0);
    expect(upserts).toEqual([]);

    await start.fill('2026-12-22');
    await end.fill('2026-12-22');
    await expect(start).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: c.save, exact: true }).click();
    await expect(page.getByRole('heading', { name: c.edit, exact: true })).toBeVisible();
    expect(upserts).toHaveLength(1);
    expect(upserts[0]).toMatchObject({ start_at: '2026-12-22', end_at: '2026-12-23' });
    expect((await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.summary === '公司年会')).toEqual([expect.objectContaining({ start_at: '2026-12-22', end_at: '2026-12-23' })]);
  });
}

test('a last day more than 10 years ahead (2206 typed for 2026) is asked about before any request; kept, it saves; corrected, nothing is asked', async ({ page, sandbox }) => {
  const upserts = recordUpserts(page);
  await page.goto('/?lang=zh-CN');
  await page.locator('[data-date="2026-11-25"]').click();
  await page.getByRole('textbox', { name: '名称', exact: true }).fill('公司年会');
  const end = page.getByRole('textbox', { name: '结束日期', exact: true });
  await end.fill('2206-11-25');
  // What saving does names the first weekends and counts the rest (all 9,000-odd drawn froze the tab for a minute: attacker round 14).
  const impact = page.getByTestId('impact');
  await expect(impact).toContainText(/另外 \d+ 段日期/);
  expect((await impact.innerText()).length).toBeLessThan(2000);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const question = page.getByRole('alert').filter({ hasText: '请确认年份' });
  await expect(question).toContainText('事件持续到 2206年11月25日周二，距今超过 10 年。请检查年份，或确认保存。');
  expect(upserts).toEqual([]);
  // The year corrected: the question goes, and Save saves without asking.
  await end.fill('2026-11-26');
  await expect(question).toHaveCount(0);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('heading', { name: '编辑事件', exact: true })).toBeVisible();
  expect(upserts).toEqual([expect.objectContaining({ start_at: '2026-11-25', end_at: '2026-11-27' })]);

  // Kept on purpose: 仍然保存 saves it.
  await end.fill('2206-11-25');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(question).toBeVisible();
  expect(upserts).toHaveLength(1);
  await question.getByRole('button', { name: '仍然保存' }).click();
  await expect.poll(() => upserts.length).toBe(2);
  expect(upserts[1]).toMatchObject({ start_at: '2026-11-25', end_at: '2206-11-26' });
  await expect(question).toHaveCount(0);
  expect((await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.summary === '公司年会')).toEqual([expect.objectContaining({ end_at: '2206-11-26' })]);
});
