// What an import would do, row by row, before anything is sent: which rows are new, which are there
// already (so a second import of the same file changes nothing), which fall on days the calendar's
// own events already hold, and what the year's days become.
import type { CalEventItem } from '../../core/apiContract';
import { effectiveDays, isOwnEvent, type CalendarPattern } from '../calendars/effectiveDays';
import { isIsoDate, toExclusiveEnd, toInclusiveEnd, type IsoDate } from '../../core/dates';
import type { ImportRow, InvalidRow, SourceRow } from './rows';

export type PreviewRow =
  | { status: 'new'; row: ImportRow }
  /** Skipped: an own event, or an earlier row of this import, has the same days, kind and summary. */
  | { status: 'already'; row: ImportRow; sameAs: { event: CalEventItem } | { line: number } }
  /** New, on days that own events already cover; `oppositeKind` when one of them is of the other kind. */
  | { status: 'overlaps'; row: ImportRow; overlapping: CalEventItem[]; oppositeKind: boolean }
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

export function preview(rows: readonly SourceRow[], context: PreviewContext): Preview {
  const own = ownEvents(context);
  const byIdentity = new Map<string, CalEventItem>();
  for (const { event, last } of own) byIdentity.set(identity(event.start_at, last, event.is_off, event.summary), event);
  const seen = new Map<string, number>();

  const previewed = rows.map((row): PreviewRow => {
    if (row.kind === 'invalid') return { status: 'invalid', row };
    const key = identity(row.start, row.last, row.isOff, row.summary);
    const existing = byIdentity.get(key);
    if (existing) return { status: 'already', row, sameAs: { event: existing } };
    const earlier = seen.get(key);
    if (earlier !== undefined) return { status: 'already', row, sameAs: { line: earlier } };
    seen.set(key, row.line);
    const overlapping = own.filter((e) => e.event.start_at <= row.last && e.last >= row.start).map((e) => e.event);
    if (overlapping.length === 0) return { status: 'new', row };
    return { status: 'overlaps', row, overlapping, oppositeKind: overlapping.some((e) => e.is_off !== row.isOff) };
  });

  const counts: Record<PreviewStatus, number> = { new: 0, already: 0, overlaps: 0, invalid: 0 };
  for (const r of previewed) counts[r.status]++;
  const toImport = previewed.flatMap((r) => (r.status === 'new' || r.status === 'overlaps' ? [r.row] : []));
  return { rows: previewed, counts, impact: yearImpact(toImport, context) };
}

/**
 * What saving these rows would do to the year's days: each day's state with the rows added as own
 * events, against its state now. The rows are saved after every existing event, so where they
 * overlap one they decide (as the event list's "changed last decides" rule will have it); among
 * themselves a later row decides. Also for the rows a scheduler leaves ticked.
 */
export function yearImpact(rows: readonly ImportRow[], context: PreviewContext): YearImpact {
  const { calendar, items, year } = context;
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  const latest = items.reduce((max, e) => Math.max(max, e.updated_at, e.created_at), 0);
  const added = rows.map((row, index): CalEventItem => {
    const savedAt = latest + 1 + index;
    return {
      cal_id: calendar.cal_id,
      event_id: `import.${index}`,
      summary: row.summary,
      description: row.description,
      start_at: row.start,
      end_at: toExclusiveEnd(row.last),
      is_off: row.isOff,
      created_at: savedAt,
      updated_at: savedAt,
    };
  });
  const before = effectiveDays(first, last, calendar, items);
  const after = effectiveDays(first, last, calendar, [...items, ...added]);
  const impact: YearImpact = { becomeOff: [], becomeWorking: [] };
  after.forEach((day, i) => {
    if (day.off !== before[i].off) (day.off ? impact.becomeOff : impact.becomeWorking).push(day.date);
  });
  return impact;
}

/** The calendar's own events, each once, with its last day (inclusive). */
function ownEvents({ calendar, items }: PreviewContext): { event: CalEventItem; last: IsoDate }[] {
  const byId = new Map<string, { event: CalEventItem; last: IsoDate }>();
  for (const event of items) {
    if (!isOwnEvent(calendar.cal_id, event) || byId.has(event.event_id)) continue;
    if (!isIsoDate(event.start_at) || !isIsoDate(event.end_at)) continue;
    byId.set(event.event_id, { event, last: toInclusiveEnd(event.end_at) });
  }
  return [...byId.values()];
}

/** Same days, same kind, same summary (as the form trims it): the same event, for an import. */
const identity = (start: IsoDate, last: IsoDate, isOff: boolean, summary: string) => `${start}|${last}|${isOff ? 'off' : 'work'}|${summary.trim()}`;
