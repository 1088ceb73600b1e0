// A repetition rule that names no day at all: BYMONTH=2 with BYMONTHDAY=30 (30 February), or
// BYMONTHDAY=31 in months of 30 days only. ical.js's iterator searches such a rule for ever and
// never returns (kewisch/ical.js#1038), so parseIcs refuses it before ical.js iterates.

/** The most days each month can have (February in a leap year). */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const listed = (parts: Record<string, unknown> | undefined, name: string): number[] | undefined => {
  const value = parts?.[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const numbers = list.map(Number).filter((n) => Number.isInteger(n) && n !== 0);
  return numbers.length > 0 ? numbers : undefined;
};

/**
 * Whether a rule's BYMONTH, BYMONTHDAY and BYYEARDAY parts (as ical.js reads them: `recur.parts`)
 * leave no day in any year. Rules that name a day in some years only (29 February) are possible.
 */
export function neverFallsOnADay(parts: Record<string, unknown> | undefined): boolean {
  const months = listed(parts, 'BYMONTH')?.filter((m) => m >= 1 && m <= 12) ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (months.length === 0) return true;
  const monthDays = listed(parts, 'BYMONTHDAY');
  if (monthDays && !months.some((m) => monthDays.some((d) => Math.abs(d) <= MONTH_LENGTHS[m - 1]))) return true;
  const yearDays = listed(parts, 'BYYEARDAY');
  return yearDays !== undefined && yearDays.every((d) => Math.abs(d) > 366);
}
