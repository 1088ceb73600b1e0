import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { effectiveDays } from '../calendars/effectiveDays';
import { daysCsv, toCsv } from './exportCsv';
import { parseTable } from './parseTable';

const event = (more: Partial<CalEventItem>): CalEventItem => ({
  cal_id: 'cal.team',
  event_id: 'cale.1',
  summary: 'National Day',
  description: '',
  start_at: '2026-10-01',
  end_at: '2026-10-08',
  is_off: true,
  created_at: 1,
  updated_at: 1,
  ...more,
});

describe('toCsv', () => {
  it('writes the import columns with English headers, the last day included, yes or no, CRLF and a byte order mark', () => {
    const text = toCsv([event({}), event({ event_id: 'cale.2', summary: 'Make-up day', start_at: '2026-10-10', end_at: '2026-10-11', is_off: false, description: 'Saturday' })]);
    expect(text).toBe('\uFEFFSummary,Start date,End date,Day off,Description\r\nNational Day,2026-10-01,2026-10-07,yes,\r\nMake-up day,2026-10-10,2026-10-10,no,Saturday\r\n');
  });

  it('quotes as RFC 4180 asks: commas, quotes and line breaks', () => {
    const text = toCsv([event({ summary: 'Day "one", two', description: 'Line one\nLine two' })]);
    expect(text.split('\r\n')[1]).toBe('"Day ""one"", two",2026-10-01,2026-10-07,yes,"Line one\nLine two"');
  });

  it('keeps spreadsheets from running a text as a formula, and reads it back as written', () => {
    const events = [event({ summary: '=HYPERLINK("http://evil","x")' }), event({ summary: '+1', description: '@SUM(A1)' }), event({ summary: '-5 days' }), event({ summary: "'quoted" })];
    const text = toCsv(events);
    for (const line of text.split('\r\n').slice(1, -1)) expect(line, line).not.toMatch(/(^|,)"?[=+\-@]/);
    const result = parseTable(text);
    expect(result.ok && result.rows.map((r) => [r.summary, r.kind === 'row' && r.description])).toEqual([
      ['=HYPERLINK("http://evil","x")', ''],
      ['+1', '@SUM(A1)'],
      ['-5 days', ''],
      ["'quoted", ''],
    ]);
  });

  it('writes only the headers for no events', () => {
    expect(toCsv([])).toBe('\uFEFFSummary,Start date,End date,Day off,Description\r\n');
  });
});

describe('daysCsv', () => {
  const days = effectiveDays('2026-10-01', '2026-10-05', { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] }, [
    event({ cal_id: 'zh-cn.china.official', event_id: 'pub.1', summary: 'National Day', end_at: '2026-10-03' }),
    event({ summary: '=On-call', start_at: '2026-10-04', end_at: '2026-10-05', is_off: false }),
  ]);

  it('writes each day with its state and reason', () => {
    expect(daysCsv(days)).toBe(
      '\uFEFFDate,Day,Reason\r\n' +
        '2026-10-01,off,Public holiday calendar: National Day\r\n' +
        '2026-10-02,off,Public holiday calendar: National Day\r\n' +
        '2026-10-03,off,Weekly rest day\r\n' +
        "2026-10-04,working,'=On-call\r\n" +
        '2026-10-05,working,Working weekday\r\n',
    );
  });

  it('takes reason texts in the interface language', () => {
    expect(daysCsv(days.slice(2, 3), (d) => (d.reason.kind === 'weekly-rest' ? '每周休息日' : '?'))).toBe('\uFEFFDate,Day,Reason\r\n2026-10-03,off,每周休息日\r\n');
  });
});
