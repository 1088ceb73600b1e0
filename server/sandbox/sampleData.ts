// The sandbox's sample account. Every name says "(sample)": none of it is real holiday data.
import type { CalEventItem, CalendarItem } from '../../src/api/types';

export const SAMPLE_ACCOUNT_ID = 1_000_000_001;
export const SAMPLE_PERSON_ID = 2_000_000_001;
export const PUBLIC_CALENDAR_ID = 'zh-cn.china.official';

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
      description: 'Sample calendar: Monday to Friday, inherits the sample China public holidays.',
      timezone: 'Asia/Shanghai',
      extra_cal_ids: [PUBLIC_CALENDAR_ID],
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

export function samplePublicCalendar(): CalendarItem {
  return {
    account_id: 0,
    team_id: 0,
    cal_id: PUBLIC_CALENDAR_ID,
    cal_name: 'China public holidays (sample)',
    description: 'Sample data for the sandbox, not the official schedule.',
    timezone: 'Asia/Shanghai',
    kind: 'region.official.holiday',
    workdays: [1, 2, 3, 4, 5],
    created_at: created,
    updated_at: created,
    creator_id: 0,
    updated_by: 0,
    status: 'enabled',
  };
}

const publicEvent = (id: string, summary: string, start_at: string, end_at: string, is_off: boolean): CalEventItem => ({
  cal_id: PUBLIC_CALENDAR_ID,
  event_id: `pub.${id}`,
  summary: `${summary} (sample)`,
  description: 'Sample holiday data.',
  start_at,
  end_at,
  is_off,
  created_at: created,
  updated_at: created,
});

export function samplePublicEvents(): CalEventItem[] {
  return [
    publicEvent('2026newyear', "New Year's Day", '2026-01-01', '2026-01-04', true),
    publicEvent('2026spring', 'Spring Festival', '2026-02-15', '2026-02-24', true),
    publicEvent('2026spring-work', 'Spring Festival make-up workday', '2026-02-28', '2026-03-01', false),
    publicEvent('2026labour', 'Labour Day', '2026-05-01', '2026-05-06', true),
    publicEvent('2026labour-work', 'Labour Day make-up workday', '2026-05-09', '2026-05-10', false),
    publicEvent('2026national', 'National Day', '2026-10-01', '2026-10-08', true),
    publicEvent('2026national-work', 'National Day make-up workday', '2026-10-10', '2026-10-11', false),
    publicEvent('2027newyear', "New Year's Day", '2027-01-01', '2027-01-02', true),
  ];
}

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
