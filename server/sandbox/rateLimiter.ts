export interface RateLimit {
  perSecond: number;
  perMinute: number;
}

/** The API's per-account limits: 50 requests a second and 1,000 a minute (sliding windows). */
export const FLASHDUTY_RATE_LIMIT: RateLimit = { perSecond: 50, perMinute: 1000 };

export function createRateLimiter(limit: RateLimit, now: () => number) {
  let accepted: number[] = [];
  return {
    /**
     * Counts the request when it is within the limits. A refused request does not count, and learns
     * how long until a request would be accepted again (for `Retry-After`).
     */
    take(): { ok: true } | { ok: false; retryAfterMs: number } {
      const t = now();
      accepted = accepted.filter((at) => t - at < 60_000);
      const lastSecond = accepted.filter((at) => t - at < 1_000);
      const waits: number[] = [];
      // `accepted` is in time order: the window frees a place when its oldest entry leaves it.
      if (lastSecond.length >= limit.perSecond) waits.push(lastSecond[lastSecond.length - limit.perSecond] + 1_000 - t);
      if (accepted.length >= limit.perMinute) waits.push(accepted[accepted.length - limit.perMinute] + 60_000 - t);
      if (waits.length > 0) return { ok: false, retryAfterMs: Math.max(...waits) };
      accepted.push(t);
      return { ok: true };
    },
  };
}
