// The sandbox's sample account: its personal calendars and own event, made up. Every name says
// "(sample)". The public-holiday calendars it can link are in publicHolidays.ts (real dates).
import type { CalEventItem, CalendarItem } from '../../src/core/apiContract';
import { CHINA_CALENDAR_ID } from './publicHolidays';

export const SAMPLE_ACCOUNT_ID = 1_000_000_001;
export const SAMPLE_PERSON_ID = 2_000_000_001;

const created = 1_767_225_600; // 2026-01-01T00:00:00Z

const personal = (calendar: Pick<CalendarItem, 'cal_id' | 'cal_name' | 'description' | 'timezone'> & Partial<CalendarItem>): CalendarItem => ({
  account_id: SAMPLE_ACCOUNT_ID,
  team_id: 0,
  kind: 'personal',
  workdays: [1, 2, 3, 4, 5],
  created_at: created,
  updated_at: created,
  creator_id: SAMPLE_PERSON_ID,
  updated_by: SAMPLE_PERSON_ID,
  status: 'enabled',
  ...calendar,
});

export function sampleCalendars(): CalendarItem[] {
  return [
    personal({
      cal_id: 'cal.SampleOnCallChina01',
      cal_name: 'On-call China (sample)',
      description: 'Sample calendar used by escalation rules: deleting it fails with ReferenceExist. Monday to Friday, inherits the China public holidays.',
      timezone: 'Asia/Shanghai',
      extra_cal_ids: [CHINA_CALENDAR_ID],
    }),
    personal({
      cal_id: 'cal.SampleSupportUS0002',
      cal_name: 'Support US (sample)',
      description: 'Sample calendar: Monday to Friday, no public holidays linked.',
      timezone: 'America/Los_Angeles',
      team_id: 42,
    }),
  ];
}

/** Calendars that rules still use in the sample account: deleting them fails with ReferenceExist. */
export const CALENDARS_IN_USE = new Set(['cal.SampleOnCallChina01']);

export function sampleOwnEvents(): CalEventItem[] {
  return [
    {
      account_id: SAMPLE_ACCOUNT_ID,
      creator_id: SAMPLE_PERSON_ID,
      cal_id: 'cal.SampleOnCallChina01',
      event_id: 'cale.SampleTeamOffsite001',
      summary: 'Team offsite (sample)',
      description: 'A sample event of the calendar itself.',
      start_at: '2026-12-03',
      end_at: '2026-12-05',
      is_off: true,
      created_at: created,
      updated_at: created,
    },
  ];
}
