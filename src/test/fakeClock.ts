import type { Clock } from '../core/clock';

/** A clock for the import's pacing: time passes only by sleeping, a wait ends at once with the clock moved on by its length. */
export function fakeClock(): Clock & { time: number } {
  const clock = {
    time: 0,
    now: () => clock.time,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (!signal?.aborted) clock.time += ms;
    },
  };
  return clock;
}
