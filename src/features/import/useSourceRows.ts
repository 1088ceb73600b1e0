// The dialog's three sources and what each reads: rows from a paste or a file, a country's public
// holidays, or another year's or calendar's own events. The holiday data (date-holidays) loads
// only when that source is chosen, or a copy is moved to another year (the public holidays of the
// calendar's country and China tell which copies fall on dates that do not repeat: movedHolidays).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { Locale } from '../../core/locale';
import { isOwnEvent } from '../../core/effectiveDays';
import { yearEventsQueryOptions } from '../../api/events';
import { copyRows, daysOffOf } from './copyRows';
import type { CopyChoice } from './CopySource';
import { FIRST_YEAR } from '../../core/months';
import type { ReadFile } from './PasteSource';
import { ReadTooLong, readInWorker } from './readInWorker';
import { isIcsText } from './isIcsText';
import type { FileJob, FileRead, ParseJob, SourceRead } from './readSource';

export type Source = 'paste' | 'holidays' | 'copy';

export const loadPublicHolidays = () => import('./publicHolidays');

/**
 * The public-holiday tables (date-holidays, a chunk of their own), once `wanted`: loaded through
 * the query cache for its loading and error states and its Retry, kept for the page's life.
 */
export function usePublicHolidaysModule(wanted: boolean) {
  return useQuery({ queryKey: ['import', 'public-holidays-module'], queryFn: loadPublicHolidays, staleTime: Infinity, structuralSharing: false, enabled: wanted });
}

export type { SourceRead };

/** A paste or a file read in the worker: the job it answers, what it read, or that the reader failed. */
type Parsed = { job: ParseJob | FileJob; read: SourceRead & Partial<FileRead> };

/**
 * The paste box's or the file's rows, read in the worker. While a new text is read the rows read
 * last stay (with `reading`), so the preview does not blink at each keystroke in the paste box.
 */
function useParsed(job: ParseJob | FileJob | undefined): SourceRead & Partial<FileRead> & { reading?: boolean } {
  const [parsed, setParsed] = useState<Parsed>();
  useEffect(() => {
    if (!job) return;
    let current = true;
    readInWorker(job).then(
      (read) => current && setParsed({ job, read }),
      (error: unknown) => current && setParsed({ job, read: { problem: error instanceof ReadTooLong ? { code: 'readTooLong', seconds: error.seconds } : { code: 'readFailed' } } }),
    );
    return () => {
      current = false;
    };
  }, [job]);
  return useMemo(() => (!job ? {} : parsed?.job === job ? parsed.read : { ...(parsed?.read ?? {}), reading: true }), [job, parsed]);
}

/** `zone`: the calendar's time zone, in which an event with a time of day counts for its days. */
export function useSourceRows(calId: string, year: number, locale: Locale, zone: string) {
  const client = useApiClient();
  const [source, setSource] = useState<Source>('paste');
  // Paste or file
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<ReadFile>();
  // Public holidays
  const [country, setCountry] = useState('');
  // Copy
  const [copy, setCopy] = useState<CopyChoice>({ calId, year: Math.max(FIRST_YEAR, year - 1), move: true });
  const copyList = useQuery({ ...yearEventsQueryOptions(client, copy.calId, copy.year), enabled: source === 'copy' });
  // A copy moved to another year looks up public holidays: many holidays' dates do not repeat.
  const moving = source === 'copy' && copy.move && copy.year !== year;
  const holidays = usePublicHolidaysModule(source === 'holidays' || moving);

  const job = useMemo((): ParseJob | FileJob | undefined => {
    if (source !== 'paste') return undefined;
    // A file is read to rows in the worker, its text never copied to the page (nor into the box).
    if (file) return { kind: 'read', name: file.name, bytes: file.file, year, zone };
    if (isIcsText(pasted)) return { kind: 'parse', text: pasted, ics: true, year, zone };
    return pasted.trim() === '' ? undefined : { kind: 'parse', text: pasted, ics: false, year, zone };
  }, [source, file, pasted, year, zone]);
  const parsed = useParsed(job);

  const read = useMemo((): SourceRead & Partial<FileRead> & { reading?: boolean } => {
    if (source === 'paste') return parsed;
    if (source === 'holidays') {
      if (!holidays.data || country === '') return {};
      return { rows: holidays.data.publicHolidayRows(country, year, locale) };
    }
    if (!copyList.data) return {};
    const own = copyList.data.items.filter((e) => isOwnEvent(copy.calId, e) && e.start_at.startsWith(`${copy.year}-`));
    if (!moving) return { rows: copyRows(own, copy.move ? year : undefined) };
    if (!holidays.data) return {};
    return { rows: copyRows(own, year, holidays.data.movedHolidayCheck(zone, daysOffOf(own))) };
  }, [source, parsed, holidays.data, country, year, locale, copyList.data, copy, moving, zone]);

  /** What a moved copy waits for besides the events: the holiday data. */
  const copyNeedsHolidays = { isPending: moving && holidays.isPending, isError: moving && holidays.isError };
  return { source, setSource, pasted, setPasted, file, setFile, country, setCountry, holidays, copy, setCopy, copyList, copyNeedsHolidays, read };
}
