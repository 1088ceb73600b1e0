import { describe, expect, it } from 'vitest';
import { runReadJob, withBytes, type DecodedFile, type FileRead, type SourceRead } from './readSource';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20261001', 'DTEND;VALUE=DATE:20261008', 'SUMMARY:国庆节', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

describe('the worker\'s read jobs', () => {
  it('decodes a file, and tells an iCalendar file by its name or its first line', () => {
    const table = runReadJob({ kind: 'decode', name: 'holidays.csv', bytes: bytesOf('名称,开始日期\n国庆节,2026-10-01\n') }) as DecodedFile;
    expect(table).toMatchObject({ text: '名称,开始日期\n国庆节,2026-10-01\n', encoding: 'utf-8', unreadable: 0, ics: false });
    expect((runReadJob({ kind: 'decode', name: 'feed.txt', bytes: bytesOf(ICS) }) as DecodedFile).ics).toBe(true);
    expect((runReadJob({ kind: 'decode', name: 'empty.ics', bytes: bytesOf('') }) as DecodedFile).ics).toBe(true);
  });

  it('parses a table and an iCalendar text into rows, for the year and in the zone given', () => {
    const table = runReadJob({ kind: 'parse', text: 'Summary,Start date\nOffsite,2026-06-11\n', ics: false, year: 2026, zone: 'Asia/Shanghai' }) as SourceRead;
    expect(table.rows).toEqual([expect.objectContaining({ kind: 'row', line: 2, summary: 'Offsite', start: '2026-06-11', last: '2026-06-11' })]);
    const ics = runReadJob({ kind: 'parse', text: ICS, ics: true, year: 2026, zone: 'Asia/Shanghai' }) as SourceRead;
    expect(ics.rows).toEqual([expect.objectContaining({ summary: '国庆节', start: '2026-10-01', last: '2026-10-07' })]);
    expect(runReadJob({ kind: 'parse', text: ICS, ics: true, year: 2027, zone: 'Asia/Shanghai' })).toMatchObject({ rows: [], otherYears: 1 });
  });

  it('reads a posted File to rows in one job, its text kept in the worker, its unreadable places counted and its encoding named', async () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('Summary,Start date\n'), 0xb9, 0xfa, 0xc7, 0xec, 0xbd, 0xda, ...new TextEncoder().encode(',2026-10-01\n')]);
    const file = new File([gbk], '节假日.csv');
    const read = runReadJob(await withBytes({ kind: 'read', name: file.name, bytes: file, year: 2026, zone: 'Asia/Shanghai' })) as FileRead;
    expect(read).toEqual({ rows: [expect.objectContaining({ summary: '国庆节', start: '2026-10-01' })], unreadable: 0, encoding: 'gb18030' });
    expect(read).not.toHaveProperty('text');
    const ics = new File([ICS], 'feed.ics');
    expect(runReadJob(await withBytes({ kind: 'read', name: ics.name, bytes: ics, year: 2027, zone: 'UTC' }))).toEqual({ rows: [], otherYears: 1, unreadable: 0, encoding: 'utf-8' });
    const stray = new File([new Uint8Array([...new TextEncoder().encode('Summary,Start date\n国庆节'), 0xff, ...new TextEncoder().encode(',2026-10-01\n')])], 'x.csv');
    expect(runReadJob(await withBytes({ kind: 'read', name: stray.name, bytes: stray, year: 2026, zone: 'UTC' }))).toMatchObject({ unreadable: 1 });
  });

  it('says what is wrong with a text instead of throwing, and reads blank text as nothing', () => {
    expect(runReadJob({ kind: 'parse', text: 'Name,When\nx,y\n', ics: false, year: 2026, zone: 'UTC' })).toEqual({ problem: { code: 'missingColumns', columns: ['summary', 'startDate'] } });
    expect(runReadJob({ kind: 'parse', text: 'not a calendar', ics: true, year: 2026, zone: 'UTC' })).toEqual({ problem: { code: 'notCalendar' } });
    expect(runReadJob({ kind: 'parse', text: '  \n', ics: false, year: 2026, zone: 'UTC' })).toEqual({});
  });

  it('reads 5,000 rows, and refuses one more', () => {
    const rows = (n: number) => ['Summary,Start date', ...Array.from({ length: n }, (_, i) => `Day ${i},2026-01-${String((i % 28) + 1).padStart(2, '0')}`)].join('\n');
    expect((runReadJob({ kind: 'parse', text: rows(5000), ics: false, year: 2026, zone: 'UTC' }) as SourceRead).rows).toHaveLength(5000);
    expect(runReadJob({ kind: 'parse', text: rows(5001), ics: false, year: 2026, zone: 'UTC' })).toEqual({ problem: { code: 'tooManyRows', rows: 5001, max: 5000 } });
  });
});
