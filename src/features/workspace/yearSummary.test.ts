import { describe, expect, it } from 'vitest';
import { yearSummary } from './yearSummary';
import { calEvent } from '../../core/calEvent.fixture';

const CAL = 'cal.Mine';
const event = (cal_id: string, event_id: string, start_at: string, end_at: string, is_off: boolean) => calEvent({ cal_id, event_id, summary: event_id, start_at, end_at, is_off });

describe('yearSummary', () => {
  const items = [
    event('zh-cn.china.official', 'pub.national', '2026-10-01', '2026-10-08', true),
    event('zh-cn.china.official', 'pub.makeup', '2026-10-10', '2026-10-11', false),
    event(CAL, 'cale.offsite', '2026-12-03', '2026-12-05', true),
    event(CAL, 'cale.newyear', '2026-12-31', '2027-01-02', true), // across the year's end
    event(CAL, 'non_work.20261003', '2026-10-03', '2026-10-04', true), // a computed rest day: not an event
  ];
  const months = yearSummary(2026, { cal_id: CAL, workdays: [1, 2, 3, 4, 5] }, items);

  it('holds twelve months with all their days', () => {
    expect(months.map((m) => m.days.length)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('counts holidays on working weekdays, make-up working days on weekends, and own events', () => {
    expect(months[9]).toMatchObject({ month: 10, daysOff: 5, makeUpDays: 1, ownEvents: 0 });
    // 3–4 Dec (Thu, Fri) and 31 Dec (Thu); two events.
    expect(months[11]).toMatchObject({ daysOff: 3, makeUpDays: 0, ownEvents: 2 });
    expect(months[0]).toMatchObject({ daysOff: 0, makeUpDays: 0, ownEvents: 0 });
  });

  it('names the holidays, make-up working days and own events of each month, with their days in it', () => {
    expect(months[9]!.named).toEqual([
      { summary: 'pub.national', first: 1, last: 7, off: true, own: false },
      { summary: 'pub.makeup', first: 10, last: 10, off: false, own: false },
    ]);
    expect(months[11]!.named).toEqual([
      { summary: 'cale.offsite', first: 3, last: 4, off: true, own: true },
      { summary: 'cale.newyear', first: 31, last: 31, off: true, own: true },
    ]);
    expect(months[0]!.named).toEqual([]);
  });
});
