// Runs the import's read jobs in a Web Worker (parse.worker.ts, a chunk of its own, started when a
// first paste or file is read), so the page stays responsive while a large file is decoded and
// parsed. A job that fails, or a worker that cannot start or stops, rejects: the dialog says the rows
// could not be read (no fallback on the page's thread: its chunk would split the first page's).
// A job that reads past READ_TIME_LIMIT_MS (a recurrence rule that never ends, which no list of
// impossible rules can foresee) is stopped with the worker: it rejects with ReadTooLong, and the jobs
// queued behind it go on in a new worker. The time counts from the worker's `started` (the worker's
// own download, on a slow network, is not reading).
import type { ReadAnswer, ReadJob } from './readSource';

/** A 2 MB file is read in about a second, a few on a loaded machine. */
export const READ_TIME_LIMIT_MS = 20_000;

/** The job ran past the time limit and was stopped: nothing was read. */
export class ReadTooLong extends Error {
  readonly seconds = READ_TIME_LIMIT_MS / 1000;
  constructor() {
    super(`The import reader was stopped after ${READ_TIME_LIMIT_MS / 1000} s`);
    this.name = 'ReadTooLong';
  }
}

type Waiting = { job: ReadJob<ArrayBuffer | Blob>; resolve: (answer: never) => void; reject: (error: Error) => void; timer?: ReturnType<typeof setTimeout> };

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/** Ends the worker; every job waiting on it is taken out of `waiting` and returned. */
function stopWorker(stopped: Worker): [number, Waiting][] {
  stopped.terminate();
  if (worker === stopped) worker = undefined;
  const jobs = [...waiting.entries()];
  waiting.clear();
  for (const [, w] of jobs) clearTimeout(w.timer);
  return jobs;
}

function startWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'import-reader' });
  started.onmessage = ({ data }: MessageEvent<{ started?: number; id?: number; answer?: never; error?: string }>) => {
    if (data.started !== undefined) return startTimer(started, data.started);
    const job = data.id === undefined ? undefined : waiting.get(data.id);
    if (!job) return;
    waiting.delete(data.id!);
    clearTimeout(job.timer);
    if (data.error !== undefined) job.reject(new Error(data.error));
    else job.resolve(data.answer!);
  };
  started.onerror = (event) => {
    // It could not load, or it died: every job waiting fails, and the next one starts a new worker.
    event.preventDefault();
    for (const [, w] of stopWorker(started)) w.reject(new Error(event.message || 'The import reader stopped'));
  };
  worker = started;
  return started;
}

/** The worker began reading job `id`: past the limit, the worker is stopped. */
function startTimer(target: Worker, id: number) {
  const waiter = waiting.get(id);
  if (!waiter) return;
  waiter.timer = setTimeout(() => {
    for (const [otherId, other] of stopWorker(target)) {
      if (otherId === id) other.reject(new ReadTooLong());
      else resend(otherId, other); // queued behind it: read in a new worker, with a time of its own
    }
  }, READ_TIME_LIMIT_MS);
}

function send(id: number, waiter: Waiting) {
  const target = startWorker();
  waiting.set(id, waiter);
  target.postMessage({ id, job: waiter.job });
}

function resend(id: number, waiter: Waiting) {
  try {
    send(id, waiter);
  } catch (error) {
    waiter.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Reads in the worker (a file's bytes may be the File itself); rejects when the job or the worker fails, or takes too long. */
export function readInWorker<J extends ReadJob<ArrayBuffer | Blob>>(job: J): Promise<ReadAnswer<J>> {
  return new Promise<ReadAnswer<J>>((resolve, reject) => {
    resend(nextId++, { job, resolve: resolve as (answer: never) => void, reject });
  });
}
