// The "Event deleted" toast's Undo: the event is created again with its old fields (through the same
// upsert as the form; the server gives it a new event ID), and the workspace opens it. First its month
// is read again: when the calendar holds the event again already (saved meanwhile in another tab, or
// by another scheduler), nothing is added and that one opens. A create whose answer was lost and that
// the calendar does not hold yet may still appear: the toast says so, and Undo again looks for it
// first (api/events.ts useUpsertEvent), so it adds no copy.
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { readMonthNow } from '../../api/events';
import { isEventOf } from '../../api/lostCreate';
import type { CalEventItem, CalEventUpsertRequest } from '../../core/apiContract';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useNotify } from '../../ui/notify';
import { CreateNotFoundYet } from '../../api/lostCreate';
import { isApiError } from '../../api/errors';
import { UndoToast } from '../events/UndoToast';
import { WORKSPACE_TEXTS } from './workspaceText';

interface UndoDeleteProps {
  event: CalEventItem;
  onRestored: (restored: CalEventItem) => void;
}

/** The calendar was deleted meanwhile (the event's create names it): nothing can be restored into it. */
const calendarGone = (error: unknown) => isApiError(error) && error.failure.kind === 'server' && error.failure.code === 'ResourceNotFound';

/** The toast's body: what was deleted, and Undo (once; then it says how the undo went). */
export function UndoDelete({ event, onRestored }: UndoDeleteProps) {
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
  const check = async () => {
    const [year, month] = start_at.split('-').map(Number);
    there.current = (await readMonthNow(queryClient, client, cal_id, year, month)).items.find((e) => e.event_id !== event.event_id && isEventOf(request)(e));
    return there.current && { undone: true as const };
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
