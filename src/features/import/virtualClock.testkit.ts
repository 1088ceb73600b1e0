// A clock for tests of work that runs concurrently: time stands still while anything can still run,
// and moves to the next timer only once every promise has settled. A request that "takes 100 ms"
// sleeps 100 ms on it, so several in flight overlap as they do on the real clock.
import type { Clock } from '../../core/clock';

export interface VirtualClock extends Clock {
  time: number;
  /** Runs until `done` settles, moving time from timer to timer; throws when nothing is left to wait for. */
  drive<T>(done: Promise<T>): Promise<T>;
}

export function virtualClock(): VirtualClock {
  let timers: { at: number; resolve: () => void }[] = [];
  const clock: VirtualClock = {
    time: 0,
    now: () => clock.time,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const timer = { at: clock.time + Math.max(0, ms), resolve };
        timers.push(timer);
        signal?.addEventListener(
          'abort',
          () => {
            timers = timers.filter((t) => t !== timer);
            resolve();
          },
          { once: true },
        );
      }),
    async drive(done) {
      let settled = false;
      void done.then(
        () => (settled = true),
        () => (settled = true),
      );
      for (;;) {
        // Every microtask runs before the next macrotask: the promises settle as far as they can.
        await new Promise((resolve) => setImmediate(resolve));
        if (settled) return done;
        if (timers.length === 0) throw new Error('Stuck: nothing runs and nothing waits');
        const next = timers.reduce((a, b) => (b.at < a.at ? b : a));
        timers = timers.filter((t) => t !== next);
        clock.time = Math.max(clock.time, next.at);
        next.resolve();
      }
    },
  };
  return clock;
}
