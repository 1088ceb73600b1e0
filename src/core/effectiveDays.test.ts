import { describe, expect, it } from 'vitest';
import { calEvent } from './calEvent.fixture';
import { eventOnSameDays } from './effectiveDays';

describe('eventOnSameDays', () => {
  const CAL = 'cal.team';
  const days = { start_date: '2026-10-01', last_date: '2026-10-07' };
  it('finds the calendar’s own event on exactly these days (end_at exclusive), of either kind', () => {
    const own = calEvent({ cal_id: CAL, event_id: 'cale.a', start_at: '2026-10-01', end_at: '2026-10-08', is_off: false });
    expect(eventOnSameDays(CAL, [own], days)).toBe(own);
  });

  it('not one that only overlaps, nor an inherited holiday or a computed rest day on those days', () => {
    const items = [
      calEvent({ cal_id: CAL, event_id: 'cale.a', start_at: '2026-10-01', end_at: '2026-10-07' }),
      calEvent({ cal_id: CAL, event_id: 'cale.b', start_at: '2026-09-30', end_at: '2026-10-08' }),
      calEvent({ cal_id: 'public.cn', event_id: 'pub.x', start_at: '2026-10-01', end_at: '2026-10-08' }),
      calEvent({ cal_id: CAL, event_id: 'non_work.20261001', start_at: '2026-10-01', end_at: '2026-10-08' }),
    ];
    expect(eventOnSameDays(CAL, items, days)).toBeUndefined();
  });
});
