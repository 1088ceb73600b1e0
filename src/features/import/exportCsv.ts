// A calendar's events, or its days, as a CSV file: the events in the import's own columns, so an
// export edited in a spreadsheet imports back; the days for whoever asks "was 3 October a working day?".
import Papa from 'papaparse';
import type { CalEventItem } from '../../core/apiContract';
import type { EffectiveDay } from '../calendars/effectiveDays';
import { toInclusiveEnd } from '../../core/dates';
import { dayOffCell, neutraliseFormula } from './cells';
import { EXPORT_HEADERS } from './columns';

// Excel reads a CSV without a byte order mark in the system's code page, garbling every Chinese name;
// RFC 4180 asks for CRLF between records.
const BOM = '\uFEFF';
const CRLF = '\r\n';

function csv(fields: readonly string[], rows: string[][]): string {
  // Papa Parse ends the text with a line end when there are no rows and without one otherwise.
  const text = Papa.unparse({ fields: [...fields], data: rows }, { newline: CRLF });
  return `${BOM}${text.endsWith(CRLF) ? text : text + CRLF}`;
}

/** Events in the import's columns (English headers): End date is the last day, included; Day off yes or no. */
export function toCsv(events: readonly CalEventItem[]): string {
  return csv(
    EXPORT_HEADERS,
    events.map((e) => [neutraliseFormula(e.summary), e.start_at, toInclusiveEnd(e.end_at), dayOffCell(e.is_off), neutraliseFormula(e.description)]),
  );
}

/** The text of a day's reason; the interface passes one in its language. */
export type ReasonText = (day: EffectiveDay) => string;

const englishReason: ReasonText = ({ reason }) => {
  switch (reason.kind) {
    case 'workday':
      return 'Working weekday';
    case 'weekly-rest':
      return 'Weekly rest day';
    case 'public':
      return `Public holiday calendar: ${reason.event.summary}`;
    case 'own':
      return reason.event.summary;
  }
};

/** Each day with its state (`working` or `off`) and the reason for it. */
export function daysCsv(days: readonly EffectiveDay[], reasonText: ReasonText = englishReason): string {
  return csv(
    ['Date', 'Day', 'Reason'],
    days.map((day) => [day.date, day.off ? 'off' : 'working', neutraliseFormula(reasonText(day))]),
  );
}
