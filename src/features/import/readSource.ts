// What the import reads from a paste or a file, as pure functions of their text or bytes: the work a
// Web Worker does for the dialog (parse.worker.ts), so that decoding and parsing a large file never
// holds the page (a 3.6 MB .ics took 8.7 s on the page's thread, a 20 MB cell 20 s).
import type { HeaderAt } from './columns';
import { decodeFile, type DecodedText } from './decodeText';
import { isIcsText } from './isIcsText';
import { mendSplitCharacters } from './mendFolds';
import { isJsonText, parseHolidayJson } from './parseHolidayJson';
import { parseIcs } from './parseIcs';
import { parseTable } from './parseTable';
import type { FileProblem, SourceRow } from './rows';

export interface SourceRead {
  rows?: SourceRow[];
  problem?: FileProblem;
  /** Events of an iCalendar file or paste outside the year. */
  otherYears?: number;
  /** A table's columns the import does not read. */
  unread?: HeaderAt[];
}


/**
 * `Bytes`: a file's bytes, or (posted to the worker) the File itself, which the worker reads: a
 * File crosses to the worker as a reference, where 350 kB of text went there and back as copies.
 */
export type ReadJob<Bytes = ArrayBuffer> =
  /** A file's bytes to text (UTF-8, UTF-16 or a legacy encoding; see decodeFile), and whether it is an iCalendar file. */
  | { kind: 'decode'; name: string; bytes: Bytes }
  /** Text to rows: an iCalendar file's (read for `year`, timed events counted in `zone`), or a table's. */
  | { kind: 'parse'; text: string; ics: boolean; year: number; zone: string }
  /** A file's bytes to rows, in one job (decode, then parse): its text never leaves the worker. */
  | { kind: 'read'; name: string; bytes: Bytes; year: number; zone: string };

export type ParseJob = Extract<ReadJob, { kind: 'parse' }>;
export type FileJob = Extract<ReadJob<Blob>, { kind: 'read' }>;

export type DecodedFile = DecodedText & { ics: boolean };

/** A file read to rows: what it read, and how many places of it could not be read as text. */
export type FileRead = SourceRead & Pick<DecodedText, 'unreadable' | 'encoding'>;

export type ReadAnswer<J extends ReadJob<unknown>> = J extends { kind: 'decode' } ? DecodedFile : J extends { kind: 'read' } ? FileRead : SourceRead;

/** An iCalendar file is told by its name, or by its first line (UTF-16 ones by their text once decoded). */
export function decodeImportFile(name: string, bytes: ArrayBuffer): DecodedFile {
  const data = new Uint8Array(bytes);
  const calendar = /\.ics$/i.test(name) || isIcsText(new TextDecoder().decode(data.subarray(0, 256)));
  const decoded = calendar ? decodeFile(mendSplitCharacters(data), { utf8Only: true }) : decodeFile(data);
  return { ...decoded, ics: calendar || isIcsText(decoded.text) };
}

export function parseSource(text: string, ics: boolean, year: number, zone: string): SourceRead {
  if (ics) {
    const result = parseIcs(text, year, zone);
    return result.ok ? { rows: result.rows, otherYears: result.otherYears } : { problem: result.problem };
  }
  if (text.trim() === '') return {};
  if (isJsonText(text)) {
    const result = parseHolidayJson(text, year);
    return result.ok ? { rows: result.rows, otherYears: result.otherYears } : { problem: result.problem };
  }
  const result = parseTable(text);
  if (!result.ok) return { problem: result.problem };
  return result.unread ? { rows: result.rows, unread: result.unread } : { rows: result.rows };
}

export function runReadJob(job: ReadJob): DecodedFile | SourceRead | FileRead {
  if (job.kind === 'parse') return parseSource(job.text, job.ics, job.year, job.zone);
  const decoded = decodeImportFile(job.name, job.bytes);
  if (job.kind === 'decode') return decoded;
  return { ...parseSource(decoded.text, decoded.ics, job.year, job.zone), unreadable: decoded.unreadable, encoding: decoded.encoding };
}

/** The job with a posted File's bytes read (in the worker). */
export async function withBytes(job: ReadJob<ArrayBuffer | Blob>): Promise<ReadJob> {
  if (job.kind === 'parse' || !(job.bytes instanceof Blob)) return job as ReadJob;
  return { ...job, bytes: await job.bytes.arrayBuffer() };
}
