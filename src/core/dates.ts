// Calendar dates are `YYYY-MM-DD` strings end to end. Arithmetic happens on UTC day numbers, so no
// browser timezone can shift a day (never `Date#toISOString` on a local date).

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function toDayNumber(date: IsoDate): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  const ms = back.getTime();
  // Date.UTC rolls 2026-02-30 over to 2026-03-02: a real date survives the round trip.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A real calendar date written exactly as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return toDayNumber(value) !== null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const dayNumber = toDayNumber(date);
  if (dayNumber === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return fromDayNumber(dayNumber + days);
}

/** The API's exclusive `end_at` for an event whose last day (inclusive) is `lastDay`. */
export function toExclusiveEnd(lastDay: IsoDate): IsoDate {
  return addDays(lastDay, 1);
}

/** The last day (inclusive) of an event whose API `end_at` (exclusive) is `endAt`. */
export function toInclusiveEnd(endAt: IsoDate): IsoDate {
  return addDays(endAt, -1);
}

/** Number of days from `first` to `last`, both included; 0 or less when `last` is before `first`. */
export function daysInclusive(first: IsoDate, last: IsoDate): number {
  const a = toDayNumber(first);
  const b = toDayNumber(last);
  if (a === null || b === null) throw new RangeError(`Not a YYYY-MM-DD date: ${a === null ? first : last}`);
  return b - a + 1;
}

/** Compares two valid `YYYY-MM-DD` dates (their text order is their calendar order). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The days from `first` to `last`, both included (none when `last` is before `first`). It never
 * reaches past `last`: the day after 9999-12-31 is no `YYYY-MM-DD` date.
 */
export function* daysFrom(first: IsoDate, last: IsoDate): Generator<IsoDate> {
  if (compareDates(first, last) > 0) return;
  for (let d = first; ; d = addDays(d, 1)) {
    yield d;
    if (d === last) return;
  }
}

/** Whether `test` holds for a day from `first` to `last`, both included (none when `last` is before `first`). */
export function someDay(first: IsoDate, last: IsoDate, test: (date: IsoDate) => boolean): boolean {
  for (const d of daysFrom(first, last)) if (test(d)) return true;
  return false;
}

/** The weekday of a date, 0 = Sunday … 6 = Saturday, the API's `workdays` numbering. */
export function weekday(date: IsoDate): number {
  const dayNumber = toDayNumber(date);
  if (dayNumber === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return new Date(dayNumber * MS_PER_DAY).getUTCDay();
}
