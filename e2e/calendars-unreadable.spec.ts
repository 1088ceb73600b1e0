// The calendar list refused (a wrong or expired app key in live mode, the Origin check behind a
// proxy that rewrites Host): the first screen of a new deployment. It says why, what to do and the
// request ID, as every other failure does; "Retry" alone would give the scheduler nothing to pass on.
import { PANEL, PORTAL, expect, test } from './fixtures';

const TEXTS = {
  en: { title: 'The calendars could not be loaded.', what: 'The panel’s server could not sign in to Flashduty: its app key is wrong or has expired.', todo: 'Ask an administrator to renew the app key on the server.', retry: 'Retry', calendar: 'Calendar' },
  'zh-CN': { title: '无法加载日历列表。', what: '面板服务器无法访问 Flashduty：APP Key 错误或已过期。', todo: '请联系管理员在服务器上更新 APP Key。', retry: '重试', calendar: '日历' },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  const t = TEXTS[lang];
  test(`from the bare address, a refused calendar list says why, what to do and the request ID; Retry loads it once it is answered (${lang})`, async ({ page, sandbox }) => {
    await sandbox.fault({ path: '/calendar/list', fault: { type: 'error', code: 'Unauthorized' }, times: 50 });
    await page.goto(`/?lang=${lang}`);
    const alert = page.getByTestId('calendars-unreadable');
    await expect(alert).toContainText(t.title);
    await expect(alert).toContainText(t.what);
    await expect(alert).toContainText(t.todo);
    await expect(alert.getByTestId('request-id')).toHaveText(/^[0-9A-Z]{26}$/);
    await sandbox.reset();
    await alert.getByRole('button', { name: t.retry }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(alert).toBeHidden();
  });
}

test('in a portal’s frame, the event form’s calendar field says why the list was refused, with the server’s words', async ({ page, sandbox }) => {
  await sandbox.fault({ path: '/calendar/list', fault: { type: 'error', code: 'AccessDenied', message: 'The request came from another site.' }, times: 50 });
  await page.goto(`${PORTAL}/iframe-host.html?${new URLSearchParams({ panel: `${PANEL}/?embed=1&lang=en&parent_origin=${encodeURIComponent(PORTAL)}` })}`);
  const frame = page.frameLocator('#panel');
  const alert = frame.getByTestId('calendars-unreadable');
  // A read: not "permission to change"; the server's words say which refusal.
  await expect(alert).toContainText('The request was refused: you may not have permission to view service calendars, or the panel’s server refused it.');
  await expect(alert).not.toContainText('permission to change');
  await expect(alert).toContainText('The request came from another site.');
  await expect(alert.getByTestId('request-id')).toHaveText(/^[0-9A-Z]{26}$/);
  await expect(frame.getByLabel('Calendar', { exact: true })).toHaveAccessibleDescription('The calendars could not be loaded.');
});
