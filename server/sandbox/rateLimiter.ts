export interface RateLimit {
  perSecond: number;
  perMinute: number;
}

/** The API's per-account limits: 50 requests a second and 1,000 a minute (sliding windows). */
export const FLASHDUTY_RATE_LIMIT: RateLimit = { perSecond: 50, perMinute: 1000 };

export function createRateLimiter(limit: RateLimit, now: () => number) {
  let accepted: number[] = [];
  return {
    /** Counts the request and says whether it is within the limits; refused requests do not count. */
    take(): boolean {
      const t = now();
      accepted = accepted.filter((at) => t - at < 60_000);
      const lastSecond = accepted.filter((at) => t - at < 1_000).length;
      if (lastSecond >= limit.perSecond || accepted.length >= limit.perMinute) return false;
      accepted.push(t);
      return true;
    },
  };
}
