import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [lang, width, out] of [['zh-CN', 1280, '/tmp/ws-zh.png'], ['en', 600, '/tmp/ws-600.png']]) {
  const p = await b.newPage({ viewport: { width, height: 900 } });
  p.on('pageerror', e => console.log('pageerror', e.message));
  await p.goto(`http://127.0.0.1:4180/?lang=${lang}&cal_id=cal.SampleOnCallChina01&month=2026-12`);
  await p.locator('[data-date="2026-12-03"]').click();
  await p.waitForTimeout(1000);
  await p.screenshot({ path: out, fullPage: true });
}
await b.close();
