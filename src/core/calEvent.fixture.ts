// An event as the API lists it, for tests: every field filled, `fields` over the defaults (a day off
// of the calendar cal.team, 1 to 7 October 2026, its end exclusive as the API gives it).
import type { CalEventItem } from './apiContract';

export const calEvent = (fields: Partial<CalEventItem> = {}): CalEventItem => ({
  cal_id: 'cal.team',
  event_id: 'cale.1',
  summary: 'National Day',
  description: '',
  start_at: '2026-10-01',
  end_at: '2026-10-08',
  is_off: true,
  created_at: 1,
  updated_at: 1,
  ...fields,
});
