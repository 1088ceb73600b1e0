import { expect, type FrameLocator, type Locator, type Page, type Request } from '@playwright/test';

/** The event form on its own (the view a portal's iframe shows), with the calendar to choose. */
export const FORM_PAGE = '/?embed=1';

/** Where a form is: the page, an iframe, or a portal element the module was mounted into. */
export type Scope = Page | FrameLocator | Locator;
import type { CalEventUpsertRequest } from '../src/core/apiContract';

export interface EventInput {
  calendar?: string;
  summary?: string;
  description?: string;
  dayOff?: boolean;
  start?: string;
  end?: string;
}

/** The form's controls, found by their accessible names as a screen reader user meets them. */
export function form(page: Scope) {
  return {
    // A select, or a read-only field when the calendar is fixed by the page.
    calendar: page.getByRole('combobox', { name: 'Calendar', exact: true }).or(page.getByRole('textbox', { name: 'Calendar', exact: true })),
    summary: page.getByRole('textbox', { name: 'Summary', exact: true }),
    description: page.getByRole('textbox', { name: 'Description', exact: true }),
    dayOff: page.getByRole('switch', { name: 'Day off', exact: true }),
    start: page.getByRole('textbox', { name: 'Start date', exact: true }),
    end: page.getByRole('textbox', { name: 'End date', exact: true }),
    save: page.getByRole('button', { name: 'Save', exact: true }),
    // Titled “was not saved” for a refusal, “may not be saved” when the answer was lost (the event may be stored).
    errorSummary: page.getByRole('alert').filter({ hasText: /The event (was not|may not be) saved/ }),
    status: page.getByTestId('form-status'),
    eventId: page.getByTestId('event-id'),
  };
}

export async function fillEvent(page: Scope, input: EventInput) {
  const f = form(page);
  if (input.calendar !== undefined) await f.calendar.selectOption({ label: input.calendar });
  if (input.summary !== undefined) await f.summary.fill(input.summary);
  if (input.description !== undefined) await f.description.fill(input.description);
  if (input.dayOff !== undefined) await f.dayOff.setChecked(input.dayOff);
  if (input.start !== undefined) await f.start.fill(input.start);
  if (input.end !== undefined) await f.end.fill(input.end);
}

/** Records the body of every upsert request the page sends. */
export function recordUpserts(page: Page): CalEventUpsertRequest[] {
  const bodies: CalEventUpsertRequest[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/calendar/event/upsert')) {
      bodies.push(request.postDataJSON() as CalEventUpsertRequest);
    }
  });
  return bodies;
}

/** Requests to `url` are held on the way until the returned function lets them go (a slow network or answer). */
export async function heldRequests(page: Page, url: string | RegExp) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The event's upsert, held until released (a save whose answer is slow). */
export const upsertHeld = (page: Page) => heldRequests(page, '**/api/calendar/event/upsert');

/**
 * Waits for the page's CSS transitions to end (a dialog sliding in). A tap or click is aimed where
 * the target is when Playwright finds it still; on a loaded machine a dialog's entrance can look
 * still for two frames and move on, and the tap lands beside the button (first-hour, touch, CI).
 */
export async function transitionsEnded(page: Page) {
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))));
}

/**
 * A new calendar made as a Chinese scheduler makes it, from the page on screen: 新建日历, its name, 创建日历.
 * Returns its ID, once the page shows it (the URL names it).
 */
export async function createCalendarInChinese(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: '新建日历', exact: true }).click();
  const create = page.getByRole('dialog', { name: '新建日历' });
  await create.getByRole('textbox', { name: '名称' }).fill(name);
  await create.getByRole('button', { name: '创建日历' }).click();
  await expect(create).toBeHidden({ timeout: 20_000 });
  await expect.poll(() => new URL(page.url()).searchParams.get('cal_id')).toMatch(/^cal\./);
  return new URL(page.url()).searchParams.get('cal_id')!;
}

/** China's public holidays of the month's year imported as a Chinese scheduler does: 导入 → 公共节假日 → 中国 → 导入 13 个事件, then 关闭. */
export async function importChinaHolidaysInChinese(page: Page) {
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入事件' });
  await dialog.getByRole('tab', { name: '公共节假日' }).click();
  await dialog.getByRole('combobox', { name: '国家或地区' }).selectOption({ label: '中国' });
  await dialog.getByRole('button', { name: '导入 13 个事件' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('导入完成', { timeout: 30_000 });
  await dialog.getByRole('button', { name: '关闭' }).last().click();
  await expect(dialog).toBeHidden();
}
