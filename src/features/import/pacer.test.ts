import { describe, expect, it } from 'vitest';
import { systemClock } from '../../core/clock';
import { createPacer } from './pacer';
import { fakeClock } from '../../test/fakeClock';

describe('createPacer', () => {
  it('lets the first requests of each window go at once, then waits for the oldest to leave', async () => {
    const clock = fakeClock();
    const pacer = createPacer({ perSecond: 3, perMinute: 5 }, clock);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await pacer.take();
      times.push(clock.now());
      clock.time += 10; // each request takes 10 ms
    }
    expect(times).toEqual([0, 10, 20, 1000, 1010, 60_000, 60_010]);
  });

  it('keeps the margin it is given beyond each window', async () => {
    const clock = fakeClock();
    const pacer = createPacer({ perSecond: 2, perMinute: 100, marginMs: 30 }, clock);
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      await pacer.take();
      times.push(clock.now());
    }
    expect(times).toEqual([0, 0, 1030, 1030]);
  });

  it('does not count a request it did not let go', async () => {
    const clock = fakeClock();
    const pacer = createPacer({ perSecond: 1, perMinute: 100 }, clock);
    await pacer.take();
    const controller = new AbortController();
    controller.abort();
    expect(await pacer.take(controller.signal)).toBe(false);
    expect(pacer.delay()).toBe(1000);
  });

  it('sleeps on the real clock until the time is up or the signal aborts', async () => {
    const started = Date.now();
    await systemClock.sleep(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    const controller = new AbortController();
    const waiting = systemClock.sleep(60_000, controller.signal);
    controller.abort();
    await waiting;
  });
});
