import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFile, decodeText } from './decodeText';
import { runReadJob, type FileRead } from './readSource';

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  [...text].forEach((_, i) => view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian));
  return bytes;
};

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('名称,开始日期'))).toBe('名称,开始日期');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('名称')]))).toBe('名称');
  });

  it("reads Excel's Unicode text (UTF-16 with a byte order mark), either byte order", () => {
    expect(decodeText(utf16('名称\t开始日期', true))).toBe('名称\t开始日期');
    expect(decodeText(utf16('名称\t开始日期', false).buffer)).toBe('名称\t开始日期');
  });

  it('reads a CSV saved in GBK by Excel on a Chinese Windows', () => {
    // 国庆节 in GBK
    expect(decodeText(new Uint8Array([0xb9, 0xfa, 0xc7, 0xec, 0xbd, 0xda, 0x2c, 0x31]))).toBe('国庆节,1');
  });
});

describe('decodeFile', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const withStrayByte = (text: string, at: number) => {
    const bytes = [...utf8(text)];
    bytes.splice(at, 0, 0xff);
    return new Uint8Array(bytes);
  };

  it('keeps a UTF-8 file with one stray byte in UTF-8, and counts what it could not read', () => {
    const csv = '名称,开始日期,结束日期\n国庆节,2026-10-01,2026-10-07\n元旦,2027-01-01,\n春节,2027-02-17,2027-02-23\n';
    const decoded = decodeFile(withStrayByte(csv, csv.indexOf('\n') + 3));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.unreadable).toBe(1);
    expect(decoded.text).toContain('国庆节');
    expect(decoded.text).not.toContain('鍥藉簡鑺');
    expect(decoded.text.split('\n')[1]).toBe('国庆节,2026-10-01,2026-10-07');
  });

  it('keeps even a short UTF-8 file with a stray byte in UTF-8', () => {
    expect(decodeFile(withStrayByte('国庆节,2026-10-01', 9))).toMatchObject({ text: '国庆节\uFFFD,2026-10-01', encoding: 'utf-8', unreadable: 1 });
  });

  it('keeps a short UTF-8 file with Windows quotes or accents (bytes of Windows-1252) in UTF-8: its Chinese is common, read otherwise it is not (attacker round 14)', () => {
    const utf8 = (text: string) => [...new TextEncoder().encode(text)];
    const quoted = new Uint8Array([...utf8('Summary,Start date,End date,Day off,Description\n春节补班,2026-02-14,,,'), 0x93, ...utf8('Saturday'), 0x94, ...utf8(' per notice\n')]);
    expect(decodeFile(quoted)).toMatchObject({ encoding: 'utf-8', unreadable: 2 });
    expect(decodeFile(quoted).text).toContain('\n春节补班,2026-02-14,,,\uFFFDSaturday\uFFFD per notice');
    const accents = new Uint8Array([...utf8('Summary,Start date,End date,Day off,Description\n国庆,2026-10-01,,,Caf'), 0xe9, ...utf8('\n补班,2026-10-10,,no,Cr'), 0xe8, ...utf8('me\n')]);
    expect(decodeFile(accents)).toMatchObject({ encoding: 'utf-8', unreadable: 2 });
    expect(decodeFile(accents).text).toContain('\n补班,2026-10-10,,no,');
  });

  it('keeps an iCalendar file in UTF-8, its standard’s encoding, whatever its stray bytes', () => {
    const ics = new Uint8Array([...new TextEncoder().encode('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:补班\r\nDESCRIPTION:'), 0x93, 0x94, 0xe9, 0x0d, 0x0a, ...new TextEncoder().encode('END:VEVENT\r\nEND:VCALENDAR\r\n')]);
    expect(decodeFile(ics, { utf8Only: true })).toMatchObject({ encoding: 'utf-8' });
    expect(decodeFile(ics, { utf8Only: true }).text).toContain('SUMMARY:补班');
  });

  it('reads GBK as GB18030 with nothing unreadable', () => {
    const gbk = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb9, 0xfa, 0xc7, 0xec, 0xbd, 0xda]); // 名称,国庆节
    expect(decodeFile(gbk)).toEqual({ text: '名称,国庆节', encoding: 'gb18030', unreadable: 0 });
  });

  it('reads a whole GBK table as GB18030, not as UTF-8 with holes', () => {
    const hex = 'c3fbb3c62cbfaacabcc8d5c6da2cbde1caf8c8d5c6da2cd0ddcfa2c8d50ab9fac7ecbdda2c323032362d31302d30312c323032362d31302d30372ccac70ab9fac7ecbddab5f7d0ddc9cfb0e02c323032362d31302d31302c2cb7f10ad4aab5a92c323032372d30312d30312c2ccac70a';
    const decoded = decodeFile(new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16))));
    expect(decoded).toMatchObject({ encoding: 'gb18030', unreadable: 0 });
    expect(decoded.text.split('\n')[2]).toBe('国庆节调休上班,2026-10-10,,否');
  });

  it('valid UTF-8 is unreadable nowhere, even when it holds a U+FFFD itself', () => {
    expect(decodeFile(utf8('国庆节 \uFFFD'))).toEqual({ text: '国庆节 \uFFFD', encoding: 'utf-8', unreadable: 0 });
  });

  it('counts the unreadable bytes of a file that is neither', () => {
    const decoded = decodeFile(new Uint8Array([0x61, 0xff, 0xff, 0x62]));
    expect(decoded.unreadable).toBeGreaterThan(0);
    expect(decoded.text).toContain('\uFFFD');
  });
});

describe('a CSV in the code page of a Taiwanese, Japanese or Korean Windows', () => {
  const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url));

  it('is read in its own encoding, not as GBK', () => {
    expect(decodeFile(fixture('tw-2026.big5.csv'))).toMatchObject({ encoding: 'big5', unreadable: 0 });
    expect(decodeFile(fixture('tw-2026.big5.csv')).text.split('\n').slice(1, 3)).toEqual(['春節,2026-02-14,2026-02-22', '彈性放假補行上班,2026-01-31,']);
    expect(decodeFile(fixture('jp-2026.sjis.csv'))).toMatchObject({ encoding: 'shift_jis', unreadable: 0 });
    expect(decodeFile(fixture('jp-2026.sjis.csv')).text).toContain('\n成人の日,2026-01-12,,yes\n建国記念の日,2026-02-11,,yes\n振替休日,');
    expect(decodeFile(fixture('kr-2026.euckr.csv'))).toMatchObject({ encoding: 'euc-kr', unreadable: 0 });
    expect(decodeFile(fixture('kr-2026.euckr.csv')).text).toContain('\n설날,2026-02-16,2026-02-18,yes\n추석,');
  });

  it('keeps its make-up working days (補班) working days', () => {
    const read = runReadJob({ kind: 'read', name: 'tw.csv', bytes: new Uint8Array(fixture('tw-2026.big5.csv')).buffer, year: 2026, zone: 'Asia/Taipei' }) as FileRead;
    expect(read.encoding).toBe('big5');
    expect(read.rows?.map((r) => (r.kind === 'row' ? `${r.summary} ${r.isOff ? 'off' : 'work'}` : r.problem.code))).toEqual([
      '春節 off',
      '彈性放假補行上班 work',
      '和平紀念日 off',
      '國慶日 off',
      '補班 work',
    ]);
  });

  it('a GBK file still reads as GBK, whole and line by line', () => {
    const gbk = fixture('cn-2026.gbk.csv');
    expect(decodeFile(gbk)).toMatchObject({ encoding: 'gb18030', unreadable: 0 });
    const lines = decodeFile(gbk).text.split('\n');
    let start = 0;
    for (const line of lines.slice(0, -1)) {
      const end = gbk.indexOf(0x0a, start);
      expect(decodeFile(gbk.subarray(start, end))).toMatchObject({ text: line, encoding: /^[\x20-\x7e]*$/.test(line) ? 'utf-8' : 'gb18030' });
      start = end + 1;
    }
  });
});
