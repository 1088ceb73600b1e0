import '../../ui/dialogStyles';
import { Alert, Box, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../core/apiContract';
import { failureOf } from '../../api/errors';
import { FailureAlert } from '../../ui/FailureAlert';
import { useNotify } from '../../ui/notify';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { toInclusiveEnd } from '../../core/dates';
import { DeleteUnconfirmed, readEventNow, useDeleteEvent } from '../../api/events';
import { formatDayRange, formatInstant } from '../../core/formatDates';
import { eventConflicts, fieldsOf } from '../events/conflict';
import { errorText } from '../../i18n/errorMessages';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';
import { usePersonalCalendars } from '../../api/calendars';
import { UndoDelete } from './UndoDelete';
import { WORKSPACE_TEXTS } from './workspaceText';
import { DEFAULT_TIME_ZONE } from '../../core/timeZone';

/** Asks before one of the calendar's own events is deleted; names it, and says what becomes of its days. */
export function DeleteEventDialog({
  event,
  onClose,
  onDeleted,
  onRestored,
  onOpen,
}: {
  event?: CalEventItem;
  onClose: () => void;
  onDeleted: (event: CalEventItem) => void;
  /** Undo in the toast created the event again (with a new ID); without it, the toast offers no Undo. */
  onRestored?: (restored: CalEventItem) => void;
  /** Opens another event (the one Undo finds on the deleted one's days). */
  onOpen?: (event: CalEventItem) => void;
}) {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const w = useTexts(WORKSPACE_TEXTS);
  const notify = useNotify();
  const remove = useDeleteEvent();
  const client = useApiClient();
  const c = useTexts(CONFLICT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const timeZone = usePersonalCalendars().data?.find((cal) => cal.cal_id === event?.cal_id)?.timezone ?? DEFAULT_TIME_ZONE;
  // The event as it is now, when someone changed it since it was opened: asked about again.
  const [changed, setChanged] = useState<CalEventItem>();
  const [checking, setChecking] = useState(false);
  // Deleted: the focus goes where the workspace puts it (the event's day), not back to a Delete button that is gone.
  const [deleted, setDeleted] = useState(false);
  const close = () => {
    if (remove.isPending) return;
    remove.reset();
    setChanged(undefined);
    onClose();
  };
  const confirm = async () => {
    if (!event || remove.isPending || checking) return;
    setDeleted(false);
    if (!changed) {
      setChecking(true);
      const now = await readEventNow(client, event).catch(() => event); // a failed read: the delete says what fails
      setChecking(false);
      if (now && eventConflicts(fieldsOf(event), fieldsOf(event), fieldsOf(now)).length > 0) return setChanged(now);
    }
    remove.mutate(event, {
      onSuccess: (outcome) => {
        // Deleted (its answer lost or not: a fresh read showed it gone): said with its Undo, longer
        // than a plain toast. Gone before this delete: said so, with no Undo (not ours to bring back).
        if (outcome === 'alreadyGone') notify({ color: 'teal', title: w('alreadyDeletedTitle'), message: w('alreadyDeletedBody', { summary: event.summary }), closeLabel: t('dismiss') });
        else notify({ color: 'teal', title: w('deletedTitle'), message: onRestored ? <UndoDelete event={event} onRestored={onRestored} onOpen={onOpen} /> : w('deletedBody', { summary: event.summary }), closeLabel: t('dismiss'), autoClose: 15_000 });
        setDeleted(true);
        remove.reset();
        setChanged(undefined);
        onDeleted(event);
      },
    });
  };
  const failure = remove.isError ? failureOf(remove.error) : undefined;
  // A failure that may have deleted it all the same, read again: still there, or the read failed too.
  const unconfirmed = remove.error instanceof DeleteUnconfirmed ? remove.error : undefined;
  const range = event && formatDayRange(event.start_at, toInclusiveEnd(event.end_at), locale);

  return (
    <Modal opened={!!event} onClose={close} title={event ? w('deleteTitle', { summary: event.summary }) : ''} closeButtonProps={{ 'aria-label': common('close') }} styles={{ title: { overflowWrap: 'anywhere', minWidth: 0 } }} returnFocus={!deleted} centered>
      <Text size="sm">{range && w('deleteBody', { range })}</Text>
      {changed && (
        <Alert color="orange" role="alert" mt="md" title={c('deleteChangedTitle')} data-testid="delete-changed" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          {c('deleteChangedText', {
            time: formatInstant(changed.updated_at, timeZone, locale),
            summary: changed.summary,
            range: formatDayRange(changed.start_at, toInclusiveEnd(changed.end_at), locale),
          })}
        </Alert>
      )}
      {failure && (
        <Box mt="md">
          <FailureAlert title={unconfirmed && !unconfirmed.stillThere ? w('deleteUnknownTitle') : w('deleteFailed')} failure={failure}>
            {unconfirmed && (
              <>
                <Text size="sm">{errorText(failure, locale).what}</Text>
                <Text size="sm">{unconfirmed.stillThere ? w('deleteStillThere') : w('deleteUnchecked')}</Text>
              </>
            )}
          </FailureAlert>
        </Box>
      )}
      <Group justify="flex-end" mt="lg">
        {/* Cancel has the focus: Enter on the button that opened the dialog, then Enter again, deletes nothing. */}
        <Button variant="default" onClick={close} disabled={remove.isPending} data-autofocus>
          {common('cancel')}
        </Button>
        <Button color="red.9" onClick={() => void confirm()} loading={remove.isPending || checking}>
          {w('delete')}
        </Button>
      </Group>
    </Modal>
  );
}
