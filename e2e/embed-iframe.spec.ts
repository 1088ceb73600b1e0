// The panel in a portal's iframe: no page chrome, saves and height reported to the portal's origin
// only, calendar and language taken from the portal only.
import type { Page } from '@playwright/test';
import { CHINA_CAL, PANEL, PORTAL, THIRD_PARTY, US_CAL, expect, test } from './fixtures';
import { fillEvent, form } from './helpers';

function panelUrl(params: Record<string, string>) {
  return `${PANEL}/?${new URLSearchParams({ embed: '1', ...params })}`;
}

async function openPortal(page: Page, panel: string, third?: string) {
  const params = new URLSearchParams({ panel, ...(third ? { third } : {}) });
  await page.goto(`${PORTAL}/iframe-host.html?${params}`);
  return page.frameLocator('#panel');
}

const toPanel = (page: Page, message: object) => page.evaluate((m) => (window as unknown as { sendToPanel: (m: unknown) => void }).sendToPanel(m), message);
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);

test('the frame’s event form loads no workspace code (the page of its own does)', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(panelUrl({ cal_id: CHINA_CAL.id, lang: 'en' }));
  await expect(form(page).calendar).toHaveValue(CHINA_CAL.label);
  await page.waitForLoadState('networkidle');
  expect(scripts.some((path) => /\/EventForm-[\w-]+\.js$/.test(path))).toBe(true);
  expect(scripts.filter((path) => /\/Workspace-[\w-]+\.js$/.test(path))).toEqual([]);

  scripts.length = 0;
  await page.goto(`${PANEL}/?lang=en&cal_id=${CHINA_CAL.id}`);
  await expect(page.getByRole('grid')).toBeVisible();
  expect(scripts.filter((path) => /\/Workspace-[\w-]+\.js$/.test(path))).toHaveLength(1);
});

test('reports saves and its height to the portal, and shows no page chrome', async ({ page, sandbox }) => {
  const frame = await openPortal(page, panelUrl({ cal_id: CHINA_CAL.id, lang: 'en', parent_origin: PORTAL }));
  const f = form(frame);
  await expect(f.calendar).toHaveValue(CHINA_CAL.label);
  await expect(frame.getByRole('heading', { name: 'Service calendar events' })).toHaveCount(0);
  await expect(frame.getByRole('group', { name: 'Language' })).toHaveCount(0);

  // The portal sizes the iframe to the panel's content: the Save button is visible without scrolling.
  await expect.poll(async () => (await received(page)).some((m) => m.type === 'calendar-panel:height')).toBe(true);
  const frameBox = (await page.locator('#panel').boundingBox())!;
  const saveBox = (await f.save.boundingBox())!;
  expect(saveBox.y + saveBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
  const heightBefore = frameBox.height;

  await fillEvent(frame, { summary: 'Portal holiday', start: '2026-05-01', end: '2026-05-05' });
  await f.save.click();
  await expect(f.status).toHaveText('Saved “Portal holiday”.');
  const [stored] = await sandbox.ownEvents(CHINA_CAL.id, 2026).then((events) => events.filter((e) => e.summary === 'Portal holiday'));
  await expect
    .poll(() => received(page))
    .toContainEqual({ type: 'calendar-event:saved', cal_id: CHINA_CAL.id, event_id: stored.event_id, summary: 'Portal holiday' });

  // The content grew (the event ID line): the portal received the new height and grew the frame.
  await expect.poll(async () => (await page.locator('#panel').boundingBox())!.height).toBeGreaterThan(heightBefore);
  expect((await received(page)).map((m) => m.type)).toContain('calendar-panel:ready');
});

// The portal sizes the frame to its content, so a toast fixed to the frame's bottom edge sat on Save
// and its status line. In a frame the toasts come below the content, and the frame grows to show them.
test('the “saved” toast in the portal’s frame covers neither Save nor its status, and the frame grows to show it', async ({ page, sandbox }) => {
  void sandbox;
  const frame = await openPortal(page, panelUrl({ cal_id: CHINA_CAL.id, lang: 'en', parent_origin: PORTAL }));
  const f = form(frame);
  await fillEvent(frame, { summary: 'Portal day', start: '2026-05-06', end: '2026-05-06' });
  await f.save.click();
  const toast = frame.getByRole('alert').filter({ hasText: 'Event saved' });
  await expect(toast).toBeVisible();
  await expect(f.status).toHaveText('Saved “Portal day”.');
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const toastBox = (await toast.boundingBox())!;
  for (const control of [f.save, f.status]) expect(overlaps(toastBox, (await control.boundingBox())!), `the toast covers ${control}`).toBe(false);
  await expect.poll(async () => {
    const frameBox = (await page.locator('#panel').boundingBox())!;
    const box = (await toast.boundingBox())!;
    return box.y + box.height <= frameBox.y + frameBox.height;
  }).toBe(true);
});

test('takes a calendar and a language from the portal, and ignores a third party’s messages', async ({ page }) => {
  const frame = await openPortal(page, panelUrl({ cal_id: CHINA_CAL.id, lang: 'en', parent_origin: PORTAL }), `${THIRD_PARTY}/third-party.html`);
  const f = form(frame);
  await expect(f.calendar).toHaveValue(CHINA_CAL.label);
  await expect(page.frameLocator('#third').locator('body')).toContainText('Third party widget');
  await expect.poll(async () => (await received(page)).some((m) => m.type === 'calendar-panel:ready')).toBe(true);
  const third = page.frames().find((frame) => frame.url().startsWith(THIRD_PARTY))!;
  const fromThirdParty = (message: object) => third.evaluate((m) => (window as unknown as { postToPanel: (m: unknown) => void }).postToPanel(m), message);
  const fromPortal = (message: object) => page.evaluate((m) => (window as unknown as { sendToPanel: (m: unknown) => void }).sendToPanel(m), message);

  // Each portal message, posted after the third party's, shows when those have been handled.
  await fromThirdParty({ type: 'calendar-panel:set-language', lang: 'zh-CN' });
  await fromPortal({ type: 'calendar-panel:set-calendar', cal_id: US_CAL.id });
  await expect(f.calendar).toHaveValue(US_CAL.label);
  await expect(f.save).toBeVisible(); // still English

  await fromThirdParty({ type: 'calendar-panel:set-calendar', cal_id: CHINA_CAL.id });
  await fromPortal({ type: 'calendar-panel:set-language', lang: 'zh-CN' });
  await expect(frame.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(frame.getByLabel('日历', { exact: true })).toHaveValue(US_CAL.label);
});

test('posts nothing when the portal’s origin is not the one it was given', async ({ page, sandbox }) => {
  void sandbox; // its own account: the save is the only event on its days
  const frame = await openPortal(page, panelUrl({ cal_id: US_CAL.id, lang: 'en', parent_origin: THIRD_PARTY }));
  const f = form(frame);
  await fillEvent(frame, { summary: 'Quiet save', start: '2026-07-03', end: '2026-07-03' });
  await f.save.click();
  await expect(f.status).toHaveText('Saved “Quiet save”.');
  // The browser delivers a message only to the origin it names: the portal has received nothing.
  expect(await received(page)).toEqual([]);
  // Nor does the panel take the portal's messages, since it trusts the origin it was given only.
  await page.evaluate(() => (window as unknown as { sendToPanel: (m: unknown) => void }).sendToPanel({ type: 'calendar-panel:set-language', lang: 'zh-CN' }));
  await expect(frame.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
});

test.describe(() => {
  test.use({ expectedConsoleErrors: [/violates the following Content Security Policy directive: "frame-ancestors/] });
  test('cannot be framed by an origin that FRAME_ANCESTORS does not list', async ({ page }) => {
    const blocked: string[] = [];
    page.on('console', (m) => m.text().includes('frame-ancestors') && blocked.push(m.text()));
    await page.goto(`${THIRD_PARTY}/iframe-host.html?${new URLSearchParams({ panel: panelUrl({ parent_origin: THIRD_PARTY }) })}`);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    await expect(page.frameLocator('#panel').getByRole('button', { name: 'Save' })).toHaveCount(0);
  });
});

test('with event_id, the frame edits that event, saves it and can delete it', async ({ page, sandbox }) => {
  const frame = await openPortal(page, panelUrl({ cal_id: CHINA_CAL.id, event_id: 'cale.SampleTeamOffsite001', lang: 'en', parent_origin: PORTAL }));
  const f = form(frame);
  await expect(frame.getByRole('heading', { name: 'Edit event' })).toBeVisible();
  await expect(f.summary).toHaveValue('Team offsite (sample)');
  await expect(f.end).toHaveValue('2026-12-04');
  await f.summary.fill('Team offsite');
  await f.save.click();
  await expect(f.status).toHaveText('Saved “Team offsite”.');
  await expect
    .poll(() => received(page))
    .toContainEqual({ type: 'calendar-event:saved', cal_id: CHINA_CAL.id, event_id: 'cale.SampleTeamOffsite001', summary: 'Team offsite' });

  await frame.getByRole('button', { name: 'Delete', exact: true }).click();
  await frame.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(frame.getByRole('heading', { name: 'New event' })).toBeVisible();
  expect(await sandbox.ownEvents(CHINA_CAL.id, 2026)).toEqual([]);
});

test('an unknown event_id is said so', async ({ page }) => {
  const frame = await openPortal(page, panelUrl({ cal_id: CHINA_CAL.id, event_id: 'cale.Gone', lang: 'en', parent_origin: PORTAL }));
  await expect(frame.getByRole('alert')).toContainText('The link names an event that this calendar does not have (cale.Gone).');
});

test('an event_id without its cal_id is said so, in Chinese too, with no empty new event to fill in instead', async ({ page }) => {
  const frame = await openPortal(page, panelUrl({ event_id: 'cale.SampleTeamOffsite001', lang: 'zh-CN', parent_origin: PORTAL }));
  await expect(frame.getByRole('alert')).toHaveText('链接指定了事件（cale.SampleTeamOffsite001），但未指定其所在日历，无法打开该事件：门户的链接还须带上 cal_id。');
  await expect(frame.getByRole('textbox', { name: '名称', exact: true })).toHaveCount(0);
});

test('an event that could not be loaded is said so, not called unknown, and Retry loads it', async ({ page, sandbox }) => {
  // The lookup reads the year's lists: refused enough times to outlast the client's own retries.
  await sandbox.fault({ path: '/calendar/event/list', fault: { type: 'error', code: 'InternalError' }, times: 20 });
  const frame = await openPortal(page, panelUrl({ cal_id: CHINA_CAL.id, event_id: 'cale.SampleTeamOffsite001', lang: 'en', parent_origin: PORTAL }));
  const alert = frame.getByRole('alert');
  await expect(alert).toContainText('The event this link names could not be loaded.', { timeout: 20_000 });
  await expect(alert).not.toContainText('does not have');
  await sandbox.reset();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(form(frame).summary).toHaveValue('Team offsite (sample)');
  await expect(frame.getByRole('button', { name: 'Delete', exact: true })).toBeVisible();
});

test('view=workspace frames the whole workspace without page chrome, and reports its saves', async ({ page, sandbox }) => {
  const frame = await openPortal(page, panelUrl({ view: 'workspace', cal_id: US_CAL.id, month: '2026-11', lang: 'en', parent_origin: PORTAL }));
  await expect(frame.getByRole('grid', { name: 'November 2026' })).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Service calendar events' })).toHaveCount(0);
  await expect(frame.getByRole('group', { name: 'Language' })).toHaveCount(0);
  await frame.locator('[data-date="2026-11-27"]').click();
  const f = form(frame);
  await f.summary.fill('Day after Thanksgiving');
  await f.save.click();
  await expect(f.status).toHaveText('Saved “Day after Thanksgiving”.');
  const [stored] = await sandbox.ownEvents(US_CAL.id, 2026);
  await expect
    .poll(() => received(page))
    .toContainEqual({ type: 'calendar-event:saved', cal_id: US_CAL.id, event_id: stored.event_id, summary: 'Day after Thanksgiving' });

  // The portal switches the calendar: the workspace shows the other one.
  await page.evaluate((calId) => (window as unknown as { sendToPanel: (m: unknown) => void }).sendToPanel({ type: 'calendar-panel:set-calendar', cal_id: calId }), CHINA_CAL.id);
  await expect(frame.getByRole('combobox', { name: 'Calendar' })).toHaveValue(CHINA_CAL.id);
});

// Attacker round 5 (M3): set-calendar dropped the frame's typed summary and description without a
// word, even when it named the calendar shown. Now it goes the way of the page's own calendar switch.
test('the portal’s set-calendar keeps what was typed in the frame’s form: the same calendar changes nothing, another asks first', async ({ page }) => {
  const frame = await openPortal(page, panelUrl({ cal_id: CHINA_CAL.id, lang: 'en', parent_origin: PORTAL }));
  await expect(form(frame).calendar).toHaveValue(CHINA_CAL.label);
  await fillEvent(frame, { summary: 'Typed, not saved', description: 'A minute of typing.' });
  // The calendar shown (a portal re-sending its own); the language sent after it shows it was handled.
  await toPanel(page, { type: 'calendar-panel:set-calendar', cal_id: CHINA_CAL.id });
  await toPanel(page, { type: 'calendar-panel:set-language', lang: 'zh-CN' });
  await expect(frame.getByRole('heading', { name: '新建事件' })).toBeVisible();
  const summary = frame.getByRole('textbox', { name: '名称', exact: true });
  const calendar = frame.getByRole('textbox', { name: '日历', exact: true });
  await expect(summary).toHaveValue('Typed, not saved');
  await expect(frame.getByRole('textbox', { name: '描述', exact: true })).toHaveValue('A minute of typing.');
  await expect(frame.getByRole('dialog')).toHaveCount(0);

  // Another calendar: asked first, in the frame; 继续编辑 keeps the form and its calendar.
  await toPanel(page, { type: 'calendar-panel:set-calendar', cal_id: US_CAL.id });
  const question = frame.getByRole('dialog', { name: '放弃未保存的修改？' });
  await expect(question).toContainText('对此事件的修改尚未保存。');
  await question.getByRole('button', { name: '继续编辑' }).click();
  await expect(question).toBeHidden();
  await expect(summary).toHaveValue('Typed, not saved');
  await expect(calendar).toHaveValue(CHINA_CAL.label);

  // Asked again, 放弃修改 switches: a new event of the other calendar.
  await toPanel(page, { type: 'calendar-panel:set-calendar', cal_id: US_CAL.id });
  await question.getByRole('button', { name: '放弃修改' }).click();
  await expect(calendar).toHaveValue(US_CAL.label);
  await expect(summary).toHaveValue('');
});

test('the frame editing an event keeps the edit when the portal re-sends its calendar; once saved, another calendar switches at once', async ({ page, sandbox }) => {
  void sandbox; // it saves: its own account, apart from the other tests'
  const frame = await openPortal(page, panelUrl({ cal_id: CHINA_CAL.id, event_id: 'cale.SampleTeamOffsite001', lang: 'en', parent_origin: PORTAL }));
  const f = form(frame);
  await expect(f.summary).toHaveValue('Team offsite (sample)');
  await f.summary.fill('Team offsite, edited');
  await toPanel(page, { type: 'calendar-panel:set-calendar', cal_id: CHINA_CAL.id });
  await toPanel(page, { type: 'calendar-panel:set-language', lang: 'zh-CN' });
  await expect(frame.getByRole('heading', { name: '编辑事件' })).toBeVisible();
  const summary = frame.getByRole('textbox', { name: '名称', exact: true });
  await expect(summary).toHaveValue('Team offsite, edited');
  await expect(frame.getByRole('dialog')).toHaveCount(0);

  await frame.getByRole('button', { name: '保存', exact: true }).click();
  await expect
    .poll(() => received(page))
    .toContainEqual({ type: 'calendar-event:saved', cal_id: CHINA_CAL.id, event_id: 'cale.SampleTeamOffsite001', summary: 'Team offsite, edited' });
  // Nothing unsaved: the other calendar's new event at once, no question.
  await toPanel(page, { type: 'calendar-panel:set-calendar', cal_id: US_CAL.id });
  await expect(frame.getByRole('heading', { name: '新建事件' })).toBeVisible();
  await expect(frame.getByRole('textbox', { name: '日历', exact: true })).toHaveValue(US_CAL.label);
  await expect(summary).toHaveValue('');
  await expect(frame.getByRole('dialog')).toHaveCount(0);
});

// Attacker round 5 (L1): the framed workspace switched its month to the portal's calendar and kept
// the open form, whose Save then wrote to the old calendar. The picker's guard asks first.
test('the framed workspace asks before the portal’s set-calendar drops an open form’s edits; kept, they save to the calendar shown', async ({ page, sandbox }) => {
  const frame = await openPortal(page, panelUrl({ view: 'workspace', cal_id: CHINA_CAL.id, month: '2026-10', lang: 'en', parent_origin: PORTAL }));
  await frame.locator('[data-date="2026-10-14"]').click();
  const f = form(frame);
  await f.summary.fill('Typed in the framed workspace');
  await toPanel(page, { type: 'calendar-panel:set-calendar', cal_id: US_CAL.id });
  const question = frame.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(question).toBeHidden();
  const picker = frame.getByRole('combobox', { name: 'Calendar' });
  await expect(picker).toHaveValue(CHINA_CAL.id);
  await f.save.click();
  await expect(f.status).toHaveText('Saved “Typed in the framed workspace”.');
  const typed = (events: { summary: string }[]) => events.filter((e) => e.summary.startsWith('Typed'));
  expect(typed(await sandbox.ownEvents(CHINA_CAL.id, 2026))).toHaveLength(1);
  expect(typed(await sandbox.ownEvents(US_CAL.id, 2026))).toEqual([]);

  // Edited again, then discarded: the other calendar in the same month, the form closed.
  await f.summary.fill('Typed again');
  await toPanel(page, { type: 'calendar-panel:set-calendar', cal_id: US_CAL.id });
  await question.getByRole('button', { name: 'Discard changes' }).click();
  await expect(picker).toHaveValue(US_CAL.id);
  await expect(frame.getByRole('grid', { name: 'October 2026' })).toBeVisible();
  await expect(f.summary).toHaveCount(0);
});
