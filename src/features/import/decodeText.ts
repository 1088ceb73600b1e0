// The text of a chosen file. A file is bytes, and spreadsheets save tables in more than UTF-8: Excel
// on a Chinese Windows saves "CSV" in the system's code page (GBK), and its "Unicode text" is
// UTF-16 with tabs. Reading such a file as UTF-8 would garble every Chinese name.

/** Decodes a file's bytes: UTF-16 by its byte order mark, else UTF-8 when valid, else GB18030 (a superset of GBK). */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}
