// A small pool of workers for an import run: at most `size` rows handled at once, each row handed
// out once, in order. A worker that says "stop" halts the pool: no worker takes another row, and
// the work already started finishes (its outcome is known before the pool resolves).

export type PoolOutcome = 'next' | 'stop';

/**
 * Runs `work` for each index `next()` hands out (undefined: none left), `size` at once. Resolves when
 * every worker has ended; rejects with the first fault of `work` after the others have ended.
 */
export async function runPool(size: number, next: () => number | undefined, work: (index: number) => Promise<PoolOutcome>): Promise<void> {
  let halted = false;
  let fault: { error: unknown } | undefined;
  const worker = async () => {
    while (!halted) {
      const index = next();
      if (index === undefined) return;
      try {
        if ((await work(index)) === 'stop') halted = true;
      } catch (error) {
        halted = true;
        fault ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, size) }, worker));
  if (fault) throw fault.error;
}

/** Hands out the indexes of `length` items in order, skipping those `wanted` refuses when their turn comes. */
export function cursor(length: number, wanted: (index: number) => boolean): () => number | undefined {
  let at = 0;
  return () => {
    while (at < length && !wanted(at)) at++;
    return at < length ? at++ : undefined;
  };
}
