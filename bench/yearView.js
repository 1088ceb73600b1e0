// The year view, in Chromium: the same calendar with a year of entries (about 150) as the month
// switch, shown by "Year" and left by "Month" again and again. Each step is timed in the page,
// from the click on "Year" to the twelve months on screen (31 December rendered), after the next
// frame is painted. The first showing (its code and the year's list fetched) is reported apart.
import { chromium } from '@playwright/test';
import { seedYear } from './monthSwitch.js';

/* global document, requestAnimationFrame -- the timing runs in the page */

const CAL = 'cal.SampleOnCallChina01';
const ACCOUNT = { 'x-sandbox-account': 'bench-month-switch' };

export async function measureYearView(base, { chromiumPath, toggles = 11 } = {}) {
  const entries = await seedYear(base);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ extraHTTPHeaders: ACCOUNT, viewport: { width: 1280, height: 1000 } });
    await page.goto(`${base}/?lang=en&cal_id=${CAL}&month=2026-06`);
    await page.getByRole('grid', { name: 'June 2026' }).waitFor();
    const timings = await page.evaluate(async (toggles) => {
      const waitFor = (test) => new Promise((resolve) => { const check = () => (test() ? resolve() : requestAnimationFrame(check)); check(); });
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);
      const yearShown = () => document.querySelector('[data-testid="year-view"] [data-date="2026-12-31"]');
      const monthShown = () => document.querySelector('[role="grid"] [data-date="2026-06-15"]');
      const result = [];
      for (let i = 0; i < toggles; i++) {
        await new Promise((r) => setTimeout(r, 150));
        const start = performance.now();
        button('Year').click();
        await waitFor(yearShown);
        await nextFrame();
        result.push(performance.now() - start);
        button('Month').click();
        await waitFor(monthShown);
      }
      return result;
    }, toggles);
    return { entries, first: timings[0], timings: timings.slice(1) };
  } finally {
    await browser.close();
  }
}
