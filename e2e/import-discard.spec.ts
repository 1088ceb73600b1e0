// The import dialog holding work not imported yet (attacker round 9 M1): rows pasted, a row mended,
// a row unticked. Escape, ✕, Cancel or a click beside the dialog asks the question every form asks
// (DiscardChangesDialog); keeping gives the dialog back as it was, discarding closes it, and an
// empty dialog closes at once. From the bare address, in both languages.
import { expect, test } from './fixtures';

const T = {
  en: {
    import: 'Import',
    dialog: 'Import events',
    paste: 'Paste rows',
    csv: 'Summary,Start date,End date,Day off\nTeam offsite,2026-12-10,2026-12-11,yes\nTraining day,2026-12-14,,yes\nYear-end party,2026-12-30,,yes\n',
    summaryOfLine2: 'Summary of line 2',
    mended: 'Team offsite (moved)',
    unticked: 'Training day',
    question: 'Discard unsaved changes?',
    body: 'These rows and the changes made to them in the preview are not imported.',
    keep: 'Keep editing',
    discard: 'Discard changes',
    close: 'Close',
    cancel: 'Cancel',
  },
  'zh-CN': {
    import: '导入',
    dialog: '导入事件',
    paste: '粘贴行',
    csv: '名称,开始日期,结束日期,休息日\n团队团建,2026-12-10,2026-12-11,是\n培训日,2026-12-14,,是\n年会,2026-12-30,,是\n',
    summaryOfLine2: '第 2 行的名称',
    mended: '团队团建（改期）',
    unticked: '培训日',
    question: '放弃未保存的修改？',
    body: '这些行和在预览中所做的修改尚未导入。',
    keep: '继续编辑',
    discard: '放弃修改',
    close: '关闭',
    cancel: '取消',
  },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  const t = T[lang];

  test(`rows pasted, mended and unticked: Escape, a click beside, ✕ and Cancel ask first; keeping gives everything back (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    const openImport = () => page.getByRole('button', { name: t.import, exact: true }).click();
    await openImport();
    const dialog = page.getByRole('dialog', { name: t.dialog });
    const paste = dialog.getByRole('textbox', { name: t.paste });
    await paste.fill(t.csv);
    const summary = dialog.getByRole('textbox', { name: t.summaryOfLine2 });
    await summary.fill(t.mended);
    const unticked = dialog.getByRole('checkbox', { name: t.unticked, exact: true });
    await unticked.uncheck();
    const question = page.getByRole('dialog', { name: t.question });

    /** The dialog as it was left: the paste, the mended row, the tick taken off, the focus inside it. */
    const allThere = async () => {
      await expect(question).toBeHidden();
      await expect(dialog).toBeVisible();
      await expect(paste).toHaveValue(t.csv);
      await expect(summary).toHaveValue(t.mended);
      await expect(dialog.getByRole('checkbox', { name: t.mended, exact: true })).toBeChecked();
      await expect(unticked).not.toBeChecked();
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    };

    // Escape (the focus on the tick just taken off), then Keep editing: everything is there.
    await page.keyboard.press('Escape');
    await expect(question).toContainText(t.body);
    await expect(question.getByRole('button', { name: t.keep })).toBeFocused();
    await question.getByRole('button', { name: t.keep }).click();
    await allThere();
    await expect(unticked).toBeFocused();

    // A click beside the dialog, then Escape (the question's own "keep").
    await page.mouse.click(5, 5);
    await expect(question).toBeVisible();
    await page.keyboard.press('Escape');
    await allThere();

    // Cancel asks too.
    await dialog.getByRole('button', { name: t.cancel, exact: true }).click();
    await expect(question).toBeVisible();
    await question.getByRole('button', { name: t.keep }).click();
    await allThere();

    // ✕, then Discard changes: the dialog closes, and opens again empty.
    await dialog.getByRole('button', { name: t.close, exact: true }).click();
    await question.getByRole('button', { name: t.discard }).click();
    await expect(question).toBeHidden();
    await expect(dialog).toBeHidden();
    await openImport();
    await expect(paste).toHaveValue('');
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);

    // Empty, it closes at once.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(question).toHaveCount(0);
  });
}

test('a tick set back as it was, or an import done, leaves nothing to lose: the dialog closes at once', async ({ page, sandbox }) => {
  test.slow(); // an import run, paced, on a loaded machine
  await page.goto('/?lang=en');
  const openImport = () => page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  const question = page.getByRole('dialog', { name: 'Discard unsaved changes?' });

  // A country's public holidays: a row unticked asks; ticked again, nothing is changed.
  await openImport();
  await dialog.getByRole('tab', { name: 'Public holidays' }).click();
  await dialog.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'Japan' });
  const tick = dialog.getByTestId('import-preview').locator('[data-status="new"]').first().getByRole('checkbox');
  await tick.uncheck();
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(tick).not.toBeChecked();
  await tick.check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(question).toHaveCount(0);

  // Rows imported: the run took them over. Done, and back at the preview with Import more, nothing is asked.
  await openImport();
  await dialog.getByRole('textbox', { name: 'Paste rows' }).fill('Summary,Start date\nDepot stocktake,2026-12-21\n');
  await dialog.getByRole('button', { name: 'Import 1 event' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('1 saved', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Import more' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Paste rows' })).toHaveValue('Summary,Start date\nDepot stocktake,2026-12-21\n');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(question).toHaveCount(0);
  expect((await sandbox.ownEvents('cal.SampleOnCallChina01', 2026)).some((e) => e.summary === 'Depot stocktake')).toBe(true);
});
