// A table of events: a CSV file, or cells copied from a spreadsheet (which the clipboard holds as
// tab-separated text, with Excel's quoting of cells that hold line breaks). The first non-empty row
// names the columns, in any order.
import Papa from 'papaparse';
import { parseDateCell, parseDayOffCell, restoreFormula } from './cells';
import { REQUIRED_COLUMNS, columnOf, unreadableHeader, type ColumnKey } from './columns';
import { kindOfTexts } from './dayKind';
import { MAX_IMPORT_ROWS, checkRow, invalidRow, type ParseResult, type RowDraft, type SourceRow } from './rows';

type Delimiter = '\t' | ',' | ';';

/** Reads a table into rows; a broken table gives rows with reasons or a file problem, never an exception. */
export function parseTable(text: string): ParseResult {
  // Excel's "CSV UTF-8" starts with a byte order mark, which would stick to the first header. Line
  // ends become LF: Papa Parse takes the first line end it meets for all of them, so a file pasted
  // together from CRLF and LF parts would otherwise run rows into each other. (A line break inside a
  // cell becomes LF too, as the form's description field writes it.)
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '') return { ok: false, problem: { code: 'empty' } };

  const records = readRecords(source, delimiterOf(source));
  const headerAt = records.findIndex((r) => !isBlank(r.cells));
  if (headerAt < 0) return { ok: false, problem: { code: 'empty' } }; // quotes around nothing, say
  const unreadable = unreadableHeader(records[headerAt].cells);
  if (unreadable) return { ok: false, problem: { code: 'unreadableHeader', ...unreadable } };
  const columns = columnIndexes(records[headerAt].cells);
  const missing = REQUIRED_COLUMNS.filter((key) => columns[key] === undefined);
  if (missing.length > 0) return { ok: false, problem: { code: 'missingColumns', columns: missing } };

  const body = records.slice(headerAt + 1).filter((r) => !isBlank(r.cells));
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, problem: { code: 'tooManyRows', rows: body.length, max: MAX_IMPORT_ROWS } };
  return { ok: true, rows: body.map((record) => rowOf(record, columns)) };
}

interface TableRecord {
  cells: string[];
  /** The line the record starts on, from 1 (a quoted cell may run over several lines). */
  line: number;
  /** A quoted cell that never closes: it swallowed the rest of the text. */
  unclosedQuote: boolean;
}

function readRecords(source: string, delimiter: Delimiter): TableRecord[] {
  const lineAt = lineLocator(source);
  const records: TableRecord[] = [];
  let offset = 0;
  Papa.parse<string[]>(source, {
    delimiter,
    newline: '\n',
    step: (result) => {
      records.push({ cells: result.data, line: lineAt(offset), unclosedQuote: result.errors.some((e) => e.type === 'Quotes') });
      offset = result.meta.cursor;
    },
  });
  return records;
}

/**
 * The delimiter of the header line: the one it has most of, a tab first on a tie. Judging the
 * header alone, rather than letting Papa Parse guess from the first rows, keeps a tab-separated
 * paste whose descriptions hold commas from being read as CSV.
 */
function delimiterOf(source: string): Delimiter {
  const header = /^.*\S.*$/m.exec(source)?.[0] ?? '';
  const count = (d: Delimiter) => header.split(d).length - 1;
  const candidates: Delimiter[] = ['\t', ',', ';'];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best));
}

/** The line (from 1) of an offset in the text. */
function lineLocator(source: string): (offset: number) => number {
  const starts = [0];
  for (const match of source.matchAll(/\n/g)) starts.push(match.index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Where each known column is; the first of two columns with the same name wins. */
function columnIndexes(headers: readonly string[]): Partial<Record<ColumnKey, number>> {
  const indexes: Partial<Record<ColumnKey, number>> = {};
  headers.forEach((header, index) => {
    const key = columnOf(header);
    if (key && indexes[key] === undefined) indexes[key] = index;
  });
  return indexes;
}

function rowOf(record: TableRecord, columns: Partial<Record<ColumnKey, number>>): SourceRow {
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
  const isOff = read ? read.isOff : parseDayOffCell(dayOffCell);
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
