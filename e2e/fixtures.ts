import { test as base, expect, type APIRequestContext } from '@playwright/test';
import type { CalEventItem } from '../src/core/apiContract';
import type { FaultRule } from '../server/sandbox/sandbox';

export const ACCOUNT_HEADER = 'x-sandbox-account';

// The origins of the embedding tests (see playwright.config.ts): the panel, the panel under a
// sub-path, a portal, and a third party.
const port = Number(process.env.E2E_PORT ?? 4174);
export const PANEL = `http://127.0.0.1:${port}`;
export const SUB_PATH_PANEL = `http://127.0.0.1:${port + 1}/tools/calendar/`;
export const PORTAL = `http://127.0.0.1:${port + 2}`;
export const THIRD_PARTY = `http://127.0.0.1:${port + 3}`;
/**
 * "Now" in the browser: every test's page runs on a clock that starts here and flows (Playwright's
 * clock, installed on the context), so no test depends on the day the suite runs. E2E_NOW runs
 * the whole suite at another moment (e.g. `E2E_NOW=2031-02-28T23:30:00+08:00`).
 */
export const NOW = new Date(process.env.E2E_NOW ?? '2026-11-18T10:00:00+08:00');
if (Number.isNaN(NOW.getTime())) throw new Error(`E2E_NOW is not a date: ${process.env.E2E_NOW}`);

export const CHINA_CAL = { id: 'cal.SampleOnCallChina01', label: 'On-call China (sample) · Asia/Shanghai' };
export const US_CAL = { id: 'cal.SampleSupportUS0002', label: 'Support US (sample) · America/Los_Angeles' };

/** The sandbox account of one test: its own data and faults, so tests run side by side. */
export interface SandboxAccount {
  id: string;
  /** Makes the sandbox fail on purpose (a code, a delay, an HTML page, a dropped connection). */
  fault(rule: FaultRule): Promise<void>;
  /** The calendar's own events as the API lists them for a year. */
  ownEvents(calId: string, year: number): Promise<CalEventItem[]>;
  /** Back to the sample data, with no fault left waiting. */
  reset(): Promise<void>;
}

function sandboxAccount(request: APIRequestContext, id: string): SandboxAccount {
  const headers = { [ACCOUNT_HEADER]: id };
  return {
    id,
    async fault(rule) {
      const res = await request.post('/__sandbox/faults', { headers, data: rule });
      expect(res.ok()).toBe(true);
    },
    async ownEvents(calId, year) {
      const res = await request.post('/api/calendar/event/list', { headers, data: { cal_id: calId, year } });
      const body = (await res.json()) as { data: { items: CalEventItem[] } };
      return body.data.items.filter((e) => e.event_id.startsWith('cale.') && e.cal_id === calId);
    },
    async reset() {
      const res = await request.post('/__sandbox/reset', { headers });
      expect(res.ok()).toBe(true);
    },
  };
}

export const test = base.extend<{ sandbox: SandboxAccount; noPageErrors: void; expectedConsoleErrors: RegExp[] }>({
  context: async ({ context }, use) => {
    await context.clock.install({ time: NOW });
    await use(context);
  },
  /** Console errors a test provokes on purpose (e.g. a frame the browser refuses to show). */
  expectedConsoleErrors: [[], { option: true }],
  sandbox: async ({ page, request }, use, testInfo) => {
    const id = `e2e-${testInfo.testId}-${testInfo.project.name}-${testInfo.retry}`;
    await page.setExtraHTTPHeaders({ [ACCOUNT_HEADER]: id });
    await use(sandboxAccount(request, id));
  },
  // Every test also fails on an uncaught exception or a console error of the page (React's
  // warnings included); the browser's own line for an HTTP error status is expected in error tests.
  noPageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() !== 'error' || text.startsWith('Failed to load resource')) return;
        if (!expectedConsoleErrors.some((expected) => expected.test(text))) errors.push(text);
      });
      await use();
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
