import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { toIcs } from './exportIcs';
import { parseIcs } from './parseIcs';

const event = (more: Partial<CalEventItem>): CalEventItem => ({
  cal_id: 'cal.team',
  event_id: 'cale.1',
  summary: 'National Day',
  description: '',
  start_at: '2026-10-01',
  end_at: '2026-10-08',
  is_off: true,
  created_at: 1_780_000_000,
  updated_at: 1_790_000_000,
  ...more,
});
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('toIcs', () => {
  it('writes all-day events with DTEND exclusive, UID from the event id, the calendar name, CRLF line ends', () => {
    const text = toIcs([event({}), event({ event_id: 'cale.2', summary: 'Make-up day', start_at: '2026-10-10', end_at: '2026-10-11', is_off: false })], 'Team calendar');
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Flashcat//Flashduty calendar panel//EN',
        'CALSCALE:GREGORIAN',
        'X-WR-CALNAME:Team calendar',
        'BEGIN:VEVENT',
        'UID:cale.1',
        'DTSTAMP:20260921T141320Z',
        'DTSTART;VALUE=DATE:20261001',
        'DTEND;VALUE=DATE:20261008',
        'SUMMARY:National Day',
        'X-FLASHDUTY-DAY-OFF:TRUE',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:cale.2',
        'DTSTAMP:20260921T141320Z',
        'DTSTART;VALUE=DATE:20261010',
        'DTEND;VALUE=DATE:20261011',
        'SUMMARY:Make-up day',
        'X-FLASHDUTY-DAY-OFF:FALSE',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes commas, semicolons, backslashes and line breaks, in the calendar name too', () => {
    const text = toIcs([event({ summary: 'A, b; c\\d', description: 'One\r\ntwo\rthree\nfour' })], 'Ops, China; on-call\nteam');
    expect(text).toContain('X-WR-CALNAME:Ops\\, China\\; on-call\\nteam\r\n');
    expect(text).toContain('SUMMARY:A\\, b\\; c\\\\d\r\n');
    expect(text).toContain('DESCRIPTION:One\\ntwo\\nthree\\nfour\r\n');
    expect(text).not.toMatch(/[^\r]\n|\r[^\n]/);
  });

  it('folds lines longer than 75 octets, never inside a character, and they unfold as they were', () => {
    const description = `${'国庆节放假安排'.repeat(30)} 🎉 ${'x'.repeat(200)}`;
    const text = toIcs([event({ description })], 'Team');
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    const result = parseIcs(text, 2026);
    expect(result.ok && result.rows[0]).toMatchObject({ kind: 'row', description });
  });

  it('stamps an event without times with the time it is given', () => {
    expect(toIcs([event({ created_at: 0, updated_at: 0 })], 'Team', () => Date.UTC(2026, 0, 2, 3, 4, 5))).toContain('DTSTAMP:20260102T030405Z\r\n');
  });

  it('leaves the ical.js fold length as it was', async () => {
    const { default: ICAL } = await import('ical.js');
    toIcs([event({})], 'Team');
    expect(ICAL.foldLength).toBe(75);
  });
});
