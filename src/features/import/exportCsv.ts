// A calendar's events, or its days, as a CSV file in the interface's language: the events in the
// import's own columns (headers and yes/no as the form labels them; the import reads both languages),
// so an export edited in a spreadsheet imports back; the days for whoever asks "was 3 October a
// working day?".
import Papa from 'papaparse';
import type { CalEventItem } from '../../core/apiContract';
import type { EffectiveDay } from '../../core/effectiveDays';
import { toInclusiveEnd } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { textsFor } from '../../core/text';
import { dayOffCell, neutraliseFormula } from './cells';
import { exportHeaders } from './columns';
import { EXPORT_TEXTS } from './exportText';

// Excel reads a CSV without a byte order mark in the system's code page, garbling every Chinese name;
// RFC 4180 asks for CRLF between records.
const BOM = '\uFEFF';
const CRLF = '\r\n';

function csv(fields: readonly string[], rows: string[][]): string {
  // Papa Parse ends the text with a line end when there are no rows and without one otherwise.
  const text = Papa.unparse({ fields: [...fields], data: rows }, { newline: CRLF });
  return `${BOM}${text.endsWith(CRLF) ? text : text + CRLF}`;
}

/** Events in the import's columns: End date is the last day, included; Day off yes or no (是 or 否). */
export function toCsv(events: readonly CalEventItem[], locale: Locale = 'en'): string {
  return csv(
    exportHeaders(locale),
    events.map((e) => [neutraliseFormula(e.summary), e.start_at, toInclusiveEnd(e.end_at), dayOffCell(e.is_off, locale), neutraliseFormula(e.description)]),
  );
}

/** Each day with its weekday, its state (working day or day off) and the reason for it. */
export function daysCsv(days: readonly EffectiveDay[], locale: Locale = 'en'): string {
  const text = textsFor(EXPORT_TEXTS, locale);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const reasonOf = ({ reason }: EffectiveDay) => {
    switch (reason.kind) {
      case 'workday':
        return text('reasonWorkday');
      case 'weekly-rest':
        return text('reasonWeeklyRest');
      case 'public':
        return text('reasonPublic', { summary: reason.event.summary });
      case 'own':
        return text('reasonOwn', { summary: reason.event.summary });
    }
  };
  return csv(
    [text('daysDate'), text('daysWeekday'), text('daysState'), text('daysReason')],
    days.map((day) => {
      const [y, m, d] = day.date.split('-').map(Number);
      return [day.date, weekday.format(Date.UTC(y, m - 1, d)), text(day.off ? 'stateOff' : 'stateWorking'), neutraliseFormula(reasonOf(day))];
    }),
  );
}
