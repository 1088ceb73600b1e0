// The year as a manager reads it: make-up working days marked 班 (W), and the printed year a document:
// the calendar's name first, then its details, and each month's holidays, make-up working days and
// own events by name, with a key that means something on paper.
import { CHINA_CAL, expect, test } from './fixtures';

const TEXT = {
  en: {
    mark: 'W',
    timeZone: 'Time zone',
    national: 'Off 1–7 National Day (sample)',
    makeUp: 'Work 10 National Day make-up workday (sample)',
    offsite: 'Off 3–4 Team offsite (sample)',
    editable: 'Event of this calendar (editable)',
    key: 'Tinted: day off · W: make-up working day',
  },
  'zh-CN': {
    mark: '班',
    timeZone: '时区',
    national: '休 1–7日 国庆节（示例）',
    makeUp: '班 10日 国庆节调休上班（示例）',
    offsite: '休 3–4日 Team offsite (sample)',
    editable: '本日历的事件（可编辑）',
    key: '底色：休息日 · 班：调休上班日',
  },
} as const;

// A year of cells and a PDF: slow on a loaded 2-core machine.
test.beforeEach(() => test.slow());

for (const lang of ['en', 'zh-CN'] as const) {
  const T = TEXT[lang];

  test(`the year marks make-up working days, and prints the calendar's name first and each month's days by name (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&cal_id=${CHINA_CAL.id}&month=2026-10&view=year`);
    const year = page.getByTestId('year-view');
    // Saturday 10 October 2026 is National Day's make-up working day; Saturday 17 October a weekly rest day.
    await expect(year.locator('[data-date="2026-10-10"]')).toHaveAttribute('data-make-up', 'true');
    await expect(year.locator('[data-date="2026-10-10"]')).toContainText(T.mark);
    await expect(year.locator('[data-date="2026-10-17"]')).not.toContainText(T.mark);
    await expect(year.locator('[data-date="2026-10-12"]')).not.toContainText(T.mark); // a plain working day
    await expect(page.getByText(T.national)).toBeHidden(); // the names are for paper: the screen has hover and the month

    await page.emulateMedia({ media: 'print' });
    const name = page.getByText('On-call China (sample)', { exact: true });
    await expect(name).toBeVisible();
    const timeZone = page.getByText(T.timeZone, { exact: true });
    expect((await name.boundingBox())!.y).toBeLessThan((await timeZone.boundingBox())!.y);
    const october = year.getByRole('region', { name: lang === 'en' ? 'October' : '10月' });
    await expect(october.getByRole('listitem')).toHaveText([T.national, T.makeUp]);
    await expect(year.getByRole('region', { name: lang === 'en' ? 'December' : '12月' }).getByRole('listitem')).toHaveText([T.offsite]);
    await expect(page.getByText(T.editable)).toBeHidden(); // “editable” means nothing on paper
    await expect(page.getByText(T.key)).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
}
