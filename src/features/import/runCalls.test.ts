// The run's look-up of a row whose answer was lost, against the real server's sandbox: it takes only
// an event the run could have made, never one the calendar held before (even of a year the preview
// did not load, so that `before` does not list it), which Undo would then delete.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../../server/test/startServer';
import { createApiClient } from '../../api/client';
import { fakeClock } from '../../test/fakeClock';
import { changedSince, runCalls } from './runCalls';
import type { ImportRow } from './rows';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const CHINA_CAL = 'cal.SampleOnCallChina01';
const offsite: ImportRow = { kind: 'row', line: 2, summary: 'Team offsite (sample)', start: '2026-12-03', last: '2026-12-04', isOff: true, description: '' };

describe("the import run's look-up", () => {
  const client = () => createApiClient({ baseUrl: `${server.url}/api`, language: () => 'en' });
  const listYear = (year: number, signal?: AbortSignal) => client().call('/calendar/event/list', { cal_id: CHINA_CAL, year }, { signal });

  it('does not take an event the calendar held before the run, though the preview never loaded its year', async () => {
    const calls = runCalls({ client: client(), calId: CHINA_CAL, listYear, before: new Set() });
    expect(await calls.findSaved?.(offsite, new AbortController().signal, new Set())).toBeUndefined();
  });

  it('takes the event the run made', async () => {
    const calls = runCalls({ client: client(), calId: CHINA_CAL, listYear, before: new Set() });
    const row: ImportRow = { ...offsite, summary: 'Made by this run', start: '2026-12-10', last: '2026-12-10' };
    const { eventId } = await calls.save(row, new AbortController().signal);
    expect(await calls.findSaved?.(row, new AbortController().signal, new Set())).toBe(eventId);
  });

  describe('with the browser\'s clock 7 minutes fast', () => {
    afterEach(() => vi.restoreAllMocks());

    it('still takes the event the run made: what is new is judged by the server\'s clock (its Date)', async () => {
      const realNow = Date.now;
      vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 7 * 60_000);
      const skewed = client();
      await skewed.call('/calendar/list', {}); // any answer tells the server's time
      const calls = runCalls({ client: skewed, calId: CHINA_CAL, listYear, before: new Set() });
      const row: ImportRow = { ...offsite, summary: 'Made with a fast clock', start: '2026-12-11', last: '2026-12-11' };
      const { eventId } = await calls.save(row, new AbortController().signal);
      expect(await calls.findSaved?.(row, new AbortController().signal, new Set())).toBe(eventId);
    });
  });
});

describe("undo's look before it deletes an event the run made", () => {
  const client = () => createApiClient({ baseUrl: `${server.url}/api`, language: () => 'en' });
  const listYear = (year: number, signal?: AbortSignal) => client().call('/calendar/event/list', { cal_id: CHINA_CAL, year }, { signal });
  const signal = new AbortController().signal;
  const made = (summary: string, start: string): ImportRow => ({ ...offsite, summary, start, last: start });

  it.each([
    ['renamed', { summary: 'Renamed by a colleague' }],
    ['moved to another day', { start_at: '2026-12-15', end_at: '2026-12-16' }],
    ['moved to another year', { start_at: '2027-01-04', end_at: '2027-01-05' }],
    ['given a description', { description: 'keep: on-call swap' }],
  ])('finds it changed when it was %s since', async (_how, change) => {
    const calls = runCalls({ client: client(), calId: CHINA_CAL, listYear, before: new Set() });
    const row = made(`Changed since ${Math.random()}`, '2026-12-14');
    const { eventId } = await calls.save(row, signal);
    await client().call('/calendar/event/upsert', { cal_id: CHINA_CAL, event_id: eventId, summary: row.summary, description: '', is_off: true, start_at: row.start, end_at: '2026-12-15', ...change });
    expect(await calls.isChanged?.(eventId, row, signal)).toBe(true);
  });

  it('finds it unchanged as the run saved it', async () => {
    const calls = runCalls({ client: client(), calId: CHINA_CAL, listYear, before: new Set() });
    const row = made('Left as imported', '2026-12-17');
    const { eventId } = await calls.save(row, signal);
    expect(await calls.isChanged?.(eventId, row, signal)).toBe(false);
  });

  it('finds it changed when it was saved again unchanged later (edited after its creation)', async () => {
    const calls = runCalls({ client: client(), calId: CHINA_CAL, listYear, before: new Set() });
    const row = made('Saved again', '2026-12-18');
    const { eventId } = await calls.save(row, signal);
    const listed = (await listYear(2026)).items.find((e) => e.event_id === eventId)!;
    expect(changedSince({ cal_id: CHINA_CAL, summary: row.summary, description: '', is_off: true, start_at: row.start, end_at: '2026-12-19' }, { ...listed, updated_at: listed.created_at + 60 })).toBe(true);
    expect(changedSince({ cal_id: CHINA_CAL, summary: row.summary, description: '', is_off: true, start_at: row.start, end_at: '2026-12-19' }, listed)).toBe(false);
  });

  it("lists a year once for the looks of a few seconds' deletes, then again", async () => {
    const clock = fakeClock();
    const listed: number[] = [];
    const countingList = (year: number, signal?: AbortSignal) => {
      listed.push(year);
      return listYear(year, signal);
    };
    const calls = runCalls({ client: client(), calId: CHINA_CAL, listYear: countingList, before: new Set(), clock });
    const rows = [made('Looked at first', '2026-12-21'), made('Looked at second', '2026-12-22')];
    const ids = [];
    for (const row of rows) ids.push((await calls.save(row, signal)).eventId);
    listed.length = 0;
    await calls.isChanged?.(ids[0], rows[0], signal);
    await clock.sleep(2_999);
    await calls.isChanged?.(ids[1], rows[1], signal);
    expect(listed).toEqual([2026]);
    await clock.sleep(1);
    await calls.isChanged?.(ids[0], rows[0], signal);
    expect(listed).toEqual([2026, 2026]);
  });
});
