// The import's reader, off the page's thread: each message is a job (readSource.ts), each answer
// carries its id, and a job that throws answers with the error's message instead of dying.
import { runReadJob, withBytes, type ReadJob } from './readSource';

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<{ id: number; job: ReadJob<ArrayBuffer | Blob> }>) => void) | null };

scope.onmessage = async ({ data: { id, job } }) => {
  try {
    scope.postMessage({ id, answer: runReadJob(await withBytes(job)) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
