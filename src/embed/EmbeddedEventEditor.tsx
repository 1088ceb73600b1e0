import { Alert, Button, Loader, Paper } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../api/ApiClientProvider';
import type { CalEventItem } from '../core/apiContract';
import { useI18n } from '../i18n/I18nProvider';
import { EventForm, type SavedEvent } from '../features/events/EventForm';
import { eventKeys } from '../features/events/upsertEvent';
import { findOwnEvent } from '../features/events/listEvents';
import { DeleteEventDialog } from '../features/workspace/dialogs';
import { useWorkspaceText } from '../features/workspace/workspaceText';

interface EmbeddedEventEditorProps {
  calId: string;
  eventId: string;
  onSaved: (saved: SavedEvent) => void;
  /** After a delete the portal's frame offers a new event. */
  onDeleted: () => void;
}

/** The iframe's form for the event a portal names (`?embed=1&cal_id=…&event_id=…`), with Delete. */
export function EmbeddedEventEditor({ calId, eventId, onSaved, onDeleted }: EmbeddedEventEditorProps) {
  const { t } = useI18n();
  const w = useWorkspaceText();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<CalEventItem>();
  const found = useQuery({
    queryKey: [...eventKeys.ofCalendar(calId), 'event', eventId],
    queryFn: async () => (await findOwnEvent(queryClient, client, calId, eventId, new Date().getFullYear())) ?? null,
  });

  if (found.isPending) {
    return (
      <Paper withBorder radius="md" p="md">
        <Loader size="sm" aria-label={t('calendarLoading')} />
      </Paper>
    );
  }
  if (found.isError || !found.data) {
    return (
      <Alert color="red" role="alert">
        {found.isError ? t('calendarLoadFailed') : w('unknownEvent', { id: eventId })}
      </Alert>
    );
  }
  return (
    <>
      <EventForm
        fixedCalId={calId}
        event={found.data}
        onSaved={onSaved}
        actions={
          <Button variant="subtle" color="red" c="red.9" onClick={() => setDeleting(found.data ?? undefined)}>
            {w('delete')}
          </Button>
        }
      />
      <DeleteEventDialog event={deleting} onClose={() => setDeleting(undefined)} onDeleted={onDeleted} />
    </>
  );
}
