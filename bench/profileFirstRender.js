// node bench/profileFirstRender.js [url]: what the page's long tasks spend their time on, from a
// trace rather than a guess (issue 23). Loads the page (default: the workspace of a running server,
// http://127.0.0.1:4173/) in Debian's Chromium at Lighthouse's mobile CPU slow-down (4×), with V8's
// sampling profiler on; prints each long task (the main thread busy > 50 ms) with the functions
// that took most of its time (self time, by function and file), and the total by file.
import { chromium } from '@playwright/test';
import { cpus, loadavg } from 'node:os';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
// Chromium's own trace too: what the busy runs were (script, style, layout, parsing, compiling).
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
await page.goto(url);
await page.locator('[role=grid][aria-busy=false], form').first().waitFor({ timeout: 60_000 });
await page.waitForTimeout(1500); // let the tasks after the first screen finish: the profile's window, not a test's wait
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse(String(await browser.stopTracing()));
await browser.close();

// The long tasks, from the profile itself: runs of samples in which the main thread was busy
// (no "(idle)" sample) for more than 50 ms.
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const samples = profile.samples.map((id, i) => ({ node: nodes.get(id), dt: profile.timeDeltas[i] / 1000 }));
const isIdle = (s) => s.node.callFrame.functionName === '(idle)';
const tasks = [];
let run = [];
let at = 0;
for (const s of samples) {
  at += s.dt;
  if (!isIdle(s)) {
    if (!run.length) run.start = at;
    run.push(s);
  } else if (run.length) {
    if (run.reduce((sum, r) => sum + r.dt, 0) > 50) tasks.push(run);
    run = [];
  }
}
const label = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() || ''}`.trim();
const top = (list, key, n) => {
  const sums = new Map();
  for (const s of list) sums.set(key(s), (sums.get(key(s)) ?? 0) + s.dt);
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, n);
};

console.log(`${url}: ${tasks.length} tasks over 50 ms at 4× CPU slow-down (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
for (const task of tasks) {
  const ms = task.reduce((sum, r) => sum + r.dt, 0);
  console.log(`  at ${Math.round(task.start)} ms after the profile's start, ${Math.round(ms)} ms:`);
  for (const [name, self] of top(task, (s) => label(s.node), 8)) console.log(`    ${self.toFixed(1).padStart(7)} ms  ${name}`);
}
console.log('  All work by file:');
const work = samples.filter((s) => !isIdle(s));
for (const [file, ms] of top(work, (s) => s.node.callFrame.url.split('/').pop() || s.node.callFrame.functionName, 10)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${file}`);

// From the trace: each task of the page's main thread over 50 ms, and what its time went to.
const events = trace.traceEvents;
const main = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.find((f) => !f.parent);
const rendererPid = main?.processId ?? events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.pid;
const mainTid = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === rendererPid)?.tid;
const onMain = events.filter((e) => e.pid === rendererPid && e.tid === mainTid && e.ph === 'X');
const runTasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
const t0 = Math.min(...onMain.map((e) => e.ts));
const KINDS = ['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'UpdateLayoutTree', 'Layout', 'ParseHTML', 'ParseAuthorStyleSheet', 'Paint', 'PrePaint', 'Layerize', 'V8.GC_SCAVENGER', 'MinorGC', 'MajorGC', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run'];
console.log('Main-thread tasks over 50 ms (Chromium trace), and their parts (ms, nested parts counted in each):');
for (const task of runTasks) {
  const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task && KINDS.includes(e.name));
  const sums = new Map();
  for (const e of inside) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  const parts = [...sums].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ');
  console.log(`  at ${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms: ${parts}`);
}
