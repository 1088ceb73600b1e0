// An Undo (of a delete, or of a saved change) writes the old event last, so it decides the days it
// shares with other events. Before it writes, the toast looks for an event of the other kind on some
// of the old event's days that decided them over it (saved after it), or that was saved since the
// toast appeared (core/effectiveDays.ts restoreFlips): then nothing is written, and the toast names it
// and the days that would flip, with Open and Restore anyway. (The event form asks the same before a
// save, in the form, with its own texts and layout: SameDaysNotice.tsx's OverlapNotice, from
// useSaveCheck.ts, which reads the days here too.)
import { Button, Group, Text } from '@mantine/core';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { eventKeys, readMonthNow, readYearNow } from '../../api/events';
import type { CalEventItem, CalEventListResponse } from '../../core/apiContract';
import { daysInclusive } from '../../core/dates';
import { formatDayRange } from '../../core/formatDates';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';
import { focusDropped } from '../../ui/focusDropped';

/** The months (year, month) from the one of `first` to the one of `last`. */
function monthsOf(first: string, last: string): [number, number][] {
  const months: [number, number][] = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push([year, month]);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** How many years of an event's days are read again: more would be a burst of requests the API refuses (a typo's 2206). */
const MAX_READ_YEARS = 10;

/**
 * The lists of these days: each month's when they span a year at most, else each year's (at most
 * the first MAX_READ_YEARS: a longer event is checked in those only).
 */
function listsOf(first: string, last: string): { year: number; month?: number }[] {
  const months = monthsOf(first, last);
  if (months.length <= 12) return months.map(([year, month]) => ({ year, month }));
  const firstYear = Number(first.slice(0, 4));
  const years = Number(readWindow(first, last).slice(0, 4)) - firstYear + 1;
  return Array.from({ length: years }, (_, i) => ({ year: firstYear + i, month: undefined }));
}

/** The last day of these days that is read again: `last`, or the end of the event's MAX_READ_YEARS-th year. */
function readWindow(first: string, last: string): string {
  const end = `${Number(first.slice(0, 4)) + MAX_READ_YEARS - 1}-12-31`;
  return last < end ? last : end;
}

/** The calendar's lists of these days as the server holds them now (each event once). */
export async function readDaysNow(queryClient: QueryClient, client: ApiClient, calId: string, first: string, last: string) {
  const lists = await Promise.all(
    listsOf(first, last).map(({ year, month }) => (month === undefined ? readYearNow(queryClient, client, calId, year) : readMonthNow(queryClient, client, calId, year, month))),
  );
  const byId = new Map(lists.flatMap((list) => list.items).map((e) => [e.event_id, e] as const));
  return [...byId.values()];
}

/**
 * The events the page's month lists of these days hold (cached), by ID, with the version held: what
 * the grid and "What saving does" show. Not the year lists: an export, the settings or the import
 * read those again meanwhile, and an event found there was never on screen (attacker round 14).
 * A month never shown holds nothing: an event of it counts as saved since (asked about, not missed).
 */
export function heldVersions(queryClient: QueryClient, calId: string, first: string, last: string): ReadonlyMap<string, number> {
  const read = readWindow(first, last);
  const held = monthsOf(first, read).flatMap(([year, month]) => queryClient.getQueryData<CalEventListResponse>(eventKeys.month(calId, year, month))?.items ?? []);
  return new Map(held.map((e) => [e.event_id, e.updated_at] as const));
}

/** Whether an event was saved since `held` was taken: not held then, or held at another version. */
const isSavedSince = (held: ReadonlyMap<string, number>) => (e: CalEventItem) => held.get(e.event_id) !== e.updated_at;

/** The events of a list saved since `held` was taken. */
export const savedSince = (held: ReadonlyMap<string, number>, items: readonly CalEventItem[]) => items.filter(isSavedSince(held));

/** Whether an event was saved since the toast appeared: the page's lists did not hold it, unchanged, then. */
export function useSavedSince(calId: string, first: string, last: string) {
  const queryClient = useQueryClient();
  const [held] = useState(() => heldVersions(queryClient, calId, first, last));
  return isSavedSince(held);
}

interface UndoFoundProps {
  /** Why nothing was written yet, and what restoring anyway does. */
  text: string;
  /** The event saved since that stopped the Undo. */
  found: CalEventItem;
  /** Opens it instead (none: not offered). */
  onOpen?: (found: CalEventItem) => void;
  onRestoreAnyway: () => void;
}

/** In place of Undo: why it waits, Open the event found / Restore anyway. */
export function UndoFound({ text, found, onOpen, onRestoreAnyway }: UndoFoundProps) {
  const c = useTexts(CONFLICT_TEXTS);
  // It takes the place of the Undo button pressed: the focus comes to the question, not to the page.
  const question = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (focusDropped()) question.current?.focus();
  }, []);
  return (
    <>
      <Text ref={question} tabIndex={-1} size="sm" role="alert" style={{ overflowWrap: 'anywhere' }}>
        {text}
      </Text>
      <Group mt={4} gap="xs">
        {onOpen && (
          <Button size="compact-sm" variant="light" onClick={() => onOpen(found)}>
            {c('openSameDays', { summary: found.summary })}
          </Button>
        )}
        <Button size="compact-sm" variant="default" onClick={onRestoreAnyway}>
          {c('restoreAnyway')}
        </Button>
      </Group>
    </>
  );
}

type OverlapFoundProps = Omit<UndoFoundProps, 'text' | 'found'> & {
  /** The event of the other kind (core/effectiveDays.ts restoreFlips), and the days it shares with the event to restore. */
  found: { event: CalEventItem; first: string; last: string };
  /**
   * When it was saved: since the toast appeared (it decides those days now), after the deleted event
   * (it decided them before the delete too), or after the version to restore (it decided them before the save).
   */
  when: 'since' | 'afterDeleted' | 'beforeSave';
};

const KEYS = {
  since: ['undoFlipsOff', 'undoFlipsWork'],
  afterDeleted: ['undoLaterOff', 'undoLaterWork'],
  beforeSave: ['undoBeforeSaveOff', 'undoBeforeSaveWork'],
} as const;

/** The days that restoring would flip, and the event that made them so. */
export function OverlapFound({ found: { event, first, last }, when, ...rest }: OverlapFoundProps) {
  const locale = useLocale();
  const c = useTexts(CONFLICT_TEXTS);
  const params = { summary: event.summary, id: event.event_id, range: formatDayRange(first, last, locale), count: daysInclusive(first, last) };
  const [off, work] = KEYS[when];
  return <UndoFound text={c(event.is_off ? off : work, params)} found={event} {...rest} />;
}
