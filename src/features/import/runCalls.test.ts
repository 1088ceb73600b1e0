// The run's look-up of a row whose answer was lost, against the real server's sandbox: it takes only
// an event the run could have made, never one the calendar held before (even of a year the preview
// did not load, so that `before` does not list it), which Undo would then delete.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../../server/test/startServer';
import { createApiClient } from '../../api/client';
import { runCalls } from './runCalls';
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
