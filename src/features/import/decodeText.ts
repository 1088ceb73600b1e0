// The text of a chosen file. A file is bytes, and spreadsheets save tables in more than UTF-8: Excel
// on a Chinese Windows saves "CSV" in the system's code page (GBK), and its "Unicode text" is
// UTF-16 with tabs. Reading such a file as UTF-8 would garble every Chinese name; reading a UTF-8
// file with one stray byte as GB18030 would garble them all too (国庆节 becomes 鍥藉簡鑺), so a
// file whose multi-byte sequences are nearly all valid UTF-8 stays UTF-8, and the bytes that are
// not are counted: the dialog warns of them instead of guessing. A file that is not UTF-8 may be in
// the code page of another Windows than Chinese: Excel saves "CSV" in Big5 in Taiwan, Shift_JIS in
// Japan, EUC-KR in Korea, and every such byte pair is some GBK character too (Big5's 國慶日 read as
// GBK is 瓣紋ら, and its 補班 no longer reads as a make-up working day). Such a file is read in the
// encoding that leaves the fewest places unreadable and, of those, gives the most common characters
// of its language (commonCharacters.ts); GBK first when they tie, and another only when it gives some
// common characters at all. And only when it gives more of them than the UTF-8 reading: a short UTF-8
// file with a Windows quote (“ as 0x93) has too few Chinese characters to outnumber its stray bytes,
// but those it has are common (春节补班), and read as Shift_JIS they were 譏･闃り (attacker round 14).
// An iCalendar file is UTF-8 by its standard (RFC 5545): it stays so, its stray bytes counted.
// The dialog says which it was.

import { COMMON_CHARACTERS, isKana } from './commonCharacters';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;
  /** Places where bytes could not be read in that encoding (each shown as one or more U+FFFD �). */
  unreadable: number;
}

/** The code pages Excel saves "CSV" in on Chinese, Taiwanese, Japanese and Korean Windows, in the order preferred on a tie. */
export const LEGACY_ENCODINGS = ['gb18030', 'big5', 'shift_jis', 'euc-kr'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/**
 * Valid UTF-8 characters beyond ASCII per unreadable place, at least, for a file to stay UTF-8. GBK
 * text read as UTF-8 has about one valid character per six unreadable places (a GBK pair is valid
 * UTF-8 by chance only when its lead is C2–DF and its trail 80–BF), so 3 leaves a wide margin.
 */
const UTF8_MAJORITY = 3;

/**
 * Decodes a file's bytes: UTF-16 by its byte order mark, else UTF-8 when (nearly) valid, else the
 * likeliest legacy encoding. `utf8Only`: an iCalendar file, UTF-8 by its standard.
 */
export function decodeFile(bytes: ArrayBuffer | Uint8Array, { utf8Only = false } = {}): DecodedText {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data[0] === 0xff && data[1] === 0xfe) return decodeAs('utf-16le', data);
  if (data[0] === 0xfe && data[1] === 0xff) return decodeAs('utf-16be', data);
  const utf8 = decodeAs('utf-8', data);
  if (utf8.unreadable === 0 || utf8Only) return utf8;
  let wide = 0;
  for (const c of utf8.text) if (c.codePointAt(0)! > 0x7f && c !== '\uFFFD') wide++;
  if (wide >= UTF8_MAJORITY * utf8.unreadable) return utf8;
  const legacy = likeliestLegacy(data);
  const utf8Common = commonInAny(utf8.text);
  return legacy.decoded.unreadable <= utf8.unreadable && (utf8Common === 0 || legacy.common > utf8Common) ? legacy.decoded : utf8;
}

/** The common characters of any of the legacy encodings' languages in a text (what a UTF-8 reading's valid characters are worth). */
function commonInAny(text: string): number {
  let n = 0;
  for (const c of text) if (isKana(c) || LEGACY_ENCODINGS.some((encoding) => COMMON_CHARACTERS[encoding].has(c))) n++;
  return n;
}

/** The legacy decoding with the fewest unreadable places, then the most common characters of its language (and how many). */
function likeliestLegacy(data: Uint8Array): { decoded: DecodedText; common: number } {
  let best: { decoded: DecodedText; common: number } | undefined;
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = decodeAs(encoding, data);
    const common = countCommon(decoded.text, encoding);
    if (best && common === 0) continue;
    if (!best || decoded.unreadable < best.decoded.unreadable || (decoded.unreadable === best.decoded.unreadable && common > best.common)) best = { decoded, common };
  }
  return best!;
}

function countCommon(text: string, encoding: LegacyEncoding): number {
  const common = COMMON_CHARACTERS[encoding];
  let n = 0;
  for (const c of text) if (common.has(c) || (encoding === 'shift_jis' && isKana(c))) n++;
  return n;
}

/** The text alone (see decodeFile). */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  return decodeFile(bytes).text;
}

function decodeAs(encoding: DecodedText['encoding'], data: Uint8Array): DecodedText {
  const text = new TextDecoder(encoding).decode(data);
  // A U+FFFD the file itself held (EF BF BD in UTF-8) is not a decoding failure.
  const held = encoding === 'utf-8' ? countHeldReplacements(data) : 0;
  // One place per run of U+FFFD: a stray byte inside a character breaks it into two or three.
  let unreadable = -held;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) if (text[i - 1] !== '\uFFFD') unreadable++;
  return { text, encoding, unreadable: Math.max(0, unreadable) };
}

function countHeldReplacements(data: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < data.length; i++) if (data[i] === 0xef && data[i + 1] === 0xbf && data[i + 2] === 0xbd) n++;
  return n;
}
