// The workspace's month switch, in Chromium: a calendar with a year of entries (about 150: weekly
// rest days, public holidays and 40 events of its own), paged month by month through the year and
// back. Each step is timed in the page, from the click on "Next month" or "Previous month" to the
// new month's grid on screen (caption and days rendered), after the next frame is painted.
import { chromium } from '@playwright/test';

/* global document, requestAnimationFrame -- the timing runs in the page */

const CAL = 'cal.SampleOnCallChina01';
const ACCOUNT = { 'x-sandbox-account': 'bench-month-switch' };

export async function seedYear(base) {
  const post = (path, body) =>
    fetch(`${base}/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...ACCOUNT }, body: JSON.stringify(body) }).then((r) => r.json());
  await fetch(`${base}/__sandbox/reset`, { method: 'POST', headers: ACCOUNT });
  for (let i = 0; i < 40; i++) {
    const month = (i % 12) + 1;
    const day = 2 + Math.floor(i / 12) * 7;
    const start = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const end = `2026-${String(month).padStart(2, '0')}-${String(day + 2).padStart(2, '0')}`;
    const answer = await post('/calendar/event/upsert', { cal_id: CAL, summary: `Bench event ${i + 1}`, description: 'Seeded by npm run bench.', is_off: i % 3 !== 0, start_at: start, end_at: end });
    if (answer.error) throw new Error(`seeding failed: ${answer.error.code} ${answer.error.message}`);
  }
  const year = await post('/calendar/event/list', { cal_id: CAL, year: 2026 });
  // The sandbox allows 50 calls a second per account: the page starts with a fresh second.
  await new Promise((r) => setTimeout(r, 1100));
  return year.data.total;
}

export async function measureMonthSwitch(base, { chromiumPath, steps = 11 } = {}) {
  const entries = await seedYear(base);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ extraHTTPHeaders: ACCOUNT, viewport: { width: 1280, height: 1000 } });
    await page.goto(`${base}/?lang=en&cal_id=${CAL}&month=2026-01`);
    await page.getByRole('grid', { name: 'January 2026' }).waitFor();
    const timings = await page.evaluate(async (steps) => {
      const names = (m) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m - 1, 1)));
      const shown = (m) => () =>
        document.getElementById('month-title')?.textContent === names(m) && document.querySelector(`[data-date="2026-${String(m).padStart(2, '0')}-15"]`);
      const waitFor = (test) => new Promise((resolve) => { const check = () => (test() ? resolve() : requestAnimationFrame(check)); check(); });
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const click = (label) => [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label).click();
      const result = [];
      let month = 1;
      for (const [label, step] of [...Array(steps).fill(['Next month', 1]), ...Array(steps).fill(['Previous month', -1])]) {
        // Let the neighbours be fetched ahead, as they are while a scheduler reads a month.
        await new Promise((r) => setTimeout(r, 150));
        const start = performance.now();
        click(label);
        month += step;
        await waitFor(shown(month));
        await nextFrame();
        result.push(performance.now() - start);
      }
      return result;
    }, steps);
    return { entries, timings };
  } finally {
    await browser.close();
  }
}
