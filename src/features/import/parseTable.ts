// A table of events: a CSV file, or cells copied from a spreadsheet (which the clipboard holds as
// tab-separated text, with Excel's quoting of cells that hold line breaks). The first non-empty row
// names the columns, in any order.
import Papa from 'papaparse';
import { parseDateCell, parseDayOffCell, restoreFormula } from './cells';
import { REQUIRED_COLUMNS, headerMeaning, unreadableHeader, type ColumnKey, type HeaderAt } from './columns';
import { kindOfTexts } from './dayKind';
import { MAX_IMPORT_ROWS, checkRow, invalidRow, type ParseResult, type RowDraft, type SourceRow } from './rows';

type Delimiter = '\t' | ',' | ';';

/** Reads a table into rows; a broken table gives rows with reasons or a file problem, never an exception. */
export function parseTable(text: string): ParseResult {
  // Excel's "CSV UTF-8" starts with a byte order mark, which would stick to the first header. Line
  // ends become LF: Papa Parse takes the first line end it meets for all of them, so a file pasted
  // together from CRLF and LF parts would otherwise run rows into each other. (A line break inside a
  // cell becomes LF too, as the form's description field writes it.)
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Excel's first line "sep=;" names the delimiter; it is no row (its line stays, empty, for the numbering).
  const named = EXCEL_SEPARATOR.exec(normalised)?.[1] as Delimiter | undefined;
  const source = named ? normalised.replace(EXCEL_SEPARATOR, '') : normalised;
  if (source.trim() === '') return { ok: false, problem: { code: 'empty' } };

  const { records, stopped } = readRecords(source, named ?? delimiterOf(source), MAX_IMPORT_ROWS);
  // Past the limit the parse stopped (a 2 MB file of 160,000 short rows took 2.8 s to read whole):
  // the rows read so far, and the rest counted as the lines that are not empty.
  if (stopped) return { ok: false, problem: { code: 'tooManyRows', rows: stopped.rows + linesFrom(source, stopped.at), max: MAX_IMPORT_ROWS } };
  const headerAt = headerIndex(records);
  if (headerAt < 0) return { ok: false, problem: { code: 'empty' } }; // quotes around nothing, say
  const unreadable = unreadableHeader(records[headerAt].cells);
  if (unreadable) return { ok: false, problem: { code: 'unreadableHeader', ...unreadable } };
  const { columns, unread } = columnIndexes(records[headerAt].cells);
  const missing = REQUIRED_COLUMNS.filter((key) => columns[key] === undefined);
  if (missing.length > 0) return { ok: false, problem: { code: 'missingColumns', columns: missing } };

  const body = records.slice(headerAt + 1).filter((r) => !isBlank(r.cells));
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, problem: { code: 'tooManyRows', rows: body.length, max: MAX_IMPORT_ROWS } };
  const rows = body.map((record) => rowOf(record, columns));
  unread.push(...unnamedColumns(records[headerAt].cells, body));
  return unread.length > 0 ? { ok: true, rows, unread } : { ok: true, rows };
}

const EXCEL_SEPARATOR = /^sep=([,;\t])[ \t]*(?=\n|$)/i;
/** Lines a title may take above the header ("2026年节假日安排", a merged cell over the table). */
const TITLE_LINES = 3;

/**
 * The header: the first non-blank record, or the first after a title of a few lines when that one
 * names the needed columns. A title is one cell a line: lines of several cells above the header are
 * rows put in the wrong place, not a title to skip without a word (the header is then the first line,
 * and the columns it lacks are said).
 */
function headerIndex(records: readonly TableRecord[]): number {
  const first = records.findIndex((r) => !isBlank(r.cells));
  for (let at = first; at >= 0 && at < records.length && at <= first + TITLE_LINES; at++) {
    const { cells } = records[at];
    if (isBlank(cells)) continue;
    if (REQUIRED_COLUMNS.every((key) => columnIndexes(cells).columns[key] !== undefined)) return at;
    if (cells.filter((c) => c.trim() !== '').length > 1) break;
  }
  return first;
}

interface TableRecord {
  cells: string[];
  /** The line the record starts on, from 1 (a quoted cell may run over several lines). */
  line: number;
  /** A quoted cell that never closes: it swallowed the rest of the text. */
  unclosedQuote: boolean;
}

/**
 * The text's records, read one at a time; the reading stops (`stopped`) as soon as more than
 * `maxRows` non-blank records follow the first non-blank one (the header).
 */
export function readRecords(source: string, delimiter: Delimiter, maxRows: number): { records: TableRecord[]; stopped?: { rows: number; at: number } } {
  const lineAt = lineLocator(source);
  const records: TableRecord[] = [];
  let offset = 0;
  let nonBlank = 0;
  let stopped: { rows: number; at: number } | undefined;
  Papa.parse<string[]>(source, {
    delimiter,
    newline: '\n',
    step: (result, parser) => {
      records.push({ cells: result.data, line: lineAt(offset), unclosedQuote: result.errors.some((e) => e.type === 'Quotes') });
      offset = result.meta.cursor;
      if (!isBlank(result.data) && ++nonBlank > maxRows + 1) {
        stopped = { rows: nonBlank - 1, at: offset }; // the rows but the header, and where reading stopped
        parser.abort();
      }
    },
  });
  return { records, stopped };
}

/** The lines from an offset on that are not empty (a scan for line ends: no line is read). */
function linesFrom(source: string, from: number): number {
  let count = 0;
  for (let start = from; start < source.length; start = source.indexOf('\n', start) + 1 || source.length) {
    if (source[start] !== '\n') count++;
  }
  return count;
}

/**
 * The delimiter of the header line: the one it has most of, a tab first on a tie. Judging the
 * header alone, rather than letting Papa Parse guess from the first rows, keeps a tab-separated
 * paste whose descriptions hold commas from being read as CSV.
 */
function delimiterOf(source: string): Delimiter {
  // A title above the header has no delimiter: the first line with one is the header.
  const header = /^.*[\t,;].*$/m.exec(source)?.[0] ?? '';
  const count = (d: Delimiter) => header.split(d).length - 1;
  const candidates: Delimiter[] = ['\t', ',', ';'];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best));
}

/**
 * The line (from 1) of an offset in the text, for offsets asked in order: each call scans only the
 * text since the last (the parse stops early, so the lines past it are never counted).
 */
function lineLocator(source: string): (offset: number) => number {
  let line = 1;
  let scanned = 0;
  return (offset) => {
    for (let i = source.indexOf('\n', scanned); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
    scanned = Math.max(scanned, offset);
    return line;
  };
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Where each known column is, and whether a yes in the kind column means a working day. */
interface Columns extends Partial<Record<ColumnKey, number>> {
  yesIsWorkingDay?: true;
}

/**
 * Where each known column is; the first of two columns with the same name wins. `unread`: the
 * other headers that name something (an empty one names nothing), for the preview to list.
 */
function columnIndexes(headers: readonly string[]): { columns: Columns; unread: HeaderAt[] } {
  const columns: Columns = {};
  const unread: HeaderAt[] = [];
  headers.forEach((header, index) => {
    const meaning = headerMeaning(header);
    if (meaning && columns[meaning.key] === undefined) {
      columns[meaning.key] = index;
      if (meaning.yesIsWorkingDay) columns.yesIsWorkingDay = true;
    } else if (header.trim() !== '') unread.push({ column: index + 1, header: header.trim() });
  });
  return { columns, unread };
}

/** The columns without a header (empty, or past the header's last) that hold something in a row: a 否 typed there, or a description's end after an unquoted comma, is not read, and said. */
function unnamedColumns(headers: readonly string[], body: readonly TableRecord[]): HeaderAt[] {
  const filled = new Set<number>();
  for (const { cells } of body) {
    for (const [index, cell] of cells.entries()) if ((headers[index] ?? '').trim() === '' && cell.trim() !== '') filled.add(index);
  }
  return [...filled].sort((a, b) => a - b).map((index) => ({ column: index + 1, header: '' }));
}

function rowOf(record: TableRecord, columns: Columns): SourceRow {
  const cell = (key: ColumnKey) => {
    const index = columns[key];
    return index === undefined ? '' : (record.cells[index] ?? '');
  };
  const { line } = record;
  const summary = restoreFormula(cell('summary'));
  if (record.unclosedQuote) return invalidRow(line, summary, { code: 'unclosedQuote' });

  const startCell = cell('startDate').trim();
  const endCell = cell('endDate').trim();
  const dayOffCell = cell('dayOff');
  const description = restoreFormula(cell('description'));
  // An empty day-off cell is a day off, unless the row names a make-up working day (上班, 补班, (班)).
  const read = dayOffCell.trim() === '' ? kindOfTexts({ summary, description }) : undefined;
  const isOff = read ? read.isOff : parseDayOffCell(dayOffCell, columns.yesIsWorkingDay);
  const notes = read?.why ? [{ code: 'kind' as const, why: read.why }] : undefined;
  const draft: RowDraft = { summary, start: startCell, last: endCell, isOff: isOff ?? true, description, ...(notes ? { notes } : {}) };
  if (startCell === '') return invalidRow(line, summary, { code: 'dateMissing', column: 'startDate' }, draft);
  const start = parseDateCell(startCell);
  if (!start) return invalidRow(line, summary, { code: 'badDate', column: 'startDate', value: startCell }, draft);
  // The end date is the last day, included; an empty one makes a one-day event.
  const last = endCell === '' ? start : parseDateCell(endCell);
  if (!last) return invalidRow(line, summary, { code: 'badDate', column: 'endDate', value: endCell }, draft);
  if (isOff === undefined) return invalidRow(line, summary, { code: 'badDayOff', value: dayOffCell.trim() }, draft);

  return checkRow({ line, summary, start, last, isOff, description, ...(notes ? { notes } : {}) });
}
