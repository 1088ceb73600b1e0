// A toast's Undo for an event (after a delete, or a save that changed it): one upsert with the old
// fields, through the same mutation as the form; once, then the toast says how it went.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { CalEventItem, CalEventUpsertRequest, CalEventUpsertResponse } from '../../core/apiContract';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useNotify } from '../../ui/notify';
import { useEventDeleted, useUpsertEvent } from '../../api/events';

interface UndoToastProps {
  /** What happened: "“Team offsite” is deleted." */
  message: string;
  undoLabel: string;
  failedText: string;
  /** The upsert that undoes it. */
  request: CalEventUpsertRequest;
  onUndone: (data: CalEventUpsertResponse) => void;
  /** Why there is nothing to undo any more (the event was deleted since), in place of Undo. */
  gone?: string;
}

export function UndoToast({ message, undoLabel, failedText, request, onUndone, gone }: UndoToastProps) {
  const restore = useUpsertEvent();
  const [failed, setFailed] = useState(false);
  const undo = () => {
    if (restore.isPending || restore.isSuccess) return;
    setFailed(false);
    restore.mutate(request, { onSuccess: onUndone, onError: () => setFailed(true) });
  };
  return (
    <>
      <Text size="sm" c="var(--panel-gray-text)" style={{ overflowWrap: 'anywhere' }}>
        {message}
      </Text>
      {failed && !gone && (
        <Text size="sm" c="var(--panel-red-text)" role="alert">
          {failedText}
        </Text>
      )}
      {gone && <Text size="sm">{gone}</Text>}
      {!restore.isSuccess && !gone && (
        <Group mt={4}>
          <Button size="compact-sm" variant="light" onClick={undo} loading={restore.isPending}>
            {undoLabel}
          </Button>
        </Group>
      )}
    </>
  );
}

/** The "Event saved" toast's Undo after a save that changed an event: its previous fields, saved again under its ID. */
export function UndoChange({ message, previous, onUndone }: { message: string; previous: CalEventItem; onUndone: (previous: CalEventItem) => void }) {
  const t = useTexts(PAGE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const notify = useNotify();
  const { cal_id, event_id, summary, description, is_off, start_at, end_at } = previous;
  const deleted = useEventDeleted(event_id);
  return (
    <UndoToast
      message={message}
      gone={deleted ? t('undoChangeGone') : undefined}
      undoLabel={common('undo')}
      failedText={t('undoChangeFailed')}
      request={{ cal_id, event_id, summary, description, is_off, start_at, end_at }}
      onUndone={() => {
        notify({ color: 'teal', title: t('changeUndoneTitle'), message: t('changeUndoneBody', { summary }), closeLabel: t('dismiss') });
        onUndone(previous);
      }}
    />
  );
}
