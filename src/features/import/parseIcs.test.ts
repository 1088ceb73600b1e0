import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcs, type IcsParseResult } from './parseIcs';

const calendar = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');
const ok = (result: IcsParseResult) => {
  if (!result.ok) throw new Error(`file problem ${result.problem.code}`);
  return result;
};
const brief = (result: IcsParseResult) => ok(result).rows.map((r) => (r.kind === 'row' ? `${r.start}..${r.last} ${r.isOff ? 'off' : 'work'} ${r.summary}` : `${r.problem.code} ${r.summary}`));

describe('parseIcs', () => {
  it('reads all-day events, DTEND exclusive', () => {
    const ics = calendar(
      ['UID:a', 'DTSTART;VALUE=DATE:20261001', 'DTEND;VALUE=DATE:20261008', 'SUMMARY:National Day', 'DESCRIPTION:Golden week'],
      ['UID:b', 'DTSTART;VALUE=DATE:20260501', 'DTEND;VALUE=DATE:20260502', 'SUMMARY:Labour Day'],
    );
    expect(ok(parseIcs(ics, 2026)).rows).toEqual([
      { kind: 'row', line: 4, summary: 'National Day', start: '2026-10-01', last: '2026-10-07', isOff: true, description: 'Golden week' },
      { kind: 'row', line: 11, summary: 'Labour Day', start: '2026-05-01', last: '2026-05-01', isOff: true, description: '' },
    ]);
  });

  it('makes an event without DTEND one day, reads DURATION, and takes DTEND equal to DTSTART as one day', () => {
    const ics = calendar(
      ['UID:a', 'DTSTART;VALUE=DATE:20260101', 'SUMMARY:New Year'],
      ['UID:b', 'DTSTART;VALUE=DATE:20260501', 'DURATION:P5D', 'SUMMARY:Labour Day'],
      ['UID:c', 'DTSTART;VALUE=DATE:20260601', 'DTEND;VALUE=DATE:20260601', 'SUMMARY:Children'],
    );
    expect(brief(parseIcs(ics, 2026))).toEqual(['2026-01-01..2026-01-01 off New Year', '2026-05-01..2026-05-05 off Labour Day', '2026-06-01..2026-06-01 off Children']);
  });

  it('takes a cancelled event, or a cancelled occurrence of a series (as Google writes it), as a row not imported (attacker round 7)', () => {
    const ics = calendar(
      ['UID:a', 'DTSTART;VALUE=DATE:20261001', 'DTEND;VALUE=DATE:20261003', 'SUMMARY:Offsite', 'STATUS:CANCELLED'],
      ['UID:b', 'DTSTART;VALUE=DATE:20261101', 'SUMMARY:Team day', 'STATUS:CONFIRMED'],
      ['UID:ny', 'DTSTART;VALUE=DATE:20240610', 'RRULE:FREQ=YEARLY', 'SUMMARY:Founders day'],
      ['UID:ny', 'RECURRENCE-ID;VALUE=DATE:20260610', 'DTSTART;VALUE=DATE:20260610', 'SUMMARY:Founders day', 'STATUS:CANCELLED'],
    );
    expect(brief(parseIcs(ics, 2026)).sort()).toEqual(['2026-11-01..2026-11-01 off Team day', 'cancelled Founders day', 'cancelled Offsite']);
    expect(brief(parseIcs(ics, 2027)).sort()).toEqual(['2027-06-10..2027-06-10 off Founders day']);
  });

  it('reads an all-day date written without VALUE=DATE', () => {
    expect(brief(parseIcs(calendar(['UID:a', 'DTSTART:20260101', 'DTEND:20260102', 'SUMMARY:New Year']), 2026))).toEqual(['2026-01-01..2026-01-01 off New Year']);
  });

  it('expands a yearly rule in the chosen year, with its exceptions and changed occurrences', () => {
    const ics = calendar(
      ['UID:ny', 'DTSTART;VALUE=DATE:20200101', 'RRULE:FREQ=YEARLY', 'SUMMARY:New Year'],
      ['UID:xmas', 'DTSTART;VALUE=DATE:20201224', 'DTEND;VALUE=DATE:20201227', 'RRULE:FREQ=YEARLY;UNTIL=20301231', 'EXDATE;VALUE=DATE:20261224', 'SUMMARY:Christmas'],
      ['UID:day', 'DTSTART;VALUE=DATE:20200301', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=1MO', 'SUMMARY:First Monday of March'],
      ['UID:ny', 'RECURRENCE-ID;VALUE=DATE:20270101', 'DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270103', 'SUMMARY:New Year moved'],
    );
    expect(brief(parseIcs(ics, 2026))).toEqual(['2026-01-01..2026-01-01 off New Year', '2026-12-31..2027-01-02 off New Year moved', '2026-03-02..2026-03-02 off First Monday of March']);
    expect(brief(parseIcs(ics, 2027))).toEqual(['2026-12-31..2027-01-02 off New Year moved', '2027-12-24..2027-12-26 off Christmas', '2027-03-01..2027-03-01 off First Monday of March']);
  });

  it('expands other frequencies within the year too', () => {
    const ics = calendar(
      ['UID:w', 'DTSTART;VALUE=DATE:20251231', 'DTEND;VALUE=DATE:20260102', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Wednesdays'],
      ['UID:m', 'DTSTART;VALUE=DATE:20000115', 'RRULE:FREQ=MONTHLY;INTERVAL=6', 'SUMMARY:Twice a year'],
      ['UID:d', 'DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=DAILY', 'SUMMARY:Every day'],
    );
    const rows = ok(parseIcs(ics, 2026)).rows;
    const spans = (summary: string) => rows.filter((r) => r.summary === summary).map((r) => r.kind === 'row' && `${r.start}..${r.last}`);
    expect(spans('Wednesdays')).toEqual(['2025-12-31..2026-01-01', '2026-01-07..2026-01-08', '2026-01-14..2026-01-15']);
    expect(spans('Twice a year')).toEqual(['2026-01-15..2026-01-15', '2026-07-15..2026-07-15']);
    expect(spans('Every day')).toHaveLength(365);
  });

  it('skips every excluded day, each once, even when a day is excluded twice', () => {
    const weekly = ['UID:w', 'DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY;COUNT=5', 'SUMMARY:Mondays'];
    const days = (...exdates: string[]) => brief(parseIcs(calendar([...weekly, ...exdates]), 2026)).map((r) => r.slice(0, 10));
    expect(days('EXDATE;VALUE=DATE:20260112,20260112,20260119')).toEqual(['2026-01-05', '2026-01-26', '2026-02-02']);
    expect(days('EXDATE;VALUE=DATE:20260119', 'EXDATE;VALUE=DATE:20260112', 'EXDATE:20260112')).toEqual(['2026-01-05', '2026-01-26', '2026-02-02']);
    expect(days('EXDATE;VALUE=DATE:20260105,20260105,20260112')).toEqual(['2026-01-19', '2026-01-26', '2026-02-02']);
  });

  it('drops the days a month lacks instead of rolling them into the next month', () => {
    const days = (rule: string, start = '20260130') => brief(parseIcs(calendar(['UID:m', `DTSTART;VALUE=DATE:${start}`, rule, 'SUMMARY:M']), 2026)).map((r) => r.slice(0, 10));
    expect(days('RRULE:FREQ=YEARLY;BYMONTH=1,2,3;BYMONTHDAY=30')).toEqual(['2026-01-30', '2026-03-30']);
    expect(days('RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3', '20260131')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(days('RRULE:FREQ=YEARLY', '20240229')).toEqual([]);
    expect(days('RRULE:FREQ=MONTHLY;COUNT=3', '20260131')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
    expect(brief(parseIcs(calendar(['UID:r', 'DTSTART;VALUE=DATE:20260130', 'RDATE;VALUE=DATE:20260130,20260230,20260301', 'SUMMARY:R']), 2026))).toEqual([
      '2026-01-30..2026-01-30 off R',
      '2026-03-01..2026-03-01 off R',
    ]);
  });

  it('lists a day the rule and an RDATE both give once', () => {
    const ics = calendar(['UID:y', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY', 'RDATE;VALUE=DATE:20260101,20260102', 'SUMMARY:New Year']);
    expect(brief(parseIcs(ics, 2026))).toEqual(['2026-01-01..2026-01-01 off New Year', '2026-01-02..2026-01-02 off New Year']);
  });

  it('reports an event whose rule cannot be parsed on its own line, and reads the rest of the file', () => {
    for (const rule of ['RRULE:FREQ=SOMETIMES', 'RRULE:FREQ=YEARLY;BYMONTH=13']) {
      const ics = calendar(['UID:a', 'DTSTART;VALUE=DATE:20260101', 'SUMMARY:Before'], ['UID:b', 'DTSTART;VALUE=DATE:20260105', rule, 'SUMMARY:Bad\\, rule'], ['UID:c', 'DTSTART;VALUE=DATE:20260110', 'SUMMARY:After']);
      const result = ok(parseIcs(ics, 2026));
      expect(brief(result), rule).toEqual(['2026-01-01..2026-01-01 off Before', 'unreadableEvent Bad, rule', '2026-01-10..2026-01-10 off After']);
      expect(result.rows.map((r) => r.line)).toEqual([4, 9, 15]);
    }
  });

  it('reports a series that takes too many steps to reach the year, instead of freezing', () => {
    const ics = calendar(['UID:d', 'DTSTART;VALUE=DATE:19700101', 'RRULE:FREQ=DAILY', 'SUMMARY:Every day since 1970']);
    expect(brief(parseIcs(ics, 2026))).toEqual(['recurrenceTooLong Every day since 1970']);
  });

  it('reports a rule that never falls on a day (ical.js searched it for ever), and reads the rest of the file', () => {
    // The attacker's 250-byte file: it held the page before.
    const bomb = readFileSync(new URL('./testdata/feb30-daily.ics', import.meta.url), 'utf8');
    expect(brief(parseIcs(bomb, 2026))).toEqual(['recurrenceNeverFalls bomb']);
    for (const rule of ['RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'RRULE:FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31', 'RRULE:FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=-30']) {
      const ics = calendar(['UID:a', 'DTSTART;VALUE=DATE:20260101', 'SUMMARY:Before'], ['UID:b', 'DTSTART;VALUE=DATE:20260105', rule, 'SUMMARY:Never'], ['UID:c', 'DTSTART;VALUE=DATE:20260110', 'SUMMARY:After']);
      expect(brief(parseIcs(ics, 2026)), rule).toEqual(['2026-01-01..2026-01-01 off Before', 'recurrenceNeverFalls Never', '2026-01-10..2026-01-10 off After']);
    }
    // A day some years have is a day: 29 February, the 31st of January or April.
    const leap = calendar(['UID:l', 'DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'SUMMARY:Leap'], ['UID:m', 'DTSTART;VALUE=DATE:20260131', 'RRULE:FREQ=MONTHLY;BYMONTH=1,4;BYMONTHDAY=31', 'SUMMARY:Month end']);
    expect(brief(parseIcs(leap, 2028))).toEqual(['2028-02-29..2028-02-29 off Leap', '2028-01-31..2028-01-31 off Month end']);
  });

  it('takes a one-off event with a time of day as the days it touches, lists a repeating one as skipped, and leaves other years out', () => {
    const ics = calendar(
      ['UID:t', 'DTSTART:20260301T090000Z', 'DTEND:20260301T100000Z', 'SUMMARY:Meeting'],
      ['UID:r', 'DTSTART;TZID=Asia/Shanghai:20200301T090000', 'RRULE:FREQ=DAILY', 'SUMMARY:Stand-up'],
      ['UID:old', 'DTSTART:20250301T090000Z', 'SUMMARY:Old meeting'],
      ['UID:o', 'DTSTART;VALUE=DATE:20250101', 'SUMMARY:Last year'],
      ['UID:s', 'DTSTART;VALUE=DATE:20200101', 'RRULE:FREQ=YEARLY;COUNT=3', 'SUMMARY:Ended series'],
    );
    const result = ok(parseIcs(ics, 2026));
    expect(brief(result)).toEqual(['2026-03-01..2026-03-01 off Meeting', 'timedEvent Stand-up']);
    expect(result.rows[0]).toMatchObject({ notes: [{ code: 'timed', zone: 'UTC' }] });
    expect(result.otherYears).toBe(3);
  });

  it('reads the day-off marker of our own export', () => {
    const ics = calendar(['UID:a', 'DTSTART;VALUE=DATE:20261010', 'SUMMARY:Make-up day', 'X-FLASHDUTY-DAY-OFF:FALSE'], ['UID:b', 'DTSTART;VALUE=DATE:20261001', 'SUMMARY:Holiday', 'X-FLASHDUTY-DAY-OFF:TRUE']);
    expect(brief(parseIcs(ics, 2026))).toEqual(['2026-10-10..2026-10-10 work Make-up day', '2026-10-01..2026-10-01 off Holiday']);
  });

  it('unescapes and unfolds text, and applies the form rules', () => {
    const ics = calendar(
      ['UID:a', 'DTSTART;VALUE=DATE:20260101', 'SUMMARY:New Year\\, Day\\; one', 'DESCRIPTION:Line one\\nLine two with a fold', ' ed word'],
      ['UID:b', 'DTSTART;VALUE=DATE:20260102'],
      ['UID:c', 'DTSTART;VALUE=DATE:20260103', `SUMMARY:${'x'.repeat(41)}`],
      ['UID:d', 'DTSTART;VALUE=DATE:20260105', 'DTEND;VALUE=DATE:20260103', 'SUMMARY:Backwards'],
    );
    expect(ok(parseIcs(ics, 2026)).rows).toEqual([
      { kind: 'row', line: 4, summary: 'New Year, Day; one', start: '2026-01-01', last: '2026-01-01', isOff: true, description: 'Line one\nLine two with a folded word' },
      { kind: 'invalid', line: 11, summary: '', problem: { code: 'summaryEmpty' }, draft: { summary: '', start: '2026-01-02', last: '2026-01-02', isOff: true, description: '' } },
      {
        kind: 'invalid',
        line: 15,
        summary: 'x'.repeat(41),
        problem: { code: 'summaryTooLong', length: 41, max: 40 },
        draft: { summary: 'x'.repeat(41), start: '2026-01-03', last: '2026-01-03', isOff: true, description: '' },
      },
      { kind: 'invalid', line: 20, summary: 'Backwards', problem: { code: 'endBeforeStart' }, draft: { summary: 'Backwards', start: '2026-01-05', last: '2026-01-02', isOff: true, description: '' } },
    ]);
  });

  it('lists an event it cannot read, and goes on', () => {
    const ics = calendar(['UID:a', 'SUMMARY:No start'], ['UID:b', 'DTSTART;VALUE=DATE:2026', 'SUMMARY:Broken start'], ['UID:c', 'DTSTART;VALUE=DATE:20260101', 'SUMMARY:Fine']);
    expect(brief(parseIcs(ics, 2026))).toEqual(['unreadableEvent No start', 'unreadableEvent Broken start', '2026-01-01..2026-01-01 off Fine']);
  });

  it('reads calendars pasted one after another, and LF line ends', () => {
    const one = calendar(['UID:a', 'DTSTART;VALUE=DATE:20260101', 'SUMMARY:A']);
    const two = calendar(['UID:b', 'DTSTART;VALUE=DATE:20260102', 'SUMMARY:B']).replaceAll('\r\n', '\n');
    expect(brief(parseIcs(one + two, 2026))).toEqual(['2026-01-01..2026-01-01 off A', '2026-01-02..2026-01-02 off B']);
  });

  it('reports a broken or foreign file with a file problem, never an exception', () => {
    expect(parseIcs('', 2026)).toEqual({ ok: false, problem: { code: 'empty' } });
    for (const text of ['garbage', 'BEGIN:VCARD\r\nFN:A\r\nEND:VCARD', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR', 'Summary,Start date\nA,2026-01-01', '\u0000\u0001', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VCARD\r\nEND:VCARD']) {
      expect(parseIcs(text, 2026), text).toEqual({ ok: false, problem: { code: 'notCalendar' } });
    }
    expect(parseIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR', 2026)).toEqual({ ok: true, rows: [], otherYears: 0 });
  });
});
