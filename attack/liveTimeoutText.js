// Probe: in live mode, an upsert that Flashduty answers after UPSTREAM_TIMEOUT_MS (it may have been
// stored). What does the event form tell the scheduler to do? Needs attack/hostileUpstream.js on
// 4719 and the panel live on 4712 with UPSTREAM_TIMEOUT_MS=3000.
import { chromium } from '@playwright/test';

const BASE = process.env.BASE ?? 'http://127.0.0.1:4712';
const UP = process.env.UP ?? 'http://127.0.0.1:4719';
const set = (rule) => fetch(UP + '/__set', { method: 'POST', body: JSON.stringify(rule) });
await fetch(UP + '/__clear', { method: 'POST' });
await set({ path: '/calendar/event/upsert', delayMs: 4000, body: { data: { event_id: 'cale.late' } } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const locale of ['en-US', 'zh-CN']) {
  const page = await browser.newPage({ locale });
  await page.goto(`${BASE}/?embed=1&cal_id=cal.Live1`);
  await page.getByRole('textbox', { name: locale === 'en-US' ? 'Summary' : '名称', exact: true }).fill('Late answer');
  const start = page.getByRole('textbox', { name: locale === 'en-US' ? 'Start date' : '开始日期', exact: true });
  await start.fill('2026-12-24');
  await page.getByRole('textbox', { name: locale === 'en-US' ? 'End date' : '结束日期', exact: true }).fill('2026-12-24');
  await page.getByRole('button', { name: locale === 'en-US' ? 'Save' : '保存', exact: true }).click();
  await page.getByRole('alert').first().waitFor({ timeout: 15000 });
  console.log(locale, (await page.getByRole('alert').first().innerText()).replace(/\s+/g, ' ').slice(0, 400));
  await page.screenshot({ path: `/tmp/attack/live-timeout-${locale}.png`, fullPage: true });
}
await browser.close();
await fetch(UP + '/__clear', { method: 'POST' });
