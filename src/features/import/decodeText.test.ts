import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

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
