// The import run of `npm run bench`: 60 rows (a year of holidays and make-up days, more than any
// country has) saved into the sandbox through the real server by the import dialog's own run
// (src/features/import/importRun.ts, paced under 50 requests a second), then counted back: wall
// time, requests sent, events stored, duplicates (must be 0).
import { runnerImport } from 'vite';

const CAL = 'cal.SampleSupportUS0002';
const ACCOUNT = 'bench-import-run';

export async function measureImportRun(base) {
  const { module: m } = await runnerImport('/bench/importRunModules.ts');
  const run = m;
  const api = m;
  const rows = m;
  const realFetch = globalThis.fetch;
  let requests = 0;
  globalThis.fetch = (url, init = {}) => {
    if (String(url).endsWith('/calendar/event/upsert')) requests++;
    return realFetch(url, { ...init, headers: { ...init.headers, 'x-sandbox-account': ACCOUNT } });
  };
  try {
    await realFetch(`${base}/__sandbox/reset`, { method: 'POST', headers: { 'x-sandbox-account': ACCOUNT } });
    const client = api.createApiClient({ baseUrl: `${base}/api`, language: () => 'en' });
    const pad = (n) => String(n).padStart(2, '0');
    const importRows = Array.from({ length: 60 }, (_, i) => {
      const date = `2027-${pad(Math.floor(i / 5) + 1)}-${pad((i % 5) * 5 + 1)}`;
      return rows.checkRow({ line: i + 2, summary: `Bench holiday ${i + 1}`, start: date, last: date, isOff: i % 6 !== 0, description: '' });
    });
    const importRun = run.createImportRun({
      rows: importRows.map((row) => ({ row })),
      save: async (row, signal) => {
        const answer = await client.call('/calendar/event/upsert', { cal_id: CAL, summary: row.summary, description: row.description, is_off: row.isOff, start_at: row.start, end_at: row.last === row.start ? nextDay(row.start) : nextDay(row.last) }, { signal });
        return { eventId: answer.event_id };
      },
      deleteEvent: (eventId, signal) => client.call('/calendar/event/delete', { cal_id: CAL, event_id: eventId }, { signal }),
    });
    const start = performance.now();
    await importRun.start();
    const wallMs = performance.now() - start;
    const snapshot = importRun.getSnapshot();
    // The run used the second's 50 requests the sandbox allows: the count back waits for the next.
    await new Promise((r) => setTimeout(r, 1100));
    const list = await client.call('/calendar/event/list', { cal_id: CAL, year: 2027 });
    const own = list.items.filter((e) => e.cal_id === CAL && e.event_id.startsWith('cale.'));
    const keys = own.map((e) => `${e.start_at} ${e.summary}`);
    if (snapshot.pausedBy) console.log(`  the run paused: ${JSON.stringify(snapshot.pausedBy)}`);
    return { rows: importRows.length, wallMs, requests, saved: snapshot.counts.saved, stored: own.length, duplicates: keys.length - new Set(keys).size, phase: snapshot.phase };
  } finally {
    globalThis.fetch = realFetch;
  }
}

function nextDay(date) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10); // a UTC date at midnight: no shift
}

export function reportImportRun(r) {
  console.log(`Import run into the sandbox (${r.rows} rows, paced under 50 requests a second):`);
  console.log(`  ${(r.wallMs / 1000).toFixed(2)} s wall, ${r.requests} requests sent, ${r.saved} saved, ${r.stored} stored, ${r.duplicates} duplicates (${r.phase})`);
}

export const importRunMisses = (r) => [r.duplicates > 0 && `import run stored ${r.duplicates} duplicates`, r.stored !== r.rows && `import run stored ${r.stored} of ${r.rows} rows`].filter(Boolean);
