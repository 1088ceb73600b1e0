// The kinds of days read from Chinese holiday feeds, Apple's and ours, in iCalendar and in pasted
// rows; events with a time of day as the calendar's days; rows mended in the preview.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weekday } from '../../core/dates';
import { parseIcs } from './parseIcs';
import { yearImpact } from './preview';
import { parseSource } from './readSource';
import { parseTable } from './parseTable';
import { reviseRow } from './revise';
import type { ImportRow, SourceRow } from './rows';
import { wrongDays } from './testdata/chinaOfficial';

const calendar = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');
const rowsOf = (result: { ok: true; rows: SourceRow[] } | { ok: false }) => {
  if (!result.ok) throw new Error('file problem');
  return result.rows;
};
const brief = (rows: SourceRow[]) => rows.map((r) => (r.kind === 'row' ? `${r.start}..${r.last} ${r.isOff ? 'off' : 'work'} ${r.summary}` : `${r.problem.code} ${r.summary}`));

describe('kinds read from an iCalendar file', () => {
  it('reads make-up working days from the summary, the description or the categories, and days off from 休 and 假', () => {
    const ics = calendar(
      ['UID:1', 'DTSTART;VALUE=DATE:20260104', 'DTEND;VALUE=DATE:20260105', 'SUMMARY:上班(补元旦假期)'],
      ['UID:2', 'DTSTART;VALUE=DATE:20260214', 'SUMMARY:春节(班)', 'DESCRIPTION:班'],
      ['UID:3', 'DTSTART;VALUE=DATE:20260228', 'SUMMARY:Spring Festival', 'CATEGORIES:节假日,补班'],
      ['UID:4', 'DTSTART;VALUE=DATE:20260215', 'DTEND;VALUE=DATE:20260224', 'SUMMARY:春节(休)', 'DESCRIPTION:休'],
      ['UID:5', 'DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20260104', 'SUMMARY:元旦假期'],
    );
    const rows = rowsOf(parseIcs(ics, 2026));
    expect(brief(rows)).toEqual([
      '2026-01-04..2026-01-04 work 上班(补元旦假期)',
      '2026-02-14..2026-02-14 work 春节(班)',
      '2026-02-28..2026-02-28 work Spring Festival',
      '2026-02-15..2026-02-23 off 春节(休)',
      '2026-01-01..2026-01-03 off 元旦假期',
    ]);
    expect(rows.map((r) => (r.kind === 'row' ? r.notes : undefined))).toEqual([
      [{ code: 'kind', why: { code: 'word', field: 'summary', word: '上班' } }],
      [{ code: 'kind', why: { code: 'word', field: 'summary', word: '(班)' } }],
      [{ code: 'kind', why: { code: 'word', field: 'categories', word: '补班' } }],
      undefined,
      undefined,
    ]);
  });

  it("reads Apple's X-APPLE-SPECIAL-DAY, and our own marking before any word", () => {
    const ics = calendar(
      ['UID:1', 'DTSTART;VALUE=DATE:20260214', 'SUMMARY:调休', 'X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY'],
      ['UID:2', 'DTSTART;VALUE=DATE:20260216', 'SUMMARY:春节', 'X-APPLE-SPECIAL-DAY:WORK-HOLIDAY'],
      ['UID:3', 'DTSTART;VALUE=DATE:20261010', 'SUMMARY:上班', 'X-FLASHDUTY-DAY-OFF:TRUE'],
    );
    const rows = rowsOf(parseIcs(ics, 2026));
    expect(brief(rows)).toEqual(['2026-02-14..2026-02-14 work 调休', '2026-02-16..2026-02-16 off 春节', '2026-10-10..2026-10-10 off 上班']);
    expect(rows[0]).toMatchObject({ notes: [{ code: 'kind', why: { code: 'apple', value: 'ALTERNATE-WORKDAY' } }] });
  });

  it('takes a 补班 from 09:00 to 18:00 as its day in the calendar zone, and a UTC time as the day it touches there', () => {
    const ics = calendar(
      ['UID:1', 'DTSTART;TZID=Asia/Shanghai:20250126T090000', 'DTEND;TZID=Asia/Shanghai:20250126T180000', 'SUMMARY:补班'],
      ['UID:2', 'DTSTART:20250207T200000Z', 'DTEND:20250208T100000Z', 'SUMMARY:春节补班'],
      ['UID:3', 'DTSTART:20250427T090000', 'DURATION:PT9H', 'SUMMARY:补班'],
      ['UID:4', 'DTSTART;TZID=China Standard Time:20250928T090000', 'DTEND;TZID=China Standard Time:20250928T180000', 'SUMMARY:补班'],
    );
    const rows = rowsOf(parseIcs(ics, 2025, 'Asia/Shanghai'));
    // 20:00 UTC on 7 February is 04:00 on the 8th in Shanghai.
    expect(brief(rows)).toEqual(['2025-01-26..2025-01-26 work 补班', '2025-02-08..2025-02-08 work 春节补班', '2025-04-27..2025-04-27 work 补班', '2025-09-28..2025-09-28 work 补班']);
    expect(rows[0]).toMatchObject({ notes: [{ code: 'kind' }, { code: 'timed', zone: 'Asia/Shanghai' }] });
    // In Los Angeles the same UTC event spans two days.
    expect(brief(rowsOf(parseIcs(ics, 2025, 'America/Los_Angeles')))[1]).toBe('2025-02-07..2025-02-08 work 春节补班');
  });
});

describe('the ShuYZ / lanceliao 中国节假日 feed (holidayCal.ics), whose every day quotes the notice', () => {
  // Each day an event of its own, 假期 all day, 补班 from 09:00 to 18:00; every description quotes the notice, which names the
  // make-up days "…9月20日（周日）、10月10日（周六）上班". The fixture: its X-WR-CALDESC says where its shape comes from.
  const text = readFileSync(new URL('./testdata/cn-2026-shuyz.ics', import.meta.url), 'utf8');
  const rows = (parseSource(text, true, 2026, 'Asia/Shanghai').rows ?? []).filter((r): r is ImportRow => r.kind === 'row');

  it('reads each 假期 day as a day off and each 补班 as a working day', () => {
    expect(rows).toHaveLength(39);
    expect(rows.filter((r) => r.summary.includes('假期')).every((r) => r.isOff)).toBe(true);
    expect(brief(rows.filter((r) => !r.isOff))).toEqual([
      '2026-01-04..2026-01-04 work 元旦 补班 第1天/共1天',
      '2026-02-14..2026-02-14 work 春节 补班 第1天/共2天',
      '2026-02-28..2026-02-28 work 春节 补班 第2天/共2天',
      '2026-05-09..2026-05-09 work 劳动节 补班 第1天/共1天',
      '2026-09-20..2026-09-20 work 国庆节 补班 第1天/共2天',
      '2026-10-10..2026-10-10 work 国庆节 补班 第2天/共2天',
    ]);
  });

  it("changes a Monday-to-Friday calendar's year to the State Council's schedule: 0 wrong days of 2026", () => {
    const { becomeOff, becomeWorking } = yearImpact(rows, { calendar: { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] }, items: [], year: 2026 });
    const weekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;
    expect(wrongDays(2026, (d) => (weekend(d) ? !becomeWorking.includes(d) : becomeOff.includes(d)))).toEqual([]);
  });
});

describe('kinds read from pasted rows', () => {
  it('reads a make-up working day from the summary or description when the day-off cell is empty, and an explicit cell first', () => {
    const rows = rowsOf(parseTable(['名称,开始日期,结束日期,休息日,描述', '春节,2026-02-15,2026-02-23,,', '上班(补春节假期),2026-02-14,,,', '春节,2026-02-28,,,班', '上班日聚餐,2026-03-02,,是,', '国庆,2026-10-10,,班,'].join('\n')));
    expect(brief(rows)).toEqual([
      '2026-02-15..2026-02-23 off 春节',
      '2026-02-14..2026-02-14 work 上班(补春节假期)',
      '2026-02-28..2026-02-28 work 春节',
      '2026-03-02..2026-03-02 off 上班日聚餐',
      '2026-10-10..2026-10-10 work 国庆',
    ]);
  });
});

describe('reviseRow', () => {
  const [tooLong, badDate] = rowsOf(parseTable(['Summary,Start date,End date', `${'节'.repeat(50)},2026-01-01,`, 'National Day,2026-10-32,2026-10-07'].join('\n')));

  it('mends an invalid row: a name shortened, a date retyped', () => {
    expect(tooLong).toMatchObject({ kind: 'invalid', problem: { code: 'summaryTooLong', length: 50 } });
    expect(reviseRow(tooLong, { summary: '元旦' })).toMatchObject({ kind: 'row', summary: '元旦', start: '2026-01-01', last: '2026-01-01', isOff: true });
    expect(reviseRow(badDate, { start: '2026/10/1' })).toMatchObject({ kind: 'row', start: '2026-10-01', last: '2026-10-07' });
    expect(reviseRow(badDate, { start: '2026-10-33' })).toMatchObject({ kind: 'invalid', problem: { code: 'badDate', column: 'startDate', value: '2026-10-33' } });
  });

  it("changes a row's kind and drops the reason the data gave", () => {
    const [made] = rowsOf(parseTable(['Summary,Start date', '上班(补国庆),2026-10-10'].join('\n')));
    expect(made).toMatchObject({ isOff: false, notes: [{ code: 'kind' }] });
    const changed = reviseRow(made, { isOff: true });
    expect(changed).toMatchObject({ kind: 'row', isOff: true });
    expect(changed.kind === 'row' && changed.notes).toBeFalsy();
  });
});
