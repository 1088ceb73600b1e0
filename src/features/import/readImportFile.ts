// Reading a chosen file, within a size limit checked before a byte is read: a 20 MB "CSV" froze the
// tab for 20 s while it was decoded, split and previewed. A year of events is a few kilobytes;
// 2 MB holds a few thousand years of them, more than an import takes (MAX_IMPORT_ROWS).
import { decodeFile, type DecodedText } from './decodeText';

/** The largest file the import reads (README, "Import and export"). */
export const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024;

export type ReadFile = { ok: true; decoded: DecodedText } | { ok: false; problem: 'too-large'; bytes: number };

/** Reads a file's text (see decodeFile), or says it is too large without reading it. */
export async function readImportFile(file: Blob): Promise<ReadFile> {
  if (file.size > MAX_IMPORT_FILE_BYTES) return { ok: false, problem: 'too-large', bytes: file.size };
  return { ok: true, decoded: decodeFile(await file.arrayBuffer()) };
}

/** A size as people read it: 2 MB, 20.5 MB, 800 kB. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
