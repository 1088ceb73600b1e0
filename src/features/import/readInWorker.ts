// Runs the import's read jobs in a Web Worker (parse.worker.ts, a chunk of its own, started when a
// first paste or file is read), so the page stays responsive while a large file is decoded and
// parsed. A job that fails, or a worker that cannot start or stops, rejects: the dialog says the rows
// could not be read (no fallback on the page's thread: its chunk would split the first page's).
import type { ReadAnswer, ReadJob } from './readSource';

type Waiting = { resolve: (answer: never) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'import-reader' });
  started.onmessage = ({ data }: MessageEvent<{ ready?: true; id?: number; answer?: never; error?: string }>) => {
    const job = data.id === undefined ? undefined : waiting.get(data.id);
    if (!job) return;
    waiting.delete(data.id!);
    if (data.error !== undefined) job.reject(new Error(data.error));
    else job.resolve(data.answer!);
  };
  started.onerror = (event) => {
    // It could not load, or it died: every job waiting fails, and the next one starts a new worker.
    event.preventDefault();
    started.terminate();
    if (worker === started) worker = undefined;
    const jobs = [...waiting.values()];
    waiting.clear();
    for (const w of jobs) w.reject(new Error(event.message || 'The import reader stopped'));
  };
  worker = started;
  return started;
}

/** Reads in the worker (a file's bytes may be the File itself); rejects when the job or the worker fails. */
export function readInWorker<J extends ReadJob<ArrayBuffer | Blob>>(job: J): Promise<ReadAnswer<J>> {
  return new Promise<ReadAnswer<J>>((resolve, reject) => {
    try {
      const target = startWorker();
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (answer: never) => void, reject });
      target.postMessage({ id, job });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
