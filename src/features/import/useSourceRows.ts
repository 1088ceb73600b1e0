// The dialog's three sources and what each reads: rows from a paste or a file, a country's public
// holidays, or another year's or calendar's own events. The holiday data (date-holidays) loads
// only when that source is chosen.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { Locale } from '../../core/locale';
import { isOwnEvent } from '../../core/effectiveDays';
import { yearEventsQueryOptions } from '../../api/events';
import { copyRows } from './copyRows';
import type { CopyChoice } from './CopySource';
import { FIRST_YEAR } from '../../core/months';
import type { ReadFile } from './PasteSource';
import { parseIcs } from './parseIcs';
import { parseTable } from './parseTable';
import type { FileProblem, SourceRow } from './rows';

export type Source = 'paste' | 'holidays' | 'copy';

export const loadPublicHolidays = () => import('./publicHolidays');

export interface SourceRead {
  rows?: SourceRow[];
  problem?: FileProblem;
  /** Events of an iCalendar file or paste outside the year. */
  otherYears?: number;
}

/** Pasted text that is an iCalendar file rather than a table: read as the file would be. */
const isIcsText = (text: string) => /^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''));

/** `zone`: the calendar's time zone, in which an event with a time of day counts for its days. */
export function useSourceRows(calId: string, year: number, locale: Locale, zone: string) {
  const client = useApiClient();
  const [source, setSource] = useState<Source>('paste');
  // Paste or file
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<ReadFile>();
  // Public holidays
  const [country, setCountry] = useState('');
  const holidays = useQuery({
    queryKey: ['import', 'public-holidays-module'],
    queryFn: loadPublicHolidays,
    staleTime: Infinity,
    structuralSharing: false,
    enabled: source === 'holidays',
  });
  // Copy
  const [copy, setCopy] = useState<CopyChoice>({ calId, year: Math.max(FIRST_YEAR, year - 1), move: true });
  const copyList = useQuery({ ...yearEventsQueryOptions(client, copy.calId, copy.year), enabled: source === 'copy' });

  const read = useMemo((): SourceRead => {
    if (source === 'paste') {
      const ics = file?.ics ?? (isIcsText(pasted) ? pasted : undefined);
      if (ics !== undefined) {
        const result = parseIcs(ics, year, zone);
        return result.ok ? { rows: result.rows, otherYears: result.otherYears } : { problem: result.problem };
      }
      if (pasted.trim() === '') return {};
      const result = parseTable(pasted);
      return result.ok ? { rows: result.rows } : { problem: result.problem };
    }
    if (source === 'holidays') {
      if (!holidays.data || country === '') return {};
      return { rows: holidays.data.publicHolidayRows(country, year, locale) };
    }
    if (!copyList.data) return {};
    const own = copyList.data.items.filter((e) => isOwnEvent(copy.calId, e) && e.start_at.startsWith(`${copy.year}-`));
    return { rows: copyRows(own, copy.move ? year : undefined) };
  }, [source, file, pasted, year, zone, holidays.data, country, locale, copyList.data, copy]);

  return { source, setSource, pasted, setPasted, file, setFile, country, setCountry, holidays, copy, setCopy, copyList, read };
}
