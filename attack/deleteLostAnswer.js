// Probe: an event delete whose answer is lost after the commit (sandbox commit-then-error, 504),
// in the embedded form (?embed=1&event_id=…). What does the panel say, and what does Delete again do?
// Usage: BASE=http://127.0.0.1:4711 node attack/deleteLostAnswer.js   (per-header sandbox)
import { chromium } from '@playwright/test';

const BASE = process.env.BASE ?? 'http://127.0.0.1:4711';
const account = `atk-del-${Date.now()}`;
const headers = { 'x-sandbox-account': account, 'content-type': 'application/json' };
const post = (path, body) => fetch(BASE + path, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.json());
const CAL = 'cal.SampleSupportUS0002';
const saved = await post('/api/calendar/event/upsert', { cal_id: CAL, summary: 'Doomed', start_at: '2026-12-24', end_at: '2026-12-25', is_off: true });
const eventId = saved.data.event_id;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const locale of ['en-US', 'zh-CN']) {
  const page = await browser.newPage({ locale });
  await page.setExtraHTTPHeaders({ 'x-sandbox-account': account });
  if (locale === 'zh-CN') await post('/api/calendar/event/upsert', { cal_id: CAL, event_id: undefined, summary: 'Doomed', start_at: '2026-12-24', end_at: '2026-12-25', is_off: true }).then((r) => (globalThis.zhId = r.data.event_id));
  const id = locale === 'zh-CN' ? globalThis.zhId : eventId;
  await post('/__sandbox/faults', { path: '/calendar/event/delete', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 } });
  await page.goto(`${BASE}/?embed=1&cal_id=${CAL}&event_id=${id}`);
  const del = locale === 'en-US' ? 'Delete' : '删除';
  await page.getByRole('button', { name: del, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: del, exact: true }).click();
  await page.getByRole('alert').first().waitFor();
  await page.waitForTimeout(1500); // a probe: let the answer render
  console.log(locale, 'after the lost answer:', (await page.getByRole('alert').first().innerText()).replace(/\s+/g, ' ').slice(0, 300));
  await page.screenshot({ path: `/tmp/attack/delete-lost-${locale}-1.png`, fullPage: true });
  // The question stays open with its Delete: press it again, as the message invites.
  await page.getByRole('dialog').getByRole('button', { name: del, exact: true }).click();
  await page.waitForTimeout(2000); // a probe: let the answer render
  console.log(locale, 'after Delete again:', (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 500));
  await page.screenshot({ path: `/tmp/attack/delete-lost-${locale}-2.png`, fullPage: true });
  await page.close();
}
await browser.close();
