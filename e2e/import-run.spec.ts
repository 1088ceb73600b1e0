// An import run when answers go wrong (issue 21, items 2 and 10): a save stored but answered 504 is
// found again instead of stored twice, and Undo leaves nothing; a calendar deleted during the run
// stops it at once; Escape during a run asks before the run and its Undo go.
import type { Page } from '@playwright/test';
import { ACCOUNT_HEADER, PANEL, PORTAL, expect, test, type SandboxAccount } from './fixtures';

test.beforeEach(() => test.slow());

const CSV = [
  'Summary,Start date,End date,Day off,Description',
  'New Year,2026-01-01,2026-01-02,yes,',
  'Spring Festival,2026-02-16,2026-02-20,yes,',
  'Labour Day,2026-05-01,,yes,',
  'Dragon Boat,2026-06-19,,yes,',
  'National Day,2026-10-01,2026-10-07,yes,',
].join('\n');

async function newCalendar(page: Page, sandbox: SandboxAccount): Promise<string> {
  const res = await page.request.post('/api/calendar/create', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_name: 'Run target', workdays: [1, 2, 3, 4, 5] } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: { cal_id: string } }).data.cal_id;
}

async function startImport(page: Page, calId: string, lang: 'en' | 'zh-CN' = 'en') {
  await page.goto(`/?lang=${lang}&cal_id=${calId}&month=2026-10`);
  await page.getByRole('button', { name: lang === 'en' ? 'Import' : '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: lang === 'en' ? 'Import events' : '导入事件' });
  await dialog.getByRole('textbox', { name: lang === 'en' ? 'Paste rows' : '粘贴行' }).fill(CSV);
  await dialog.getByRole('button', { name: lang === 'en' ? 'Import 5 events' : '导入 5 个事件' }).click();
  return dialog;
}

/** An import of the 5 rows caught mid-run: the pool sends all 5 at once, two are answered at once, three after `slowMs`. */
async function importMidRun(page: Page, sandbox: SandboxAccount, slowMs: number, lang: 'en' | 'zh-CN' = 'en') {
  const calId = await newCalendar(page, sandbox);
  await sandbox.fault({ path: '/calendar/event/upsert', times: 2, fault: { type: 'delay', ms: 0 } });
  await sandbox.fault({ path: '/calendar/event/upsert', times: 3, fault: { type: 'delay', ms: slowMs } });
  const dialog = await startImport(page, calId, lang);
  await expect(dialog.getByTestId('import-progress')).toHaveText(lang === 'en' ? '2 of 5 saved' : '已保存 2 / 5');
  return { calId, dialog };
}

test('a save stored but answered 504 is found on retry, not stored again; Undo leaves none', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  let upserts = 0;
  await page.route('**/api/calendar/event/upsert', async (route) => {
    // The third save is stored, then answered as the proxy answers a Flashduty that did not answer in time.
    if (++upserts === 3) await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 } });
    await route.continue();
  });
  const dialog = await startImport(page, calId);
  const summary = dialog.getByTestId('import-summary');
  // Not a plain failure: its answer was lost, and it is not found yet.
  await expect(summary).toContainText('4 saved, 0 skipped, 0 failed.', { timeout: 30_000 });
  await expect(dialog.getByTestId('row-status').filter({ hasText: 'Not found yet: may still appear' })).toHaveCount(1);
  await expect(dialog.getByTestId('row-status').filter({ hasText: 'It may have been saved all the same' })).toHaveCount(1);
  expect(await sandbox.ownEvents(calId, 2026)).toHaveLength(5);

  await dialog.getByRole('button', { name: 'Retry failed rows' }).click();
  await expect(summary).toContainText('5 saved, 0 skipped, 0 failed.', { timeout: 30_000 });
  const stored = await sandbox.ownEvents(calId, 2026);
  expect(stored.map((e) => e.summary).sort()).toEqual(['Dragon Boat', 'Labour Day', 'National Day', 'New Year', 'Spring Festival']);
  expect(upserts).toBe(5); // the row found was not sent again

  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(summary).toContainText('Import undone', { timeout: 30_000 });
  expect(await sandbox.ownEvents(calId, 2026)).toEqual([]);
});

test('Undo right after a 504, without a retry, deletes the copy it may have stored', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 } });
  const dialog = await startImport(page, calId);
  await expect(dialog.getByTestId('import-summary')).toContainText('4 saved, 0 skipped, 0 failed.', { timeout: 30_000 });
  await expect(dialog.getByTestId('import-may-appear')).toContainText('Not found yet, may still appear:');
  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('Import undone', { timeout: 30_000 });
  expect(await sandbox.ownEvents(calId, 2026)).toEqual([]);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a calendar deleted during the import stops it at the first "not found" and says so (${lang})`, async ({ page, sandbox }) => {
    const calId = await newCalendar(page, sandbox);
    // The run keeps 5 requests in flight: all 5 rows go at once. The first two are answered (saved),
    // then the calendar is deleted, then the other three reach the server: each is refused.
    let upserts = 0;
    const firstTwo: Promise<void>[] = [];
    let deleted: Promise<void> | undefined;
    await page.route('**/api/calendar/event/upsert', async (route) => {
      const n = ++upserts;
      if (n <= 2) {
        const answered = route.fetch().then((response) => route.fulfill({ response }));
        firstTwo.push(answered);
        return answered;
      }
      deleted ??= Promise.all(firstTwo).then(async () => {
        const res = await page.request.post('/api/calendar/delete', { headers: { [ACCOUNT_HEADER]: sandbox.id }, data: { cal_id: calId } });
        expect(res.ok()).toBe(true);
      });
      await deleted;
      await route.continue();
    });
    const dialog = await startImport(page, calId, lang);
    const stopped = dialog.getByTestId('import-stopped');
    await expect(stopped).toContainText(lang === 'en' ? 'Import stopped: the calendar no longer exists' : '导入已停止：日历已不存在', { timeout: 30_000 });
    await expect(stopped).toContainText(lang === 'en' ? '2 events were saved before the calendar was deleted' : '日历删除前已保存 2 个事件');
    await expect(stopped).toContainText(lang === 'en' ? 'the other 3 rows were not saved.' : '其余 3 行未保存。');
    expect(upserts).toBe(5);
    await expect(dialog.getByTestId('import-progress')).toHaveText(lang === 'en' ? '2 of 5 saved' : '已保存 2 / 5');
    await expect(dialog.getByRole('button', { name: lang === 'en' ? 'Retry failed rows' : '重试失败的行' })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: lang === 'en' ? 'Undo import' : '撤销导入' })).toHaveCount(0);
  });

  test(`Escape during an import asks; kept open, the run ends and its Undo works (${lang})`, async ({ page, sandbox }) => {
    // Three saves answered after 3 s, so Escape comes mid-run.
    const { calId, dialog } = await importMidRun(page, sandbox, 3000, lang);
    await page.keyboard.press('Escape');
    // The question every dialog holding something to lose asks (DiscardChangesDialog), over the import.
    const question = page.getByRole('dialog', { name: lang === 'en' ? 'Close while the import is running?' : '导入仍在进行，要关闭吗？' });
    await expect(question).toContainText(lang === 'en' ? 'its Undo goes with the dialog' : '“撤销导入”也随对话框一起消失');
    const stay = question.getByRole('button', { name: lang === 'en' ? 'Keep it open' : '不关闭' });
    await expect(stay).toBeFocused();
    await stay.click();
    await expect(question).toBeHidden();
    await expect(dialog.getByTestId('import-summary')).toContainText(lang === 'en' ? '5 saved, 0 skipped, 0 failed.' : '已保存 5，跳过 0，失败 0。', { timeout: 30_000 });
    await dialog.getByRole('button', { name: lang === 'en' ? 'Undo import' : '撤销导入' }).click();
    await expect(dialog.getByTestId('import-summary')).toContainText(lang === 'en' ? 'Import undone' : '导入已撤销', { timeout: 30_000 });
    expect(await sandbox.ownEvents(calId, 2026)).toEqual([]);
  });
}

test('Escape during an import, then "Close and stop": the dialog closes, and the saves so far stay', async ({ page, sandbox }) => {
  const { calId, dialog } = await importMidRun(page, sandbox, 5000);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Close while the import is running?' }).getByRole('button', { name: 'Close and stop' }).click();
  await expect(dialog).toBeHidden();
  expect((await sandbox.ownEvents(calId, 2026)).length).toBeGreaterThanOrEqual(1);
});

test('leaving the page during an import asks first (the browser\'s question); once it has ended, it does not', async ({ page, sandbox }) => {
  const { dialog } = await importMidRun(page, sandbox, 3000);
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss(); // stay
  await expect(dialog.getByTestId('import-summary')).toContainText('5 saved, 0 skipped, 0 failed.', { timeout: 30_000 });
  // Ended: nothing left to lose but the Undo, which the page keeps only as long as it is open anyway.
  let askedAgain = false;
  page.on('dialog', (d) => {
    askedAgain = true;
    void d.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(askedAgain).toBe(false);
});

test('a screen reader hears the progress in steps, not at every row; the visible line counts every row', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  // 150 weekly working days of 2026 (a day off on a weekend would be unticked as already so).
  const days: string[] = [];
  for (let i = 0; days.length < 150; i++) {
    const d = new Date(Date.UTC(2026, 0, 1 + i));
    if (d.getUTCDay() % 6 !== 0) days.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`);
  }
  const csv = ['Summary,Start date,End date,Day off', ...days.map((d) => `Day ${d},${d},${d},yes`)].join('\n');
  await page.goto(`/?lang=en&cal_id=${calId}&month=2026-10`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import events' });
  await dialog.getByRole('textbox', { name: 'Paste rows' }).fill(csv);
  // Every text the visible line and the live region take, as the page changes them.
  await page.evaluate(() => {
    const seen: Record<string, string[]> = { line: [], announced: [] };
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    const take = (key: string, testId: string) => {
      const text = document.querySelector(`[data-testid="${testId}"]`)?.textContent;
      if (text && seen[key].at(-1) !== text) seen[key].push(text);
    };
    new MutationObserver(() => {
      take('line', 'import-progress');
      take('announced', 'import-progress-announced');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByRole('button', { name: 'Import 150 events' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('150 saved, 0 skipped, 0 failed.', { timeout: 60_000 });
  const live = dialog.getByTestId('import-progress-announced');
  await expect(live).toHaveText('150 of 150 saved');
  await expect(live).toHaveAttribute('role', 'status');
  await expect(dialog.getByTestId('import-progress')).not.toHaveAttribute('aria-live');
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: { line: string[]; announced: string[] } }).progressSeen);
  expect(seen.line.length).toBeGreaterThan(20);
  expect(seen.announced.length).toBeLessThanOrEqual(11);
  expect(seen.announced.at(-1)).toBe('150 of 150 saved');
});

// A portal's set-calendar, or Back to another calendar, while an import runs: the workspace behind
// shows the other calendar, and the import goes on in its dialog, which names its calendar; its
// summary and Undo stay (attacker round 4: the run was dropped without a word, 10 of 30 rows stored).
test('a portal that switches the framed workspace’s calendar mid-import: the run goes on, says so, and its Undo works', async ({ page, sandbox }) => {
  const calId = await newCalendar(page, sandbox);
  const other = await newCalendar(page, sandbox);
  await sandbox.fault({ path: '/calendar/event/upsert', times: 2, fault: { type: 'delay', ms: 0 } });
  await sandbox.fault({ path: '/calendar/event/upsert', times: 3, fault: { type: 'delay', ms: 3000 } });
  // The portal sizes the frame to its content; a page as tall shows the frame's dialog where it opens.
  await page.setViewportSize({ width: 1280, height: 2400 });
  const panel = `${PANEL}/?${new URLSearchParams({ embed: '1', view: 'workspace', cal_id: calId, month: '2026-10', lang: 'zh-CN', parent_origin: PORTAL })}`;
  await page.goto(`${PORTAL}/iframe-host.html?${new URLSearchParams({ panel })}`);
  const frame = page.frameLocator('#panel');
  await frame.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = frame.getByRole('dialog', { name: '导入事件' });
  // Both calendars are named Run target: the title tells them apart by the end of the ID.
  await expect(dialog).toContainText(`导入到日历“Run target · Asia/Shanghai · ID …${calId.slice(-6)}”`);
  await dialog.getByRole('textbox', { name: '粘贴行' }).fill(CSV);
  await dialog.getByRole('button', { name: '导入 5 个事件' }).click();
  await expect(dialog.getByTestId('import-progress')).toHaveText('已保存 2 / 5');

  await page.evaluate((cal_id) => (window as unknown as { sendToPanel: (m: unknown) => void }).sendToPanel({ type: 'calendar-panel:set-calendar', cal_id }), other);
  await expect(frame.locator('#workspace-calendar')).toHaveValue(other);
  await expect(dialog.getByTestId('import-summary')).toContainText('已保存 5，跳过 0，失败 0。', { timeout: 30_000 });
  expect(await sandbox.ownEvents(calId, 2026)).toHaveLength(5);
  expect(await sandbox.ownEvents(other, 2026)).toEqual([]);
  await dialog.getByRole('button', { name: '撤销导入' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('导入已撤销', { timeout: 30_000 });
  expect(await sandbox.ownEvents(calId, 2026)).toEqual([]);
});
