import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mendSplitCharacters } from './mendFolds';
import { decodeImportFile, runReadJob, type FileRead } from './readSource';

// Written by a writer that folds every 75 octets wherever they fall: 补|班, 用|来 and 时|会 are split
// between two lines, one byte and two, two bytes and one.
const folded = readFileSync(new URL('./testdata/folded-mid-character.ics', import.meta.url));
const bytesOf = (data: Uint8Array) => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
const withLf = (data: Uint8Array) => new Uint8Array([...data].filter((b) => b !== 0x0d));

describe('an iCalendar file folded inside a UTF-8 character', () => {
  it('is read as the UTF-8 it is: whole names, nothing unreadable', () => {
    for (const [name, data] of [['naive.ics', folded], ['naive-lf.ics', withLf(folded)], ['no-extension', folded]] as const) {
      const decoded = decodeImportFile(name, bytesOf(data));
      expect(decoded).toMatchObject({ encoding: 'utf-8', unreadable: 0, ics: true });
      expect(decoded.text).not.toContain('\uFFFD');
    }
  });

  it('reads the make-up working day on the fold as a working day, its names whole and its lines kept', () => {
    const read = runReadJob({ kind: 'read', name: 'naive.ics', bytes: bytesOf(folded), year: 2026, zone: 'Asia/Shanghai' }) as FileRead;
    expect(read.unreadable).toBe(0);
    expect(read.rows?.map((r) => (r.kind === 'row' ? [r.line, r.start, r.isOff, r.summary, r.description] : r))).toEqual([
      [4, '2026-10-10', false, '国庆节后第一个周六全体员工按照国务院通知要补班', '第4季度假期安排，这是一个很长的中文说明，用来测试折行时多字节字符被拆开的情况，谷歌日历导出时会这样折行。'],
      [14, '2026-10-01', true, '国庆节（十月一日至七日放假调休，共七天，全体值班人员请注意）', ''],
    ]);
  });

  it('moves only the bytes of a split character, and leaves a file with none the same', () => {
    const split = new Uint8Array([0x41, 0xe7, 0x0d, 0x0a, 0x20, 0x8f, 0xad, 0x42]); // A 班 B, folded after 班's first byte
    expect([...mendSplitCharacters(split)]).toEqual([0x41, 0xe7, 0x8f, 0xad, 0x0d, 0x0a, 0x20, 0x42]);
    const whole = new TextEncoder().encode('SUMMARY:补\r\n 班\r\n');
    expect(mendSplitCharacters(whole)).toBe(whole);
  });

  it('leaves a table alone: only an iCalendar file is folded', () => {
    const csv = new Uint8Array([...new TextEncoder().encode('名称,开始日期\n'), 0xe7, 0x0a, 0x20, 0x8f, 0xad]);
    expect(decodeImportFile('days.csv', bytesOf(csv))).toMatchObject({ ics: false, text: '名称,开始日期\n\uFFFD\n \uFFFD\uFFFD' });
  });
});
