import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { toIcs } from './exportIcs';
import { parseIcs } from './parseIcs';
import { calEvent } from '../../core/calEvent.fixture';

const event = (more: Partial<CalEventItem>) => calEvent({ created_at: 1_780_000_000, updated_at: 1_790_000_000, ...more });
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
        'TRANSP:TRANSPARENT',
        'X-APPLE-SPECIAL-DAY:WORK-HOLIDAY',
        'X-FLASHDUTY-DAY-OFF:TRUE',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:cale.2',
        'DTSTAMP:20260921T141320Z',
        'DTSTART;VALUE=DATE:20261010',
        'DTEND;VALUE=DATE:20261011',
        'SUMMARY:Make-up day (working day)',
        'TRANSP:TRANSPARENT',
        'X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY',
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
    expect(toIcs([event({ created_at: 0, updated_at: 0 })], 'Team', 'en', () => Date.UTC(2026, 0, 2, 3, 4, 5))).toContain('DTSTAMP:20260102T030405Z\r\n');
  });

  it('says a working-day event is one in the summary, in the language asked for, and the import reads the name without it', () => {
    const makeUp = event({ summary: '国庆节调休', start_at: '2026-10-10', end_at: '2026-10-11', is_off: false });
    const zh = toIcs([makeUp, event({ event_id: 'cale.3', summary: '国庆节' })], '团队', 'zh-CN');
    expect(zh).toContain('SUMMARY:国庆节调休（班）\r\n');
    expect(zh).toContain('SUMMARY:国庆节\r\n');
    expect(toIcs([makeUp], 'Team', 'en')).toContain('SUMMARY:国庆节调休 (working day)\r\n');
    for (const text of [zh, toIcs([makeUp], 'Team', 'en')]) {
      const result = parseIcs(text, 2026);
      expect(result.ok && result.rows[0]).toMatchObject({ kind: 'row', summary: '国庆节调休', isOff: false });
    }
    // A name that itself ends with the mark keeps it: only the one the export added goes.
    const marked = parseIcs(toIcs([event({ summary: 'Saturday（班）', is_off: false })], 'Team', 'zh-CN'), 2026);
    expect(marked.ok && marked.rows[0]).toMatchObject({ summary: 'Saturday（班）' });
  });

  it('adds no mark to a name that already says it is a working day: the sandbox’s “… make-up workday (sample)”, “…调休上班（示例）”', () => {
    const en = toIcs([event({ summary: 'Labour Day make-up workday (sample)', is_off: false })], 'Team', 'en');
    expect(en).toContain('SUMMARY:Labour Day make-up workday (sample)\r\n');
    expect(en).not.toContain('(working day)');
    const zh = toIcs([event({ summary: '劳动节调休上班（示例）', is_off: false })], '团队', 'zh-CN');
    expect(zh).toContain('SUMMARY:劳动节调休上班（示例）\r\n');
    // It is still a working day for the import, by its property.
    const result = parseIcs(en, 2026);
    expect(result.ok && result.rows[0]).toMatchObject({ summary: 'Labour Day make-up workday (sample)', isOff: false });
  });

  it('marks a day off whose name or description reads as a working day: “上班日聚餐（休）”, “Workday offsite (day off)”', () => {
    expect(toIcs([event({ summary: '上班日聚餐', is_off: true })], '团队', 'zh-CN')).toContain('SUMMARY:上班日聚餐（休）\r\n');
    expect(toIcs([event({ summary: 'Workday offsite', is_off: true })], 'Team', 'en')).toContain('SUMMARY:Workday offsite (day off)\r\n');
    expect(toIcs([event({ summary: 'Team day', description: '班', is_off: true })], 'Team', 'en')).toContain('SUMMARY:Team day (day off)\r\n');
    expect(toIcs([event({ summary: 'Bank holiday', is_off: true })], 'Team', 'en')).toContain('SUMMARY:Bank holiday\r\n');
  });

  it('writes no control character raw: CR, NUL, escape, DEL and C1 in a summary or description (issue 21, item 9)', () => {
    const text = toIcs([event({ summary: 'Nat\rional\u0000 Day\u001b\u007f\u0085', description: 'a\u0007b\rc\u000bd\te' })], 'Te\u0001am\r');
    // eslint-disable-next-line no-control-regex
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    expect(text).toContain('SUMMARY:Nat\\nional Day\r\n');
    expect(text).toContain('DESCRIPTION:ab\\ncd\te\r\n');
    expect(text).toContain('X-WR-CALNAME:Team\\n\r\n');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    expect([vevent?.getFirstPropertyValue('summary'), vevent?.getFirstPropertyValue('description')]).toEqual(['Nat\nional Day', 'ab\ncd\te']);
  });
});
