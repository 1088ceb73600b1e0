// What the import reads from a paste or a file, as pure functions of their text or bytes: the work a
// Web Worker does for the dialog (parse.worker.ts), so that decoding and parsing a large file never
// holds the page (a 3.6 MB .ics took 8.7 s on the page's thread, a 20 MB cell 20 s).
import { decodeFile, type DecodedText } from './decodeText';
import { isIcsText } from './isIcsText';
import { parseIcs } from './parseIcs';
import { parseTable } from './parseTable';
import type { FileProblem, SourceRow } from './rows';

export interface SourceRead {
  rows?: SourceRow[];
  problem?: FileProblem;
  /** Events of an iCalendar file or paste outside the year. */
  otherYears?: number;
}


export type ReadJob =
  /** A file's bytes to text (UTF-8, UTF-16 or GB18030; see decodeFile), and whether it is an iCalendar file. */
  | { kind: 'decode'; name: string; bytes: ArrayBuffer }
  /** Text to rows: an iCalendar file's (read for `year`, timed events counted in `zone`), or a table's. */
  | { kind: 'parse'; text: string; ics: boolean; year: number; zone: string };

export type ParseJob = Extract<ReadJob, { kind: 'parse' }>;

export type DecodedFile = DecodedText & { ics: boolean };

export type ReadAnswer<J extends ReadJob> = J extends { kind: 'decode' } ? DecodedFile : SourceRead;

export function decodeImportFile(name: string, bytes: ArrayBuffer): DecodedFile {
  const decoded = decodeFile(bytes);
  return { ...decoded, ics: /\.ics$/i.test(name) || isIcsText(decoded.text) };
}

export function parseSource(text: string, ics: boolean, year: number, zone: string): SourceRead {
  if (ics) {
    const result = parseIcs(text, year, zone);
    return result.ok ? { rows: result.rows, otherYears: result.otherYears } : { problem: result.problem };
  }
  if (text.trim() === '') return {};
  const result = parseTable(text);
  return result.ok ? { rows: result.rows } : { problem: result.problem };
}

export function runReadJob(job: ReadJob): DecodedFile | SourceRead {
  return job.kind === 'decode' ? decodeImportFile(job.name, job.bytes) : parseSource(job.text, job.ics, job.year, job.zone);
}
