// The text of a chosen file. A file is bytes, and spreadsheets save tables in more than UTF-8: Excel
// on a Chinese Windows saves "CSV" in the system's code page (GBK), and its "Unicode text" is
// UTF-16 with tabs. Reading such a file as UTF-8 would garble every Chinese name; reading a UTF-8
// file with one stray byte as GB18030 would garble them all too (国庆节 becomes 鍥藉簡鑺), so a
// file whose multi-byte sequences are nearly all valid UTF-8 stays UTF-8, and the bytes that are
// not are counted: the dialog warns of them instead of guessing.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** Places where bytes could not be read in that encoding (each shown as one or more U+FFFD �). */
  unreadable: number;
}

/**
 * Valid UTF-8 characters beyond ASCII per unreadable place, at least, for a file to stay UTF-8. GBK
 * text read as UTF-8 has about one valid character per six unreadable places (a GBK pair is valid
 * UTF-8 by chance only when its lead is C2–DF and its trail 80–BF), so 3 leaves a wide margin.
 */
const UTF8_MAJORITY = 3;

/** Decodes a file's bytes: UTF-16 by its byte order mark, else UTF-8 when (nearly) valid, else GB18030 (a superset of GBK). */
export function decodeFile(bytes: ArrayBuffer | Uint8Array): DecodedText {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data[0] === 0xff && data[1] === 0xfe) return decodeAs('utf-16le', data);
  if (data[0] === 0xfe && data[1] === 0xff) return decodeAs('utf-16be', data);
  const utf8 = decodeAs('utf-8', data);
  if (utf8.unreadable === 0) return utf8;
  let wide = 0;
  for (const c of utf8.text) if (c.codePointAt(0)! > 0x7f && c !== '\uFFFD') wide++;
  if (wide >= UTF8_MAJORITY * utf8.unreadable) return utf8;
  const gb = decodeAs('gb18030', data);
  return gb.unreadable <= utf8.unreadable ? gb : utf8;
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
