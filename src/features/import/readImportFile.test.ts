import { describe, expect, it, vi } from 'vitest';
import { formatSize, isTooLarge, MAX_IMPORT_FILE_BYTES, MAX_PASTE_CHARS } from './readImportFile';
import { runReadJob, withBytes, type DecodedFile } from './readSource';

describe('the size limit of a chosen file', () => {
  it('refuses a 20 MB file without reading a byte of it', () => {
    const file = new File([new Uint8Array(20 * 1024 * 1024)], 'huge.csv');
    const read = vi.spyOn(file, 'arrayBuffer');
    expect(isTooLarge(file)).toBe(true);
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a file of the limit exactly', async () => {
    const file = new File(['a'.repeat(MAX_IMPORT_FILE_BYTES)], 'limit.csv');
    expect(isTooLarge(file)).toBe(false);
    const decoded = runReadJob(await withBytes({ kind: 'decode', name: file.name, bytes: file })) as DecodedFile;
    expect(decoded.text.length).toBe(MAX_IMPORT_FILE_BYTES);
  });

  it('says sizes as people read them', () => {
    expect([formatSize(MAX_IMPORT_FILE_BYTES), formatSize(20.5 * 1024 * 1024), formatSize(800 * 1024), formatSize(10)]).toEqual(['2 MB', '20.5 MB', '800 kB', '1 kB']);
  });
});

describe('MAX_PASTE_CHARS', () => {
  it('holds every file the import reads: a file has no more characters than bytes', () => {
    expect(MAX_PASTE_CHARS).toBeGreaterThanOrEqual(MAX_IMPORT_FILE_BYTES);
  });
});
