// A row as the scheduler changed it in the preview: another summary, other dates, the other kind.
// Any row can be mended, an invalid one too (a name too long, a date mistyped), as long as
// something was read of it; the row is then checked again by the form's rules.
import { parseDateCell } from './cells';
import { checkRow, invalidRow, type RowDraft, type SourceRow } from './rows';

export interface RowEdit {
  summary?: string;
  /** Dates as typed (YYYY-MM-DD, YYYY/M/D or 2026年10月1日); an empty last day is the first. */
  start?: string;
  last?: string;
  isOff?: boolean;
}

/** What a row was read as, for editing: a valid row's values, or an invalid row's draft. */
export const draftOfRow = (row: SourceRow): RowDraft | undefined => (row.kind === 'row' ? row : row.draft);

export function reviseRow(row: SourceRow, edit: RowEdit | undefined): SourceRow {
  const base = draftOfRow(row);
  if (!edit || !base) return row;
  const summary = edit.summary ?? base.summary;
  const isOff = edit.isOff ?? base.isOff;
  // The kind the data gave no longer holds once the scheduler chose the other one, and a copy whose
  // dates the scheduler set is no longer on a date moved blindly.
  const datesSet = edit.start !== undefined || edit.last !== undefined;
  const notes = base.notes?.filter((n) => !(n.code === 'kind' && isOff !== base.isOff) && !(n.code === 'yearly' && datesSet));
  const startText = edit.start ?? base.start;
  const lastText = edit.last ?? base.last;
  const draft: RowDraft = { summary, start: startText, last: lastText, isOff, description: base.description, ...(notes ? { notes } : {}) };
  if (startText.trim() === '') return invalidRow(row.line, summary, { code: 'dateMissing', column: 'startDate' }, draft);
  const start = parseDateCell(startText);
  if (!start) return invalidRow(row.line, summary, { code: 'badDate', column: 'startDate', value: startText.trim() }, draft);
  const last = lastText.trim() === '' ? start : parseDateCell(lastText);
  if (!last) return invalidRow(row.line, summary, { code: 'badDate', column: 'endDate', value: lastText.trim() }, draft);
  return checkRow({ line: row.line, summary, start, last, isOff, description: base.description, ...(notes ? { notes } : {}) });
}
