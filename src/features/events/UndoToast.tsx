// A toast's Undo for an event (after a delete, or a save that changed it): one upsert with the old
// fields, through the same mutation as the form; once, then the toast says how it went.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { CalEventItem, CalEventUpsertRequest, CalEventUpsertResponse } from '../../core/apiContract';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useNotify } from '../../ui/notify';
import { useUpsertEvent } from '../../api/events';

interface UndoToastProps {
  /** What happened: "“Team offsite” is deleted." */
  message: string;
  undoLabel: string;
  failedText: string;
  /** The upsert that undoes it. */
  request: CalEventUpsertRequest;
  onUndone: (data: CalEventUpsertResponse) => void;
}

export function UndoToast({ message, undoLabel, failedText, request, onUndone }: UndoToastProps) {
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
      {failed && (
        <Text size="sm" c="var(--panel-red-text)" role="alert">
          {failedText}
        </Text>
      )}
      {!restore.isSuccess && (
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
  return (
    <UndoToast
      message={message}
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
