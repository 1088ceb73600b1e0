// The import section of `npm run bench`: what the import dialog computes on the page's main thread
// before it shows a preview, for 1,000 rows against a calendar with a year of entries (weekly rest
// days, a linked public-holiday calendar, 200 events of its own, a fifth of the rows among them and
// some overlapping). A CSV and an iCalendar file of the same rows, each parsed and previewed; the
// median and slowest of 15 runs after 3 to warm up. The modules are loaded from src/ through Vite's
// module runner, as the browser gets them from the build.
// Budget: parse + preview of 1,000 rows ≤ 200 ms at the median (issue 11), in CPU time: the wall
// clock is printed beside it, and is the same on an idle machine, but on a shared one it measures
// the neighbours.
import os from 'node:os';
import { runnerImport } from 'vite';

const ROWS = 1000;
const RUNS = 15;
const WARM_UP = 3;
const YEAR = 2026;
const CAL = { cal_id: 'cal.bench', workdays: [1, 2, 3, 4, 5] };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pad = (n) => String(n).padStart(2, '0');
const dayOfYear = (k) => {
  const d = new Date(Date.UTC(YEAR, 0, 1 + k));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

function calendarItems() {
  const items = [];
  for (let k = 0; k < 365; k++) {
    const date = dayOfYear(k);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (!CAL.workdays.includes(weekday)) {
      items.push({ cal_id: CAL.cal_id, event_id: `non_work.${date.replaceAll('-', '')}`, summary: 'non-working day', description: '', start_at: date, end_at: dayOfYear(k + 1), is_off: true, created_at: 0, updated_at: 0 });
    }
  }
  for (const [k, days, name] of [[0, 3, 'New Year'], [46, 8, 'Spring Festival'], [120, 5, 'Labour Day'], [273, 7, 'National Day']]) {
    items.push({ cal_id: 'zh-cn.china.official', event_id: `pub.${k}`, summary: name, description: '', start_at: dayOfYear(k), end_at: dayOfYear(k + days), is_off: true, created_at: 1, updated_at: 1 });
  }
  return items;
}

/** The rows as events (the existing ones among them get ids and times of their own). */
function rowEvents() {
  return Array.from({ length: ROWS }, (_, i) => {
    const k = (i * 7 + Math.floor(i / 52)) % 360;
    const days = 1 + (i % 4);
    return {
      cal_id: CAL.cal_id,
      event_id: `cale.${i}`,
      summary: i % 3 === 0 ? `调休 ${i}` : `Team holiday ${i}, "day" ${i % 5}`,
      description: i % 2 === 0 ? `Row ${i}\nasked by ops; see the wiki` : '',
      start_at: dayOfYear(k),
      end_at: dayOfYear(k + days),
      is_off: i % 6 !== 0,
      created_at: 100 + i,
      updated_at: 100 + i,
    };
  });
}

async function load(path) {
  return (await runnerImport(path, { configFile: false, logLevel: 'error' })).module;
}

/** Wall-clock and CPU milliseconds of each run (CPU time shows what a busy machine adds to the wall clock). */
function time(run) {
  const timings = [];
  const cpu = [];
  let last;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    last = run();
    const used = process.cpuUsage(startCpu);
    if (i >= WARM_UP) {
      timings.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { timings, cpu, last };
}

export async function measureImport() {
  const { parseTable } = await load('/src/features/import/parseTable.ts');
  const { parseIcs } = await load('/src/features/import/parseIcs.ts');
  const { preview } = await load('/src/features/import/preview.ts');
  const { toCsv } = await load('/src/features/import/exportCsv.ts');
  const { toIcs } = await load('/src/features/import/exportIcs.ts');

  const events = rowEvents();
  // A fifth of the rows are in the calendar already, and some more overlap them.
  const own = events.filter((_, i) => i % 5 === 0).map((e) => ({ ...e, event_id: `cale.own.${e.event_id}` }));
  const context = { calendar: CAL, items: [...calendarItems(), ...own], year: YEAR };
  const csv = toCsv(events);
  const ics = toIcs(events, 'Bench calendar');

  const sections = {};
  for (const [name, parse] of [['csv', () => parseTable(csv)], ['ics', () => parseIcs(ics, YEAR)]]) {
    const parsed = time(parse);
    const rows = parsed.last.rows;
    const previewed = time(() => preview(rows, context));
    const both = time(() => preview(parse().rows, context));
    sections[name] = {
      rows: rows.length,
      bytes: Buffer.byteLength(name === 'csv' ? csv : ics),
      counts: previewed.last.counts,
      parseMedianMs: median(parsed.timings),
      previewMedianMs: median(previewed.timings),
      medianMs: median(both.timings),
      slowestMs: Math.max(...both.timings),
      cpuMedianMs: median(both.cpu),
    };
  }
  return { ownEvents: own.length, items: context.items.length, loadAverage: os.loadavg()[0], ...sections };
}

export function reportImport(result) {
  console.log(`Import preview (${ROWS} rows, a calendar of ${result.items} entries of which ${result.ownEvents} own events), median of ${RUNS} (load average ${result.loadAverage.toFixed(1)}):`);
  for (const name of ['csv', 'ics']) {
    const s = result[name];
    const counts = Object.entries(s.counts).map(([status, count]) => `${count} ${status}`).join(', ');
    console.log(
      `  ${name.toUpperCase().padEnd(4)} ${(s.bytes / 1000).toFixed(0)} kB: parse ${s.parseMedianMs.toFixed(1)} ms + preview ${s.previewMedianMs.toFixed(1)} ms; together ${s.medianMs.toFixed(1)} ms median (${s.cpuMedianMs.toFixed(1)} ms CPU), ${s.slowestMs.toFixed(1)} ms slowest (${counts})`,
    );
  }
}

export function importMisses(result, budget) {
  return ['csv', 'ics'].flatMap((name) =>
    result[name].cpuMedianMs > budget.importPreviewMs ? [`${name} import preview median ${result[name].cpuMedianMs.toFixed(1)} ms CPU > ${budget.importPreviewMs} ms`] : [],
  );
}
