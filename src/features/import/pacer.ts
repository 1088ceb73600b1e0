// Keeps a run of requests under the API's rate limits (50 a second and 1,000 a minute per account):
// each request waits until both sliding windows have room for it, so a bulk import never meets
// RequestTooFrequently on its own account unless something else shares the account's budget.

import { type Clock } from '../../core/clock';

export interface RateLimits {
  perSecond: number;
  perMinute: number;
  /**
   * Added to each window (ms): requests paced by when they leave arrive bunched when the network or
   * the machine is slow, and the server counts arrivals; 51 in its second is a 429 and a pause of
   * the whole run (at least a second). Default 0.
   */
  marginMs?: number;
}

/** Flashduty's limits per account (DESIGN.md). */
export const FLASHDUTY_LIMITS: RateLimits = { perSecond: 50, perMinute: 1000 };

/**
 * What an import run paces itself by: the limits with 30 ms a window to spare (at most 48.5 a
 * second). Without it, at a load of 24 on two cores, the sandbox counted 52 arrivals in a second
 * three seconds into a 5,000-row run and refused.
 */
export const IMPORT_LIMITS: RateLimits = { ...FLASHDUTY_LIMITS, marginMs: 30 };

export interface Pacer {
  /** How long the next request must wait, in milliseconds (0: it may go now). */
  delay(): number;
  /**
   * Waits for room in both windows and counts the request as sent. False when the signal aborted
   * the wait: the request must not go.
   */
  take(signal?: AbortSignal): Promise<boolean>;
}

export function createPacer(limits: RateLimits, clock: Clock): Pacer {
  // When each request of the last minute went, oldest first.
  const sent: number[] = [];

  const delay = () => {
    const now = clock.now();
    while (sent.length > 0 && now - sent[0] >= 60_000) sent.shift();
    // The window has room when the request `limit` places back is out of it.
    const margin = limits.marginMs ?? 0;
    const waitFor = (limit: number, windowMs: number) => (sent.length >= limit ? sent[sent.length - limit] + windowMs + margin - now : 0);
    return Math.max(0, waitFor(limits.perSecond, 1_000), waitFor(limits.perMinute, 60_000));
  };

  return {
    delay,
    async take(signal) {
      for (let wait = delay(); wait > 0; wait = delay()) {
        await clock.sleep(wait, signal);
        if (signal?.aborted) return false;
      }
      if (signal?.aborted) return false;
      sent.push(clock.now());
      return true;
    },
  };
}
