import { describe, expect, it } from 'vitest';
import { effectiveDays } from '../../core/effectiveDays';
import { daysCsv, toCsv } from './exportCsv';
import { parseTable } from './parseTable';
import { calEvent } from '../../core/calEvent.fixture';


describe('toCsv', () => {
  it('writes the import columns with English headers, the last day included, yes or no, CRLF and a byte order mark', () => {
    const text = toCsv([calEvent({}), calEvent({ event_id: 'cale.2', summary: 'Make-up day', start_at: '2026-10-10', end_at: '2026-10-11', is_off: false, description: 'Saturday' })]);
    expect(text).toBe('\uFEFFSummary,Start date,End date,Day off,Description\r\nNational Day,2026-10-01,2026-10-07,yes,\r\nMake-up day,2026-10-10,2026-10-10,no,Saturday\r\n');
  });

  it('quotes as RFC 4180 asks: commas, quotes and line breaks', () => {
    const text = toCsv([calEvent({ summary: 'Day "one", two', description: 'Line one\nLine two' })]);
    expect(text.split('\r\n')[1]).toBe('"Day ""one"", two",2026-10-01,2026-10-07,yes,"Line one\nLine two"');
  });

  it('keeps spreadsheets from running a text as a formula, and reads it back as written', () => {
    const events = [calEvent({ summary: '=HYPERLINK("http://evil","x")' }), calEvent({ summary: '+1', description: '@SUM(A1)' }), calEvent({ summary: '-5 days' }), calEvent({ summary: "'quoted" })];
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

  it('writes the headers and yes/no in Chinese for a Chinese interface, and the import reads them', () => {
    const events = [calEvent({ summary: '国庆节' }), calEvent({ event_id: 'cale.2', summary: '国庆节调休', start_at: '2026-10-10', end_at: '2026-10-11', is_off: false })];
    const text = toCsv(events, 'zh-CN');
    expect(text).toBe('\uFEFF名称,开始日期,结束日期,休息日,描述\r\n国庆节,2026-10-01,2026-10-07,是,\r\n国庆节调休,2026-10-10,2026-10-10,否,\r\n');
    const result = parseTable(text);
    expect(result.ok && result.rows.map((r) => r.kind === 'row' && [r.summary, r.start, r.last, r.isOff])).toEqual([
      ['国庆节', '2026-10-01', '2026-10-07', true],
      ['国庆节调休', '2026-10-10', '2026-10-10', false],
    ]);
  });
});

describe('daysCsv', () => {
  const days = effectiveDays('2026-10-01', '2026-10-05', { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] }, [
    calEvent({ cal_id: 'zh-cn.china.official', event_id: 'pub.1', summary: 'National Day', end_at: '2026-10-03' }),
    calEvent({ summary: '=On-call', start_at: '2026-10-04', end_at: '2026-10-05', is_off: false }),
  ]);

  it('writes each day with its weekday, state and reason', () => {
    expect(daysCsv(days)).toBe(
      '\uFEFFDate,Weekday,State,Reason\r\n' +
        '2026-10-01,Thursday,day off,Public-holiday calendar: National Day\r\n' +
        '2026-10-02,Friday,day off,Public-holiday calendar: National Day\r\n' +
        '2026-10-03,Saturday,day off,Weekly rest day\r\n' +
        '2026-10-04,Sunday,working day,Event: =On-call\r\n' +
        '2026-10-05,Monday,working day,Weekly working day\r\n',
    );
  });

  it('writes headers, weekdays, states and reasons in Chinese for a Chinese interface', () => {
    expect(daysCsv(days, 'zh-CN')).toBe(
      '\uFEFF日期,星期,状态,原因\r\n' +
        '2026-10-01,星期四,休息日,节假日：National Day\r\n' +
        '2026-10-02,星期五,休息日,节假日：National Day\r\n' +
        '2026-10-03,星期六,休息日,每周休息日\r\n' +
        '2026-10-04,星期日,工作日,事件：=On-call\r\n' +
        '2026-10-05,星期一,工作日,每周工作日\r\n',
    );
  });
});
