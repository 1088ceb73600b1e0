// The panel as a module mounted into a portal's own page (another origin): its styles stay in its
// element, the host's stay as they were, two mounts are independent, and unmount cleans up.
import type { Page } from '@playwright/test';
import { CHINA_CAL, PANEL, PORTAL, US_CAL, expect, test } from './fixtures';
import { fillEvent, form, upsertHeld } from './helpers';

/** What the host page looks like: computed styles of its own elements, and what is in its head and root. */
function hostLook(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string, ...props: string[]) => {
      const computed = getComputedStyle(document.querySelector(selector)!);
      return Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]));
    };
    return {
      html: { ...style('html', 'font-size', 'color-scheme'), attributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`) },
      body: style('body', 'font-family', 'background-color', 'color', 'line-height', 'margin'),
      button: style('#host-button', 'background-color', 'border-style', 'box-sizing', 'font-family'),
      input: style('#host-input', 'border-style', 'border-color', 'box-sizing'),
      heading: style('h1', 'font-family', 'margin-top'),
      panelElements: ['#panel-a', '#panel-b'].map((id) => [...document.querySelector(id)!.attributes].map((a) => `${a.name}=${a.value}`)),
      head: document.head.children.length,
      bodyChildren: document.body.children.length,
      styleSheets: document.styleSheets.length,
    };
  });
}

/** The portal's `update({ calId })` of panel A. */
const update = (page: Page, calId: string) => page.evaluate((cal) => (window as unknown as { panels: { a: { update: (o: object) => void } } }).panels.a.update({ calId: cal }), calId);

async function openHost(page: Page) {
  await page.goto(`${PORTAL}/module-host.html?${new URLSearchParams({ panel: PANEL })}`);
  const before = await hostLook(page);
  await page.evaluate(() => (window as unknown as { mountPanels: () => Promise<void> }).mountPanels());
  return before;
}

test('mounts two independent panels without changing the host page’s styles, and saves', async ({ page, sandbox }) => {
  const before = await openHost(page);
  const a = page.locator('#panel-a');
  const b = page.locator('#panel-b');
  const fa = form(a);
  await expect(fa.calendar).toHaveValue(CHINA_CAL.label);
  await expect(b.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  expect(await hostLook(page)).toEqual({ ...before, panelElements: [['id=panel-a', 'data-mantine-color-scheme=light'], ['id=panel-b', 'data-mantine-color-scheme=light']] });

  // The panel is styled by its own stylesheet, not the host's (pink buttons, dashed fields, capitals).
  const saveLook = await fa.save.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, border: s.borderStyle, font: s.fontFamily };
  });
  expect(saveLook.background).toBe('rgb(25, 113, 194)'); // Mantine blue 8
  expect(saveLook.border).not.toBe('dotted');
  expect(saveLook.font).toContain('system-ui');
  expect(await fa.summary.evaluate((el) => getComputedStyle(el).borderStyle)).toBe('solid');
  expect(await a.locator('label', { hasText: 'Summary' }).evaluate((el) => getComputedStyle(el).textTransform)).toBe('none');

  await fillEvent(a, { summary: 'Module holiday', start: '2026-10-01', end: '2026-10-07' });
  await fa.save.click();
  await expect(fa.status).toHaveText('Saved “Module holiday”.');
  // The toast appears inside panel A, and panel B saw nothing.
  await expect(a.getByText('“Module holiday” is saved in “On-call China (sample)”.')).toBeVisible();
  await expect(b.getByText('Module holiday')).toHaveCount(0);
  await expect(b.getByRole('textbox', { name: '名称', exact: true })).toHaveValue('');
  const [stored] = (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.summary === 'Module holiday');
  expect(stored).toMatchObject({ start_at: '2026-10-01', end_at: '2026-10-08', is_off: true });
  expect(await page.evaluate(() => (window as unknown as { saved: unknown[] }).saved)).toEqual([
    { panel: 'a', cal_id: CHINA_CAL.id, event_id: stored.event_id, summary: 'Module holiday' },
  ]);

  // The date picker pops up inside the panel, styled, and the host is still unchanged.
  await a.getByRole('button', { name: 'Choose start date from a calendar' }).click();
  await expect(a.getByRole('dialog')).toBeVisible();
  expect(await a.getByRole('dialog').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  await a.getByRole('button', { name: 'Monday, 5 October 2026', exact: true }).click();
  await expect(fa.start).toHaveValue('2026-10-05');
  expect((await hostLook(page)).body).toEqual(before.body);
  expect((await hostLook(page)).bodyChildren).toEqual(before.bodyChildren);
});

test('update changes calendar and language; unmount leaves the element as it was', async ({ page }) => {
  const before = await openHost(page);
  const a = page.locator('#panel-a');
  await expect(form(a).calendar).toHaveValue(CHINA_CAL.label);
  // The element's own content is hidden while the panel is mounted.
  await expect(page.getByText('Calendar panel A')).toBeHidden();

  await page.evaluate((cal) => (window as unknown as { panels: { a: { update: (o: object) => void } } }).panels.a.update({ calId: cal, locale: 'zh-CN' }), US_CAL.id);
  await expect(a.getByLabel('日历', { exact: true })).toHaveValue(US_CAL.label);

  await page.evaluate(() => {
    const { panels } = window as unknown as { panels: Record<'a' | 'b', { unmount: () => void }> };
    panels.a.unmount();
    panels.b.unmount();
  });
  await expect(a.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveCount(0);
  await expect(page.getByText('Calendar panel A')).toBeVisible();
  expect(await hostLook(page)).toEqual(before);
});

test('a create whose answer is lost, from a portal page whose clock is 7 minutes fast, is found: one event, and Save again changes it', async ({ page, sandbox }) => {
  // The look-up takes only events created since the save, by the server's clock, which the page
  // learns from each answer's Date: on another origin it reads it only if CORS exposes it.
  await page.clock.setSystemTime(new Date(Date.now() + 7 * 60_000)); // before the page's first answer
  await openHost(page);
  const a = page.locator('#panel-a');
  const fa = form(a);
  await fillEvent(a, { summary: 'Fast clock', start: '2026-12-24', end: '2026-12-24' });
  await sandbox.fault({ path: '/calendar/event/upsert', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 } });
  await fa.save.click();
  await expect(fa.status).toHaveText('Saved “Fast clock”.');
  await expect(a.getByText('The answer was lost, but the event is saved: “Fast clock” is in “On-call China (sample)”.')).toBeVisible();
  await a.getByRole('button', { name: 'Dismiss' }).click(); // the longer notice covers Save at this size
  await fa.summary.fill('Fast clock, changed');
  await fa.save.click();
  await expect(fa.status).toHaveText('Saved “Fast clock, changed”.');
  const mine = (await sandbox.ownEvents(CHINA_CAL.id, 2026)).filter((e) => e.summary.startsWith('Fast clock'));
  expect(mine).toEqual([expect.objectContaining({ summary: 'Fast clock, changed' })]);
});

test('update with another calendar while the form holds unsaved edits asks first: Keep editing keeps them, Discard changes switches', async ({ page }) => {
  await openHost(page);
  const a = page.locator('#panel-a');
  const fa = form(a);
  await expect(fa.calendar).toHaveValue(CHINA_CAL.label);
  await fa.summary.fill('Typed before the portal switched');

  await update(page, US_CAL.id);
  const ask = a.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(fa.summary).toHaveValue('Typed before the portal switched');
  await expect(fa.calendar).toHaveValue(CHINA_CAL.label);

  await update(page, CHINA_CAL.id); // back to the calendar shown: nothing to ask, nothing lost
  await update(page, US_CAL.id);
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(fa.calendar).toHaveValue(US_CAL.label);
  await expect(fa.summary).toHaveValue('');
});

test('update with another calendar while a save is on the way: the question says so and closes once saved; the toast names the calendar saved in', async ({ page, sandbox }) => {
  const release = await upsertHeld(page);
  await openHost(page);
  const a = page.locator('#panel-a');
  const fa = form(a);
  await fillEvent(a, { summary: 'Saved while switching', start: '2026-12-24', end: '2026-12-24' });
  await fa.save.click();
  await expect(fa.save).toHaveAttribute('data-loading', 'true');
  await update(page, US_CAL.id);
  const ask = a.getByRole('dialog', { name: 'Saving the event…' });
  await expect(ask).toContainText('Leaving now does not stop the save');
  release();
  await expect(ask).toBeHidden();
  await expect(fa.calendar).toHaveValue(US_CAL.label);
  await expect(a.getByText('“Saved while switching” is saved in “On-call China (sample)”.')).toBeVisible();
  expect((await sandbox.ownEvents(CHINA_CAL.id, 2026)).map((e) => e.summary)).toContain('Saved while switching');
});
