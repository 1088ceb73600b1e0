// What an import would do, row by row, before anything is sent: which rows are new, which are there
// already (so a second import of the same file changes nothing), which fall on days the calendar's
// own events already hold (under another name too: a second holiday source names the same days
// otherwise), which ask for what the days are already (by the weekly working days or a
// linked public-holiday calendar: a right calendar stays right), which contradict a linked
// public-holiday calendar, and what the year's days become.
import type { CalEventItem } from '../../core/apiContract';
import { effectiveDays, eventOnSameDays, isOwnEvent, type CalendarPattern } from '../../core/effectiveDays';
import { addDays, compareDates, daysInclusive, isIsoDate, toInclusiveEnd, type IsoDate } from '../../core/dates';
import type { EffectiveDay } from '../../core/effectiveDays';
import type { ImportRow, InvalidRow, SourceRow } from './rows';

export type PreviewRow =
  /** `contradicts`: the linked public-holiday calendar's events that say the other kind on some of its days. */
  | { status: 'new'; row: ImportRow; contradicts?: CalEventItem[] }
  /** Every day is already of the row's kind, by the weekly working days or a linked public-holiday calendar. */
  | { status: 'unchanged'; row: ImportRow; by: 'pattern' | 'public' }
  /**
   * Skipped: an own event, or an earlier row of this import, has the same days, kind and summary; or
   * the calendar's own events of the row's kind hold its days under another name (another source's
   * name for the same holiday), none of the other kind among them: `named`, one on exactly its days
   * (the event form's rule, eventOnSameDays); `within`, several (or a longer one) covering every day.
   * Those two are unticked, and can still be ticked.
   */
  | { status: 'already'; row: ImportRow; sameAs: { event: CalEventItem } | { line: number } | { named: CalEventItem } | { within: CalEventItem[] } }
  /** New, on days that own events already cover; `oppositeKind` when one of them is of the other kind. */
  | { status: 'overlaps'; row: ImportRow; overlapping: CalEventItem[]; oppositeKind: boolean; contradicts?: CalEventItem[] }
  | { status: 'invalid'; row: InvalidRow };

export type PreviewStatus = PreviewRow['status'];

export interface PreviewContext {
  calendar: CalendarPattern;
  /**
   * What the event list gave for the calendar (own events, linked public holidays, computed rest
   * days), for every year the rows touch; the same event listed in two years counts once.
   */
  items: readonly CalEventItem[];
  /** The year whose days the impact describes. */
  year: number;
}

export interface YearImpact {
  /** Days of the year that are working days now and would be days off. */
  becomeOff: IsoDate[];
  /** Days of the year that are days off now and would be working days. */
  becomeWorking: IsoDate[];
}

export interface Preview {
  rows: PreviewRow[];
  counts: Record<PreviewStatus, number>;
  /** What importing the new and overlapping rows would do to the year's days. */
  impact: YearImpact;
}

/** A row whose days and kind the calendar's own events already hold under another name (unticked, tickable). */
const isUnderOtherName = (p: PreviewRow) => p.status === 'already' && ('named' in p.sameAs || 'within' in p.sameAs);

/** Rows an import can send: ticked or not. */
export const isImportable = (p: PreviewRow) => p.status === 'new' || p.status === 'overlaps' || p.status === 'unchanged' || isUnderOtherName(p);

/** A row its feed says is no day off: an observance (Google's 纪念日, Observance), or a festival Apple's holiday calendar leaves unmarked. */
export const isObservance = (p: PreviewRow) => p.row.kind === 'row' && (p.row.notes?.some((n) => n.code === 'observance' || n.code === 'appleUnmarked') ?? false);

/** A copy moved to another year on a date that does not repeat (copyRows): its year's schedule decides. */
export const isYearly = (row: ImportRow) => row.notes?.some((n) => n.code === 'yearly') ?? false;

/**
 * Ticked until the scheduler says otherwise: rows that change something, contradict no linked
 * calendar, are no observance and no copy on a date that does not repeat.
 */
export const isTickedByDefault = (p: PreviewRow) => (p.status === 'new' || p.status === 'overlaps') && !p.contradicts && !isObservance(p) && !isYearly(p.row);

export function preview(rows: readonly SourceRow[], context: PreviewContext): Preview {
  return createPreviewer(context).preview(rows);
}

export interface Previewer {
  preview(rows: readonly SourceRow[]): Preview;
  /** What saving these rows would do to a year's days (yearImpact, each year's days looked up once); the context's year unless told. */
  impact(rows: readonly ImportRow[], year?: number): YearImpact;
}

/**
 * The year whose days an import's impact describes: the shown year if a row touches it, else the year
 * most rows start in (the earliest of a tie), so that rows of another year are not said to change nothing.
 */
export function impactYearOf(rows: readonly ImportRow[], shownYear: number): number {
  const { first, last } = yearBounds(shownYear);
  if (rows.length === 0 || rows.some((r) => r.start <= last && r.last >= first)) return shownYear;
  const starts = new Map<number, number>();
  for (const r of rows) {
    const y = Number(r.start.slice(0, 4));
    starts.set(y, (starts.get(y) ?? 0) + 1);
  }
  return [...starts].reduce((best, next) => (next[1] > best[1] || (next[1] === best[1] && next[0] < best[0]) ? next : best))[0];
}

/**
 * A preview for one calendar's context that remembers each row's answer, by the row object: the
 * dialog previews again after every keystroke in a row and every tick, and at 5,000 rows looking up
 * every row's days and overlaps again took 200 ms. A row the scheduler did not touch keeps its object
 * (reviseRow), so only the changed row is looked up; the rest is a pass of map look-ups, and an
 * unchanged row's answer keeps its object too (the table's rows re-render only when theirs changes).
 */
export function createPreviewer(context: PreviewContext): Previewer {
  const own = ownEvents(context);
  const byIdentity = new Map<string, CalEventItem>();
  for (const { event, last } of own) byIdentity.set(identity(event.start_at, last, event.is_off, event.summary), event);
  /** Each row's answer without the rows around it: new, overlapping or unchanged. */
  const alone = new WeakMap<ImportRow, PreviewRow>();
  /** Each row's last answer, handed out again while it holds. */
  const last = new WeakMap<SourceRow, PreviewRow>();
  const befores = new Map<number, EffectiveDay[]>();
  const before = (year: number) => {
    let days = befores.get(year);
    if (!days) befores.set(year, (days = effectiveYear({ ...context, year })));
    return days;
  };

  const keep = (candidate: PreviewRow): PreviewRow => {
    const earlier = last.get(candidate.row);
    if (earlier && samePreviewRow(earlier, candidate)) return earlier;
    last.set(candidate.row, candidate);
    return candidate;
  };

  const impact = (rows: readonly ImportRow[], year = context.year) => yearImpact(rows, { ...context, year }, before(year));
  const previewRows = (rows: readonly SourceRow[]): Preview => {
    const misses = rows.filter((r): r is ImportRow => r.kind === 'row' && !alone.has(r));
    for (const row of misses) alone.set(row, classify(row, own, daysOf(row, before), context.calendar.cal_id));
    const seen = new Map<string, number>();
    const previewed = rows.map((row): PreviewRow => {
      if (row.kind === 'invalid') return keep({ status: 'invalid', row });
      const key = identity(row.start, row.last, row.isOff, row.summary);
      const existing = byIdentity.get(key);
      if (existing) return keep({ status: 'already', row, sameAs: { event: existing } });
      const earlier = seen.get(key);
      if (earlier !== undefined) return keep({ status: 'already', row, sameAs: { line: earlier } });
      seen.set(key, row.line);
      return alone.get(row)!;
    });
    const counts: Record<PreviewStatus, number> = { new: 0, unchanged: 0, already: 0, overlaps: 0, invalid: 0 };
    for (const r of previewed) counts[r.status]++;
    const toImport = previewed.flatMap((r) => (r.status === 'new' || r.status === 'overlaps' ? [r.row] : []));
    return { rows: previewed, counts, impact: impact(toImport) };
  };
  return { preview: previewRows, impact };
}

function classify(row: ImportRow, own: readonly OwnEvent[], days: readonly EffectiveDay[], calId: string): PreviewRow {
  const around = own.filter((e) => e.event.start_at <= row.last && e.last >= row.start);
  const overlapping = around.map((e) => e.event);
  if (overlapping.length > 0 && overlapping.every((e) => e.is_off === row.isOff) && covers(around, row)) {
    const named = eventOnSameDays(calId, overlapping, { start_date: row.start, last_date: row.last });
    return { status: 'already', row, sameAs: named ? { named } : { within: overlapping } };
  }
  const contradicts = contradictions(days, row.isOff);
  const flag = contradicts.length > 0 ? { contradicts } : {};
  if (overlapping.length > 0) return { status: 'overlaps', row, overlapping, oppositeKind: overlapping.some((e) => e.is_off !== row.isOff), ...flag };
  if (days.every((d) => d.off === row.isOff)) return { status: 'unchanged', row, by: days.some((d) => d.reason.kind === 'public') ? 'public' : 'pattern' };
  return { status: 'new', row, ...flag };
}

/** Whether the events, together, hold every day of the row. */
function covers(events: readonly OwnEvent[], row: ImportRow): boolean {
  let next = row.start;
  for (const { event, last } of [...events].sort((a, b) => compareDates(a.event.start_at, b.event.start_at))) {
    if (compareDates(event.start_at, next) > 0) return false;
    if (compareDates(last, next) >= 0) next = addDays(last, 1);
  }
  return compareDates(next, row.last) > 0;
}

/** Two answers for the same row that say the same (the ones a row's neighbours decide: invalid, already there). */
function samePreviewRow(a: PreviewRow, b: PreviewRow): boolean {
  if (a.status !== b.status || a.row !== b.row) return false;
  if (a.status !== 'already' || b.status !== 'already') return a.status === 'invalid';
  return 'line' in a.sameAs && 'line' in b.sameAs ? a.sameAs.line === b.sameAs.line : 'event' in a.sameAs && 'event' in b.sameAs && a.sameAs.event === b.sameAs.event;
}

const yearBounds = (year: number) => ({ first: `${String(year).padStart(4, '0')}-01-01`, last: `${String(year).padStart(4, '0')}-12-31` });

/** The year's days as the calendar has them now. */
function effectiveYear({ calendar, items, year }: PreviewContext): EffectiveDay[] {
  const { first, last } = yearBounds(year);
  return effectiveDays(first, last, calendar, items);
}

/**
 * What saving these rows would do to the year's days: each day's state with the rows added as own
 * events, against its state now. The rows are saved after every existing event, so where they
 * overlap one they decide (as the event list's "changed last decides" rule will have it); among
 * themselves a later row decides. Also for the rows a scheduler leaves ticked, after every tick:
 * the year's days now (`before`, the same for every tick) are painted over with the rows' days in
 * order, which is what the event list's rule gives without listing the year again.
 */
export function yearImpact(rows: readonly ImportRow[], context: PreviewContext, before: readonly EffectiveDay[] = effectiveYear(context)): YearImpact {
  const { first, last } = yearBounds(context.year);
  const after = before.map((d) => d.off);
  // Each day's place by its text: looked up, not computed, for each of 5,000 rows after each tick.
  const place = new Map(before.map((d, i) => [d.date, i]));
  for (const row of rows) {
    if (row.last < first || row.start > last) continue;
    const from = row.start < first ? 0 : place.get(row.start)!;
    const to = row.last > last ? before.length - 1 : place.get(row.last)!;
    for (let i = from; i <= to; i++) after[i] = row.isOff;
  }
  const impact: YearImpact = { becomeOff: [], becomeWorking: [] };
  before.forEach((day, i) => {
    if (after[i] !== day.off) (after[i] ? impact.becomeOff : impact.becomeWorking).push(day.date);
  });
  return impact;
}

/** A row's days as the calendar has them now, cut from the days of the years it touches (each year looked up once). */
function daysOf(row: ImportRow, yearDays: (year: number) => readonly EffectiveDay[]): EffectiveDay[] {
  const first = Number(row.start.slice(0, 4));
  const days: EffectiveDay[] = [];
  for (let y = first; y <= Number(row.last.slice(0, 4)); y++) days.push(...yearDays(y));
  const from = daysInclusive(yearBounds(first).first, row.start) - 1;
  return days.slice(from, from + daysInclusive(row.start, row.last));
}

/** The linked public-holiday calendar's events that make some of these days the other kind. */
function contradictions(days: readonly EffectiveDay[], isOff: boolean): CalEventItem[] {
  const found = new Map<string, CalEventItem>();
  for (const { beneath } of days) if (beneath.reason.kind === 'public' && beneath.off !== isOff) found.set(beneath.reason.event.event_id, beneath.reason.event);
  return [...found.values()];
}

/** One of the calendar's own events, with its last day (inclusive). */
interface OwnEvent {
  event: CalEventItem;
  last: IsoDate;
}

/** The calendar's own events, each once. */
function ownEvents({ calendar, items }: PreviewContext): OwnEvent[] {
  const byId = new Map<string, OwnEvent>();
  for (const event of items) {
    if (!isOwnEvent(calendar.cal_id, event) || byId.has(event.event_id)) continue;
    if (!isIsoDate(event.start_at) || !isIsoDate(event.end_at)) continue;
    byId.set(event.event_id, { event, last: toInclusiveEnd(event.end_at) });
  }
  return [...byId.values()];
}

/** Same days, same kind, same summary (as the form trims it): the same event, for an import. */
const identity = (start: IsoDate, last: IsoDate, isOff: boolean, summary: string) => `${start}|${last}|${isOff ? 'off' : 'work'}|${summary.trim()}`;
