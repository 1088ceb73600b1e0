// What a screen reader hears of an import's progress: the visible line changes with every row (about
// 60 times a second at full speed), which would be noise in a live region. The announcement follows it
// in steps: when the run has moved on by a tenth, at most once every 2 s, and at once when it ends.
import { useEffect, useRef, useState } from 'react';

export const ANNOUNCE_STEP_PERCENT = 10;
export const ANNOUNCE_MIN_MS = 2_000;

/** The last announcement: its tenth of the run and when it was made (ms). */
export interface Announced {
  step: number;
  at: number;
}

export const stepOf = (percent: number) => Math.floor(percent / ANNOUNCE_STEP_PERCENT);

/**
 * In how many ms the current progress is to be announced: 0 for now, Infinity for not (its tenth was
 * announced already). An ended run is announced at once.
 */
export function announceIn(last: Announced, percent: number, now: number, ended: boolean): number {
  if (ended) return 0;
  if (stepOf(percent) === last.step) return Number.POSITIVE_INFINITY;
  return Math.max(0, last.at + ANNOUNCE_MIN_MS - now);
}

/** The text of the live region: `message` as announceIn lets it through. */
export function useSteppedAnnouncement(message: string, percent: number, ended: boolean): string {
  const [said, setSaid] = useState(message);
  // None yet: the first tenth the run reaches is said at once.
  const last = useRef<Announced>({ step: stepOf(percent), at: Number.NEGATIVE_INFINITY });
  useEffect(() => {
    if (message === said) return;
    const say = () => {
      last.current = { step: stepOf(percent), at: Date.now() };
      setSaid(message);
    };
    const wait = announceIn(last.current, percent, Date.now(), ended);
    if (wait === Number.POSITIVE_INFINITY) return;
    if (wait === 0) return say();
    const timer = setTimeout(say, wait);
    return () => clearTimeout(timer);
  }, [message, percent, ended, said]);
  return said;
}
