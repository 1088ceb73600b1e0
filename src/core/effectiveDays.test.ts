import { describe, expect, it } from 'vitest';
import { calEvent } from './calEvent.fixture';
import { eventOnSameDays, otherKindOverlap, restoreFlips } from './effectiveDays';

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

describe('otherKindOverlap', () => {
  const CAL = 'cal.team';
  const restored = { start_date: '2026-12-15', last_date: '2026-12-17', is_off: true };
  it('finds an own event of the other kind on some of the days, with the days they share', () => {
    const work = calEvent({ cal_id: CAL, event_id: 'cale.w', start_at: '2026-12-16', end_at: '2026-12-20', is_off: false });
    expect(otherKindOverlap(CAL, [work], restored)).toEqual({ event: work, first: '2026-12-16', last: '2026-12-17' });
  });

  it('not one of the same kind, one only touching the days, the event itself, nor an inherited holiday', () => {
    const items = [
      calEvent({ cal_id: CAL, event_id: 'cale.a', start_at: '2026-12-16', end_at: '2026-12-17', is_off: true }),
      calEvent({ cal_id: CAL, event_id: 'cale.b', start_at: '2026-12-18', end_at: '2026-12-19', is_off: false }),
      calEvent({ cal_id: CAL, event_id: 'cale.c', start_at: '2026-12-10', end_at: '2026-12-15', is_off: false }),
      calEvent({ cal_id: CAL, event_id: 'cale.me', start_at: '2026-12-15', end_at: '2026-12-18', is_off: false }),
      calEvent({ cal_id: 'public.cn', event_id: 'pub.x', start_at: '2026-12-15', end_at: '2026-12-18', is_off: false }),
    ];
    expect(otherKindOverlap(CAL, items, restored, 'cale.me')).toBeUndefined();
  });
});

describe('restoreFlips', () => {
  const CAL = 'cal.team';
  const freeze = calEvent({ cal_id: CAL, event_id: 'cale.f', start_at: '2026-12-15', end_at: '2026-12-18', is_off: true, created_at: 95, updated_at: 100 });
  const work = (times: { created_at: number; updated_at: number }) => calEvent({ cal_id: CAL, event_id: 'cale.w', start_at: '2026-12-16', end_at: '2026-12-17', is_off: false, ...times });
  const never = () => false;
  it('an event of the other kind saved after the one restored: it decided the shared days, the restore would flip them', () => {
    const later = work({ created_at: 90, updated_at: 102 });
    expect(restoreFlips(CAL, [later], freeze, never)).toEqual({ event: later, first: '2026-12-16', last: '2026-12-16' });
    // Saved in the same second, created later: it decides too (the order effectiveDays decides by).
    const sameSecond = work({ created_at: 100, updated_at: 100 });
    expect(restoreFlips(CAL, [sameSecond], freeze, never)?.event).toBe(sameSecond);
  });

  it('not one saved before it (the restored event decided those days), unless saved since the toast appeared', () => {
    const older = work({ created_at: 90, updated_at: 99 });
    expect(restoreFlips(CAL, [older], freeze, never)).toBeUndefined();
    expect(restoreFlips(CAL, [older], freeze, (e) => e.event_id === 'cale.w')?.event).toBe(older);
  });

  it('not the event itself (an Undo of a change), nor one of the same kind', () => {
    const saved = { ...freeze, is_off: false, updated_at: 200 };
    const sameKind = calEvent({ cal_id: CAL, event_id: 'cale.o', start_at: '2026-12-16', end_at: '2026-12-17', is_off: true, created_at: 150, updated_at: 150 });
    expect(restoreFlips(CAL, [saved, sameKind], freeze, never, 'cale.f')).toBeUndefined();
  });
});
