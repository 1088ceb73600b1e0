// NateScarlet's holiday-cn JSON (github.com/NateScarlet/holiday-cn), the most used Chinese holiday
// data: {"year":2026,"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true},…]}, one entry a day
// as the State Council's notice sets it; `isOffDay: false` is a make-up working day (调休上班日).
// Any other JSON is refused, saying which formats the import reads.
import { addDays, compareDates, isIsoDate, type IsoDate } from '../../core/dates';
import { textsFor } from '../../core/text';
import { IMPORT_TEXTS } from './importText';
import { checkRow, invalidRow, type FileProblem, type SourceRow } from './rows';

/** A JSON text: it opens with an object or an array (no table's header line does). */
export const isJsonText = (text: string) => /^\uFEFF?\s*[{[]/.test(text);

export type JsonParseResult = { ok: true; rows: SourceRow[]; otherYears: number } | { ok: false; problem: FileProblem };

interface HolidayDay {
  name: string;
  date: string;
  isOffDay: boolean;
}

const isHolidayDay = (day: unknown): day is HolidayDay =>
  typeof day === 'object' && day !== null && typeof (day as HolidayDay).name === 'string' && typeof (day as HolidayDay).date === 'string' && typeof (day as HolidayDay).isOffDay === 'boolean';

/** The `days` of a holiday-cn file, each with its position (from 1) in the list; undefined for any other JSON. */
function daysOf(text: string): (HolidayDay & { line: number })[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const days = typeof data === 'object' && data !== null && 'days' in data ? data.days : undefined;
  if (!Array.isArray(days) || !days.every(isHolidayDay)) return undefined;
  return days.map((day, i) => ({ ...day, line: i + 1 }));
}

/**
 * The year's days as rows in date order: a holiday's days off in a row as one event, each make-up
 * working day as an event of its own named "{holiday}调休上班日" (the data is Chinese, so are its
 * names). `otherYears`: the events of other years left out (a file may hold the next 元旦).
 */
export function parseHolidayJson(text: string, year: number): JsonParseResult {
  const days = daysOf(text);
  if (!days) return { ok: false, problem: { code: 'notHolidayJson' } };
  const bad = days.filter((d) => !isIsoDate(d.date));
  const good = days.filter((d) => isIsoDate(d.date)).sort((a, b) => compareDates(a.date, b.date));
  const inYear = runsOf(good.filter((d) => d.date.startsWith(`${year}-`)));
  const others = runsOf(good.filter((d) => !d.date.startsWith(`${year}-`)));
  const invalid = bad.map((d) => invalidRow(d.line, d.name, { code: 'badDate', column: 'startDate', value: d.date }));
  return { ok: true, rows: [...invalid, ...inYear], otherYears: others.length };
}

const makeUpDayOf = (holiday: string) => textsFor(IMPORT_TEXTS, 'zh-CN')('makeUpDayOf', { holiday });

/** Days off of the same name on following days become one row; a working day is a row of its own. */
function runsOf(days: (HolidayDay & { line: number })[]): SourceRow[] {
  const runs: { line: number; name: string; start: IsoDate; last: IsoDate; isOff: boolean }[] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && day.isOffDay && run.isOff && run.name === day.name && addDays(run.last, 1) === day.date) run.last = day.date;
    else runs.push({ line: day.line, name: day.name, start: day.date, last: day.date, isOff: day.isOffDay });
  }
  return runs.map(({ line, name, start, last, isOff }) => checkRow({ line, summary: isOff ? name : makeUpDayOf(name), start, last, isOff, description: '' }));
}
