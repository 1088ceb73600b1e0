// iCalendar folds a long line at 75 octets: a line break and a space or a tab, which a reader takes
// out (RFC 5545 §3.1). Simple writers fold inside a UTF-8 character, and decoding the bytes before
// unfolding them turned its halves into �: a 补班 on the fold read as a day off, and the dialog
// said a UTF-8 file was not UTF-8. The bytes of a split character are put back together before
// its fold: the file decodes whole, and keeps its lines (the rows' line numbers).

const isContinuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** How many continuation bytes the UTF-8 character ending at `end` (exclusive) lacks: 0 when it is whole. */
function missingBytes(data: Uint8Array, end: number): number {
  let had = 0;
  while (had < 3 && isContinuation(data[end - 1 - had])) had++;
  const lead = data[end - 1 - had];
  if (lead === undefined) return 0;
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
  return Math.max(0, length - 1 - had);
}

/** The bytes with every character split by a fold moved whole before the fold (the same array when none is). */
export function mendSplitCharacters(data: Uint8Array): Uint8Array {
  let mended = data;
  for (let i = data.indexOf(0x0a); i !== -1; i = data.indexOf(0x0a, i + 1)) {
    if (data[i + 1] !== 0x20 && data[i + 1] !== 0x09) continue;
    const lineEnd = data[i - 1] === 0x0d ? i - 1 : i;
    const missing = missingBytes(data, lineEnd);
    const rest = data.subarray(i + 2, i + 2 + missing);
    if (missing === 0 || rest.length < missing || !rest.every((b) => isContinuation(b))) continue;
    if (mended === data) mended = data.slice();
    mended.set(rest, lineEnd);
    mended.set(data.subarray(lineEnd, i + 2), lineEnd + missing);
  }
  return mended;
}
