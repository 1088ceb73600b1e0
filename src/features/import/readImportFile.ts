// Reading a chosen file, within a size limit checked before a byte is read: a 20 MB "CSV" froze the
// tab for 20 s while it was decoded, split and previewed. A year of events is a few kilobytes;
// 2 MB holds a few thousand years of them, more than an import takes (MAX_IMPORT_ROWS).
/** The largest file the import reads (README, "Import and export"). */
export const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The longest paste the box takes, in characters: as many as the largest file's bytes, so every
 * file the import reads fits in the box it fills (a file's characters are never more than its bytes).
 */
export const MAX_PASTE_CHARS: number = 2 * 1024 * 1024;

/** Whether a chosen file is over the limit: told by its size, before a byte of it is read. */
export const isTooLarge = (file: Blob) => file.size > MAX_IMPORT_FILE_BYTES;

/** A size as people read it: 2 MB, 20.5 MB, 800 kB. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
