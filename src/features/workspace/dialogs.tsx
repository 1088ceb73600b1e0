import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Alert, Box, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../core/apiContract';
import { failureOf } from '../../api/errors';
import { FailureAlert } from '../../ui/FailureAlert';
import { useNotify } from '../../ui/notify';
import { useI18n } from '../../i18n/I18nProvider';
import { toInclusiveEnd } from '../../core/dates';
import { useDeleteEvent } from '../events/deleteEvent';
import { formatDayRange, formatInstant } from '../events/formatDates';
import { eventConflicts, fieldsOf, readEventNow } from '../events/conflict';
import { useConflictText } from '../events/conflictText';
import { usePersonalCalendars } from '../calendars/listCalendars';
import { useWorkspaceText } from './workspaceText';

/** Asks before one of the calendar's own events is deleted; names it, and says what becomes of its days. */
export function DeleteEventDialog({ event, onClose, onDeleted }: { event?: CalEventItem; onClose: () => void; onDeleted: (event: CalEventItem) => void }) {
  const { t, locale } = useI18n();
  const w = useWorkspaceText();
  const notify = useNotify();
  const remove = useDeleteEvent();
  const client = useApiClient();
  const c = useConflictText();
  const timeZone = usePersonalCalendars().data?.find((cal) => cal.cal_id === event?.cal_id)?.timezone ?? 'Asia/Shanghai';
  // The event as it is now, when someone changed it since it was opened: asked about again.
  const [changed, setChanged] = useState<CalEventItem>();
  const [checking, setChecking] = useState(false);
  const close = () => {
    if (remove.isPending) return;
    remove.reset();
    setChanged(undefined);
    onClose();
  };
  const confirm = async () => {
    if (!event || remove.isPending || checking) return;
    if (!changed) {
      setChecking(true);
      const now = await readEventNow(client, event).catch(() => event); // a failed read: the delete says what fails
      setChecking(false);
      if (now && eventConflicts(fieldsOf(event), fieldsOf(event), fieldsOf(now)).length > 0) return setChanged(now);
    }
    remove.mutate(
      { cal_id: event.cal_id, event_id: event.event_id },
      {
        onSuccess: () => {
          notify({ color: 'teal', title: w('deletedTitle'), message: w('deletedBody', { summary: event.summary }), closeLabel: t('dismiss') });
          remove.reset();
          setChanged(undefined);
          onDeleted(event);
        },
      },
    );
  };
  const failure = remove.isError ? failureOf(remove.error) : undefined;
  const range = event && formatDayRange(event.start_at, toInclusiveEnd(event.end_at), locale);

  return (
    <Modal opened={!!event} onClose={close} title={event ? w('deleteTitle', { summary: event.summary }) : ''} closeButtonProps={{ 'aria-label': w('close') }} styles={{ title: { overflowWrap: 'anywhere', minWidth: 0 } }} centered>
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
          <FailureAlert title={w('deleteFailed')} failure={failure} />
        </Box>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={close} disabled={remove.isPending}>
          {w('cancel')}
        </Button>
        <Button color="red.9" onClick={() => void confirm()} loading={remove.isPending || checking} data-autofocus>
          {w('delete')}
        </Button>
      </Group>
    </Modal>
  );
}

/** Asks before unsaved edits are thrown away. */
export function DiscardChangesDialog({ opened, onKeep, onDiscard }: { opened: boolean; onKeep: () => void; onDiscard: () => void }) {
  const w = useWorkspaceText();
  return (
    <Modal opened={opened} onClose={onKeep} title={w('discardTitle')} closeButtonProps={{ 'aria-label': w('close') }} centered>
      <Text size="sm">{w('discardBody')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onKeep} data-autofocus>
          {w('keepEditing')}
        </Button>
        <Button color="red.9" onClick={onDiscard}>
          {w('discard')}
        </Button>
      </Group>
    </Modal>
  );
}
