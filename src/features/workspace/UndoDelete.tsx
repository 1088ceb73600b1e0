// The "Event deleted" toast's Undo: the event is created again with its old fields (through the same
// upsert as the form; the server gives it a new event ID), and the workspace opens it.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import { useI18n } from '../../i18n/I18nProvider';
import { useNotify } from '../../ui/notify';
import { useUpsertEvent } from '../../api/events';
import { useWorkspaceText } from './workspaceText';

interface UndoDeleteProps {
  event: CalEventItem;
  onRestored: (restored: CalEventItem) => void;
}

/** The toast's body: what was deleted, and Undo (once; then it says how the undo went). */
export function UndoDelete({ event, onRestored }: UndoDeleteProps) {
  const { t } = useI18n();
  const w = useWorkspaceText();
  const notify = useNotify();
  const restore = useUpsertEvent();
  const [failed, setFailed] = useState(false);
  const undo = () => {
    if (restore.isPending || restore.isSuccess) return;
    setFailed(false);
    const { cal_id, summary, description, is_off, start_at, end_at } = event;
    restore.mutate(
      { cal_id, summary, description: description ?? '', is_off, start_at, end_at },
      {
        onSuccess: (data) => {
          const restored = { ...event, event_id: data.event_id ?? event.event_id };
          notify({ color: 'teal', title: w('restoredTitle'), message: w('restoredBody', { summary: event.summary, id: restored.event_id }), closeLabel: t('dismiss') });
          onRestored(restored);
        },
        onError: () => setFailed(true),
      },
    );
  };
  return (
    <>
      <Text size="sm" c="var(--panel-gray-text)" style={{ overflowWrap: 'anywhere' }}>
        {w('deletedBody', { summary: event.summary })}
      </Text>
      {failed && (
        <Text size="sm" c="var(--panel-red-text)" role="alert">
          {w('restoreFailed')}
        </Text>
      )}
      {!restore.isSuccess && (
        <Group mt={4}>
          <Button size="compact-sm" variant="light" onClick={undo} loading={restore.isPending}>
            {w('undoDelete')}
          </Button>
        </Group>
      )}
    </>
  );
}
