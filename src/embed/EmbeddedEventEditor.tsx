import { Alert, Button, Loader, Paper } from '@mantine/core';
import { useState } from 'react';
import type { CalEventItem } from '../core/apiContract';
import { useTexts } from '../i18n/I18nProvider';
import { COMMON_TEXTS } from '../core/commonText';
import { PAGE_TEXTS } from '../i18n/messages';
import { EventForm, type SavedEvent } from '../features/events/EventForm';
import { useFindOwnEvent } from '../api/events';
import { DeleteEventDialog } from '../features/workspace/dialogs';
import { WORKSPACE_TEXTS } from '../features/workspace/workspaceText';

interface EmbeddedEventEditorProps {
  /** None: the portal's link named the event without its calendar (it says so; no empty form to fill in instead). */
  calId: string | undefined;
  eventId: string;
  onSaved: (saved: SavedEvent) => void;
  /** After a delete the portal's frame offers a new event. */
  onDeleted: () => void;
  /** Whether the form holds unsaved edits (the frame asks before the portal's calendar drops them). */
  onDirtyChange?: (dirty: boolean) => void;
  onSavingChange?: (saving: boolean) => void;
}

/** The iframe's form for the event a portal names (`?embed=1&cal_id=…&event_id=…`), with Delete. */
export function EmbeddedEventEditor({ calId, eventId, onSaved, onDeleted, onDirtyChange, onSavingChange }: EmbeddedEventEditorProps) {
  const t = useTexts(PAGE_TEXTS);
  const w = useTexts(WORKSPACE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const [deleting, setDeleting] = useState<CalEventItem>();
  // The workspace's own lookup (one cache entry per event): not found is `null`, could not load an error.
  const found = useFindOwnEvent(calId, eventId, new Date().getFullYear());

  if (!calId) {
    return (
      <Alert color="red" role="alert">
        {w('eventWithoutCalendar', { id: eventId })}
      </Alert>
    );
  }
  if (found.isPending) {
    return (
      <Paper withBorder radius="md" p="md">
        <Loader size="sm" aria-label={t('calendarLoading')} />
      </Paper>
    );
  }
  if (found.isError) {
    return (
      <Alert color="red" role="alert" title={w('eventLoadFailed')}>
        <Button variant="light" size="xs" mt="xs" loading={found.isFetching} onClick={() => void found.refetch()}>
          {common('retry')}
        </Button>
      </Alert>
    );
  }
  if (!found.data) {
    return (
      <Alert color="red" role="alert">
        {w('unknownEvent', { id: eventId })}
      </Alert>
    );
  }
  return (
    <>
      <EventForm
        fixedCalId={calId}
        event={found.data}
        onSaved={onSaved}
        onDirtyChange={onDirtyChange}
        onSavingChange={onSavingChange}
        actions={
          <Button variant="subtle" color="red" c="var(--panel-red-text)" onClick={() => setDeleting(found.data ?? undefined)}>
            {w('delete')}
          </Button>
        }
      />
      <DeleteEventDialog event={deleting} onClose={() => setDeleting(undefined)} onDeleted={onDeleted} />
    </>
  );
}
