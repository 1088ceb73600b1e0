// A toast's Undo for an event (after a delete, or a save that changed it): one upsert with the old
// fields, through the same mutation as the form; once, then the toast says how it went. The Undo of
// a save first reads the event again: a change someone else made since is never written over.
import { Button, Group, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { CalEventItem, CalEventUpsertRequest, CalEventUpsertResponse } from '../../core/apiContract';
import { useApiClient } from '../../api/ApiClientProvider';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useNotify } from '../../ui/notify';
import { readEventNow, refreshEventsOf, useEventDeleted, useUpsertEvent } from '../../api/events';
import { useQueryClient } from '@tanstack/react-query';
import { changedSince, type SavedVersion } from './conflict';

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
  /** Read before the write: why not to write (shown in place of Undo), or undefined to go on. */
  before?: () => Promise<ReactNode | undefined>;
}

export function UndoToast({ message, undoLabel, failedText, request, onUndone, gone, before }: UndoToastProps) {
  const restore = useUpsertEvent();
  const [failed, setFailed] = useState(false);
  const [reading, setReading] = useState(false);
  const [stopped, setStopped] = useState<ReactNode>();
  const undo = async () => {
    if (reading || restore.isPending || restore.isSuccess) return;
    setFailed(false);
    let stop: ReactNode | undefined;
    setReading(true);
    try {
      stop = await before?.();
    } catch {
      // The read failed: nothing is written without it; Undo may be pressed again.
      setFailed(true);
      return;
    } finally {
      setReading(false);
    }
    if (stop) setStopped(stop);
    else restore.mutate(request, { onSuccess: onUndone, onError: () => setFailed(true) });
  };
  if (stopped && !gone) {
    return (
      <>
        <Text size="sm" c="var(--panel-gray-text)" style={{ overflowWrap: 'anywhere' }}>
          {message}
        </Text>
        {stopped}
      </>
    );
  }
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
          <Button size="compact-sm" variant="light" onClick={() => void undo()} loading={reading || restore.isPending}>
            {undoLabel}
          </Button>
        </Group>
      )}
    </>
  );
}

interface UndoChangeProps {
  message: string;
  previous: CalEventItem;
  /** What this save wrote: Undo writes nothing when the event is no longer that. */
  saved: SavedVersion;
  onUndone: (previous: CalEventItem) => void;
  /** Opens the event as it is now (after someone else changed it). */
  onOpen: (now: CalEventItem) => void;
}

/** The "Event saved" toast's Undo after a save that changed an event: its previous fields, saved again under its ID. */
export function UndoChange({ message, previous, saved, onUndone, onOpen }: UndoChangeProps) {
  const t = useTexts(PAGE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const notify = useNotify();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { cal_id, event_id, summary, description, is_off, start_at, end_at } = previous;
  const deleted = useEventDeleted(event_id);
  const before = async () => {
    const now = await readEventNow(client, { cal_id, event_id, start_at: saved.start_date });
    if (now && !changedSince(saved, now)) return undefined;
    // The page shows their version (or none) too, and opens it as it is now.
    await refreshEventsOf(queryClient, cal_id);
    if (!now) return <Text size="sm">{t('undoChangeGone')}</Text>;
    return (
      <>
        <Text size="sm" role="alert" style={{ overflowWrap: 'anywhere' }}>
          {t('undoChangeChanged', { summary: saved.summary })}
        </Text>
        <Group mt={4}>
          <Button size="compact-sm" variant="light" onClick={() => onOpen(now)}>
            {t('openChangedEvent')}
          </Button>
        </Group>
      </>
    );
  };
  return (
    <UndoToast
      message={message}
      before={before}
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
