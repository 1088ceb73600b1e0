import { useQueries } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../core/apiContract';
import type { CalendarPattern } from '../../core/effectiveDays';
import { compareDates, isIsoDate } from '../../core/dates';
import { monthEventsQueryOptions } from '../../api/events';
import { addMonths, monthOf, type Month } from '../../core/months';
import { FIRST_YEAR } from '../../core/months';

/** At most this many months are fetched for one range (a year and a day still gets its first year). */
const MAX_MONTHS = 13;

function monthsBetween(from: string, to: string): Month[] {
  const months: Month[] = [];
  for (let m = monthOf(from); months.length < MAX_MONTHS; m = addMonths(m, 1)) {
    months.push(m);
    if (m.year === monthOf(to).year && m.month === monthOf(to).month) break;
  }
  return months;
}

/**
 * The events of the calendar (its own and its linked calendars') on the days from `from` to `to`,
 * from the month lists (cached ones are used as they are): undefined while a month is loading, or
 * when the dates are not a range.
 */
export function useRangeItems(calendar: CalendarPattern | undefined, from: string, to: string): CalEventItem[] | undefined {
  const client = useApiClient();
  const valid = !!calendar && isIsoDate(from) && isIsoDate(to) && compareDates(from, to) <= 0 && Number(from.slice(0, 4)) >= FIRST_YEAR;
  const months = valid ? monthsBetween(from, to) : [];
  const items = useQueries({
    queries: months.map((m) => monthEventsQueryOptions(client, calendar?.cal_id ?? '', m.year, m.month)),
    combine: (results) => {
      if (!results.every((r) => r.data)) return undefined;
      // An event that spans months is in each month's list: once is enough.
      const byId = new Map<string, CalEventItem>();
      for (const r of results) for (const item of r.data!.items) byId.set(`${item.cal_id}/${item.event_id}`, item);
      return [...byId.values()];
    },
  });
  return valid ? items : undefined;
}
