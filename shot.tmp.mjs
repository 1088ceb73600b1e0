import { chromium } from '@playwright/test';
const [,, url, out, width = '1280', height = '900', action = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, extraHTTPHeaders: { 'x-sandbox-account': 'shots' } });
await page.goto(url);
await page.waitForTimeout(2500);
if (action) { await eval(`(async () => { ${action} })()`); await page.waitForTimeout(1200); }
await page.screenshot({ path: out, fullPage: true });
await browser.close();
