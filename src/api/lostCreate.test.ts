import { describe, expect, it } from 'vitest';
import { calEvent } from '../core/calEvent.fixture';
import type { CalEventItem } from '../core/apiContract';
import { fakeClock } from '../test/fakeClock';
import type { ApiClient } from './client';
import { settleLostCreate, type LostCreate } from './lostCreate';

const request = { cal_id: 'cal.1', summary: 'On call', is_off: false, start_at: '2026-10-12', end_at: '2026-10-13' };

/** A client whose calendar holds `stored()` at each list; every list is noted with the clock's time. */
function listing(clock: { now(): number }, stored: () => CalEventItem[]) {
  const listedAt: number[] = [];
  const client = {
    call: async () => {
      listedAt.push(clock.now());
      return { items: stored() };
    },
  } as unknown as ApiClient;
  return { client, listedAt };
}

describe('settleLostCreate', () => {
  const lost: LostCreate = { request, isIts: (e) => e.summary === 'On call' };

  it('looks at once and, not found, once more after the settling time on the clock it is given', async () => {
    const clock = fakeClock();
    const late = calEvent({ event_id: 'cale.late', summary: 'On call' });
    const { client, listedAt } = listing(clock, () => (clock.time >= 5_000 ? [late] : []));
    const { found, checked } = await settleLostCreate(client, lost, { settleMs: 5_000, clock });
    expect(listedAt).toEqual([0, 5_000]);
    expect({ found: found?.event_id, checked }).toEqual({ found: 'cale.late', checked: true });
  });

  it('waits no more when the first look finds it', async () => {
    const clock = fakeClock();
    const { client, listedAt } = listing(clock, () => [calEvent({ summary: 'On call' })]);
    await settleLostCreate(client, lost, { settleMs: 5_000, clock });
    expect(listedAt).toEqual([0]);
    expect(clock.time).toBe(0);
  });
});
