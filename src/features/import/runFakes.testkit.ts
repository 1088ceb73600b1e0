// Fakes of the API an import run calls, for its unit tests (importRun.test.ts, importRunLate.test.ts).
import { ApiError, type ApiFailure } from '../../api/errors';
import type { Clock } from '../../core/clock';
import type { ImportRow } from './rows';

export const row = (i: number): ImportRow => ({ kind: 'row', line: i + 2, summary: `Holiday ${i}`, start: '2026-10-01', last: '2026-10-01', isOff: true, description: '' });
export const rowsOf = (count: number, skip: (i: number) => boolean = () => false) => Array.from({ length: count }, (_, i) => ({ row: row(i), skip: skip(i) }));
export const serverError = (code: string, more: Partial<Extract<ApiFailure, { kind: 'server' }>> = {}) =>
  new ApiError({ kind: 'server', code, message: `${code} said the server`, status: 400, requestId: `req-${code}`, ...more });

/** A fake API: `sent` lists each save as [row line, clock time]; `failures` queues an error for a row's next save. */
export function fakeApi(clock: Clock & { time: number }) {
  const api = {
    sent: [] as [number, number][],
    deleted: [] as string[],
    failures: new Map<number, Error[]>(),
    deleteFailures: new Map<string, Error>(),
    save: async (r: ImportRow) => {
      api.sent.push([r.line, clock.now()]);
      clock.time += 2; // each request takes 2 ms
      const failure = api.failures.get(r.line)?.shift();
      if (failure) throw failure;
      return { eventId: `cale.${r.line}` };
    },
    deleteEvent: async (eventId: string) => {
      const failure = api.deleteFailures.get(eventId);
      api.deleteFailures.delete(eventId);
      if (failure) throw failure;
      api.deleted.push(eventId);
    },
  };
  return api;
}

/**
 * A fake calendar that stores what it is sent: `storeThenFail` makes a row's next save store the
 * event and then fail as given (the answer lost after the commit); `findSaved` looks as the dialog does.
 */
export function fakeStore(clock: Clock & { time: number }) {
  let next = 1;
  const store = {
    events: new Map<string, number>(), // event id → row line
    sent: [] as number[],
    looked: [] as [number, number][], // [row line, clock time]
    storeThenFail: new Map<number, Error>(),
    failFirst: new Map<number, Error>(),
    save: async (r: ImportRow) => {
      store.sent.push(r.line);
      const refused = store.failFirst.get(r.line);
      store.failFirst.delete(r.line);
      if (refused) throw refused;
      const eventId = `cale.${r.line}.${next++}`;
      store.events.set(eventId, r.line);
      const failure = store.storeThenFail.get(r.line);
      store.storeThenFail.delete(r.line);
      if (failure) throw failure;
      return { eventId };
    },
    deleteEvent: async (eventId: string) => {
      store.events.delete(eventId);
    },
    findSaved: async (r: ImportRow, _signal: AbortSignal, exclude: ReadonlySet<string>) => {
      store.looked.push([r.line, clock.now()]);
      return [...store.events].find(([id, line]) => line === r.line && !exclude.has(id))?.[0];
    },
    copiesOf: (line: number) => [...store.events.values()].filter((l) => l === line).length,
  };
  return store;
}

export const gateway504 = () => serverError('ServiceUnavailable', { status: 504, message: 'Flashduty did not answer in time; it may already be saved.' });
