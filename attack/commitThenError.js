// Probe: a create whose answer is lost after the commit (sandbox commit-then-error, 504), then the
// scheduler presses Save again, as the message invites or not. Does the calendar end up with two events?
// Usage: BASE=http://127.0.0.1:4711 node attack/commitThenError.js   (server with SANDBOX_ACCOUNTS=per-header)
import { chromium } from '@playwright/test';

const BASE = process.env.BASE ?? 'http://127.0.0.1:4711';
const account = `atk-cte-${Date.now()}`;
const headers = { 'x-sandbox-account': account, 'content-type': 'application/json' };
const post = (path, body) => fetch(BASE + path, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.json());
const CAL = 'cal.SampleSupportUS0002';
const own = async () => (await post('/api/calendar/event/list', { cal_id: CAL, year: 2026 })).data.items.filter((e) => e.event_id.startsWith('cale.') && e.cal_id === CAL);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ locale: process.env.LANG_UI ?? 'en-US' });
await page.setExtraHTTPHeaders({ 'x-sandbox-account': account });
const before = (await own()).length;
await post('/__sandbox/faults', { path: '/calendar/event/upsert', fault: { type: 'commit-then-error', code: 'ServiceUnavailable', status: 504 } });
await page.goto(`${BASE}/?embed=1&cal_id=${CAL}`);
await page.getByRole('textbox', { name: 'Summary', exact: true }).fill('Lost answer');
await page.getByRole('textbox', { name: 'Start date', exact: true }).fill('2026-12-24');
await page.getByRole('textbox', { name: 'End date', exact: true }).fill('2026-12-24');
await page.getByRole('button', { name: 'Save', exact: true }).click();
await page.getByRole('alert').first().waitFor();
await page.waitForTimeout(1500); // a probe script, not a test: let any check settle
console.log('after the 504, stored:', (await own()).length - before);
console.log('the page says:', (await page.getByRole('alert').first().innerText()).replace(/\s+/g, ' ').slice(0, 400));
await page.screenshot({ path: process.env.SHOT ?? '/tmp/attack/cte-1.png', fullPage: true });
await page.getByRole('button', { name: 'Save', exact: true }).click();
await page.waitForTimeout(3000);
console.log('after Save again, stored:', (await own()).length - before, (await own()).map((e) => e.summary));
console.log('status:', (await page.getByTestId('form-status').innerText().catch(() => '')).slice(0, 200));
await page.screenshot({ path: (process.env.SHOT ?? '/tmp/attack/cte-1.png').replace('-1', '-2'), fullPage: true });
await browser.close();
