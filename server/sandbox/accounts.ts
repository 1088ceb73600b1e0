// The sandbox's accounts: each starts with the sample calendars and events, holds its own faults
// and rate limit, and is independent of the others, so parallel tests do not see each other. The
// least recently used account goes past the limit.
import type { CalEventItem, CalendarItem } from '../../src/core/apiContract';
import type { WaitingFaults } from './faultRules';
import { createRateLimiter, FLASHDUTY_RATE_LIMIT, type RateLimit } from './rateLimiter';
import { sampleCalendars, sampleOwnEvents } from './sampleData';

export interface Account {
  calendars: Map<string, CalendarItem>;
  events: Map<string, CalEventItem>;
  faults: WaitingFaults;
  rate: ReturnType<typeof createRateLimiter>;
}

export function createAccounts({ rateLimit = FLASHDUTY_RATE_LIMIT, now, maxAccounts }: { rateLimit?: RateLimit; now: () => number; maxAccounts: number }) {
  // In order of use, least recent first: a Map iterates in insertion order, and each use re-inserts.
  const accounts = new Map<string, Account>();
  const fresh = (): Account => ({
    calendars: new Map(sampleCalendars().map((c) => [c.cal_id, c])),
    events: new Map(sampleOwnEvents().map((e) => [e.event_id, e])),
    faults: [],
    rate: createRateLimiter(rateLimit, now),
  });
  return {
    get(id: string): Account {
      const a = accounts.get(id) ?? fresh();
      accounts.delete(id);
      accounts.set(id, a);
      if (accounts.size > maxAccounts) accounts.delete(accounts.keys().next().value!);
      return a;
    },
    reset: (id: string) => void accounts.delete(id),
    count: () => accounts.size,
  };
}
