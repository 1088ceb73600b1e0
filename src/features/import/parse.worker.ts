// The import's reader, off the page's thread: each message is a job (readSource.ts), each answer
// carries its id, and a job that throws answers with the error's message instead of dying. It says when
// it starts reading a job (`started`): the page's time limit counts from then (readInWorker.ts).
import { runReadJob, withBytes, type ReadJob } from './readSource';

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<{ id: number; job: ReadJob<ArrayBuffer | Blob> }>) => void) | null };

scope.onmessage = async ({ data: { id, job } }) => {
  try {
    const bytes = await withBytes(job);
    scope.postMessage({ started: id });
    scope.postMessage({ id, answer: runReadJob(bytes) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
