// The "Event deleted" toast's Undo: the event is created again with its old fields (through the same
// upsert as the form; the server gives it a new event ID), and the workspace opens it. First its month
// is read again: when the calendar holds the event again already (saved meanwhile in another tab, or
// by another scheduler), nothing is added and that one opens. When another event saved since the
// delete is on exactly its days now (another name, kind or description: as a new event's save,
// core/effectiveDays.ts eventOnSameDays), or an event of the other kind on some of its days was saved
// since or after the deleted event (it decided those days before the delete; events/OverlapFound.tsx),
// nothing is written yet: the toast names it and offers to open it, or to
// restore anyway (the event saved last decides the days they share). A create whose answer was lost and that
// the calendar does not hold yet may still appear: the toast says so, and Undo again looks for it
// first (api/events.ts useUpsertEvent), so it adds no copy.
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem, CalEventUpsertRequest } from '../../core/apiContract';
import { daysInclusive, toInclusiveEnd } from '../../core/dates';
import { isOwnEvent } from '../../core/effectiveDays';
import { formatDayRange } from '../../core/formatDates';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useNotify } from '../../ui/notify';
import { CreateNotFoundYet } from '../../api/lostCreate';
import { isApiError } from '../../api/errors';
import { eventOnSameDays, restoreFlips } from '../../core/effectiveDays';
import { OverlapFound, readDaysNow, UndoFound, useSavedSince } from '../events/OverlapFound';
import { fieldsOf, sameEventFields } from '../events/conflict';
import { UndoToast, type UndoCheck } from '../events/UndoToast';
import { WORKSPACE_TEXTS } from './workspaceText';

interface UndoDeleteProps {
  event: CalEventItem;
  onRestored: (restored: CalEventItem) => void;
  /** Opens the event found on its days instead (none: not offered). */
  onOpen?: (found: CalEventItem) => void;
}

/** The calendar was deleted meanwhile (the event's create names it): nothing can be restored into it. */
const calendarGone = (error: unknown) => isApiError(error) && error.failure.kind === 'server' && error.failure.code === 'ResourceNotFound';

/** The toast's body: what was deleted, and Undo (once; then it says how the undo went). */
export function UndoDelete({ event, onRestored, onOpen }: UndoDeleteProps) {
  const t = useTexts(PAGE_TEXTS);
  const w = useTexts(WORKSPACE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const notify = useNotify();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { cal_id, summary, description, is_off, start_at, end_at } = event;
  const request: CalEventUpsertRequest = { cal_id, summary, description: description ?? '', is_off, start_at, end_at };
  // The event as the calendar holds it again already, found by the read before the write.
  const there = useRef<CalEventItem>(undefined);
  // Restore anyway was pressed: another event on its days no longer stops the write.
  const anyway = useRef(false);
  // Whether an event was saved since the toast appeared (the month lists did not hold it, unchanged, then).
  const last = toInclusiveEnd(end_at);
  const savedSince = useSavedSince(cal_id, start_at, last);
  const check = async (): Promise<UndoCheck> => {
    const items = (await readDaysNow(queryClient, client, cal_id, start_at, last)).filter((e) => e.event_id !== event.event_id);
    there.current = items.find((e) => isOwnEvent(cal_id, e) && sameEventFields(fieldsOf(event), fieldsOf(e)));
    if (there.current) return { undone: true };
    if (anyway.current) return undefined;
    const restoreAnyway = (proceed: () => void) => () => {
      anyway.current = true;
      proceed();
    };
    const found = eventOnSameDays(cal_id, items.filter(savedSince), fieldsOf(event));
    if (found) return { stop: (proceed) => <SameDaysFound deleted={event} found={found} onOpen={onOpen} onRestoreAnyway={restoreAnyway(proceed)} /> };
    const overlap = restoreFlips(cal_id, items, event, savedSince);
    const when = overlap && savedSince(overlap.event) ? 'since' : 'afterDeleted';
    if (overlap) return { stop: (proceed) => <OverlapFound found={overlap} when={when} onOpen={onOpen} onRestoreAnyway={restoreAnyway(proceed)} /> };
    return undefined;
  };
  return (
    <UndoToast
      message={w('deletedBody', { summary })}
      check={check}
      undoLabel={common('undo')}
      failedText={(error) =>
        error instanceof CreateNotFoundYet ? w(error.checked ? 'restoreMayAppear' : 'restoreUnchecked')
        : calendarGone(error) ? w('restoreCalendarGone') // Undo again cannot help
        : w('restoreFailed')
      }
      request={request}
      onUndone={(data) => {
        const found = there.current;
        const restored = found ?? { ...event, event_id: data?.event_id ?? event.event_id };
        const message = w(found ? 'restoredAlready' : 'restoredBody', { summary, id: restored.event_id });
        notify({ color: 'teal', title: w('restoredTitle'), message, closeLabel: t('dismiss') });
        onRestored(restored);
      }}
    />
  );
}

interface SameDaysFoundProps {
  deleted: CalEventItem;
  /** The calendar's own event on exactly the deleted one's days now. */
  found: CalEventItem;
  onOpen?: (found: CalEventItem) => void;
  onRestoreAnyway: () => void;
}

/** In place of Undo: the event now on the deleted one's days, what differs, and what restoring anyway does. */
function SameDaysFound({ deleted, found, onOpen, onRestoreAnyway }: SameDaysFoundProps) {
  const locale = useLocale();
  const w = useTexts(WORKSPACE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const last = toInclusiveEnd(found.end_at);
  const params = { summary: found.summary, id: found.event_id, range: formatDayRange(found.start_at, last, locale), count: daysInclusive(found.start_at, last) };
  // Only its description differs: said so, rather than its days and kind again.
  const otherDescription = sameEventFields({ ...fieldsOf(found), description: '' }, { ...fieldsOf(deleted), description: '' });
  const what = otherDescription ? 'restoreOtherDescription' : found.is_off ? 'restoreSameDaysOff' : 'restoreSameDaysWork';
  const then = found.is_off === deleted.is_off ? 'restoreAddsSecond' : deleted.is_off ? 'restoreTurnsOff' : 'restoreTurnsWork';
  return <UndoFound text={common('sentences', { first: w(what, params), second: w(then) })} found={found} onOpen={onOpen} onRestoreAnyway={onRestoreAnyway} />;
}
