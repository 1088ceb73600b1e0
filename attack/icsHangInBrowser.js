// Probe: attack/feb30-daily.ics (a 250-byte file: FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) chosen in the
// Import dialog. Does the page still answer afterwards? Usage: BASE=http://127.0.0.1:4710 node attack/icsHangInBrowser.js
import { chromium } from '@playwright/test';

const BASE = process.env.BASE ?? 'http://127.0.0.1:4710';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ locale: 'en-US' });
await page.goto(`${BASE}/?cal_id=cal.SampleSupportUS0002&month=2026-11`);
await page.getByRole('button', { name: 'Import', exact: true }).click();
const dialog = page.getByRole('dialog', { name: 'Import events' });
await dialog.locator('#import-file').setInputFiles(new URL(process.env.ICS ?? './feb30-daily.ics', import.meta.url).pathname);
const t = Date.now();
const answered = await Promise.race([
  page.evaluate(() => 1 + 1).then(() => true),
  new Promise((r) => setTimeout(() => r(false), 20_000)),
]);
console.log(answered ? `the page answered after ${Date.now() - t} ms` : 'the page did not answer within 20 s: its main thread is stuck');
await browser.close().catch(() => {});
process.exit(0);
