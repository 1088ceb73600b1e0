// Probe: the sandbox's "corrupt" fault (one malformed record: cal_name null, timezone Mars/Olympus,
// created_at 1e20) on /calendar/list and on /calendar/info, the workspace opened from the bare address.
// Page errors and what is on screen are printed. Usage: BASE=http://127.0.0.1:4711 node attack/corruptInBrowser.js
import { chromium } from '@playwright/test';

const BASE = process.env.BASE ?? 'http://127.0.0.1:4711';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const path of (process.env.PATHS ?? '/calendar/list,/calendar/info').split(',')) {
  for (const locale of ['en-US', 'zh-CN']) {
    const account = `atk-corrupt-${path.replaceAll('/', '')}-${locale}-${Date.now()}`;
    await fetch(`${BASE}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sandbox-account': account }, body: JSON.stringify({ path, fault: { type: 'corrupt' }, times: 1000 }) });
    const page = await browser.newPage({ locale, viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setExtraHTTPHeaders({ 'x-sandbox-account': account });
    let calls = 0;
    page.on('request', (r) => r.url().endsWith(path) && calls++);
    await page.goto(`${BASE}/`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(Number(process.env.WAIT ?? 1500)); // a probe, not a test: let late renders (and retries) land
    const shot = `/tmp/attack/corrupt${path.replaceAll('/', '-')}-${locale}.png`;
    await page.screenshot({ path: shot });
    console.log(path, locale, 'calls:', calls, 'errors:', errors.slice(0, 3), 'text:', (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 300));
    await page.close();
  }
}
await browser.close();
