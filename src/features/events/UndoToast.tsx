// A toast's Undo for an event (after a delete, or a save that changed it): one upsert with the old
// fields, through the same mutation as the form; once, then the toast says how it went. The Undo of
// a save first reads the event again: a change someone else made since is never written over; nor,
// without asking, an event of the other kind on some of its old days that was saved since, or after the
// version before the save (it decided those days before the save; OverlapFound.tsx). Its
// write, when the answer is lost (no answer, a 5xx: it may be stored all the same), is settled by
// that same read, as a lost delete is (api/events.ts deleteEvent).
import { Button, Group, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import type { CalEventItem, CalEventUpsertRequest, CalEventUpsertResponse } from '../../core/apiContract';
import { useApiClient } from '../../api/ApiClientProvider';
import { isApiError, mayBeStored } from '../../api/errors';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useNotify } from '../../ui/notify';
import { readEventNow, refreshEventsOf, useEventDeleted, useUpsertEvent } from '../../api/events';
import { useQueryClient } from '@tanstack/react-query';
import { changedSince, fieldsOf, sameEventFields, type SavedVersion } from './conflict';
import { toInclusiveEnd } from '../../core/dates';
import { restoreFlips } from '../../core/effectiveDays';
import { OverlapFound, readDaysNow, useSavedSince } from './OverlapFound';

/**
 * How things stand, read: `undone` (the event holds the old fields already), `stop` (why not to write;
 * as a function, it is given `proceed`, which runs Undo again, its check included), or undefined (not undone).
 */
export type UndoCheck = { undone: true } | { stop: Stop } | undefined;
type Stop = ReactNode | ((proceed: () => void) => ReactNode);

interface UndoToastProps {
  /** What happened: "“Team offsite” is deleted." */
  message: string;
  undoLabel: string;
  /** Why the Undo failed (it may depend on the error: a lost create not found yet may still appear). */
  failedText: string | ((error: unknown) => string);
  /** The upsert that undoes it. */
  request: CalEventUpsertRequest;
  /** Undone: the upsert's answer, or none when a read showed it undone (a lost answer, or an earlier Undo's write). */
  onUndone: (data: CalEventUpsertResponse | undefined) => void;
  /** Why there is nothing to undo any more (the event was deleted since), in place of Undo. */
  gone?: string;
  /**
   * Reads how things stand, before the write (undefined: write), and again after a write whose answer
   * was lost (undefined: it was not written; Undo may be pressed again).
   */
  check?: () => Promise<UndoCheck>;
  /** Said when a write's answer was lost and the read after it failed too: it may be undone all the same. */
  unknownText?: string;
}

const lostAnswer = (error: unknown) => isApiError(error) && mayBeStored(error.failure);

export function UndoToast({ message, undoLabel, failedText, request, onUndone, gone, check, unknownText }: UndoToastProps) {
  const restore = useUpsertEvent();
  const [failed, setFailed] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [stopped, setStopped] = useState<{ stop: Stop }>();
  const failedOf = (error: unknown) => (typeof failedText === 'function' ? failedText(error) : failedText);
  const finish = (data: CalEventUpsertResponse | undefined) => {
    setDone(true);
    onUndone(data);
  };
  /** Settles a read: true when it said undone or stop (nothing more to do). */
  const settled = (read: UndoCheck) => {
    if (read && 'undone' in read) finish(undefined);
    else if (read) setStopped(read);
    return read !== undefined;
  };
  const undo = async () => {
    if (busy || done) return;
    setFailed(undefined);
    setBusy(true);
    try {
      // A failed read: nothing is written without it; Undo may be pressed again.
      if (check && settled(await check())) return;
      try {
        finish(await restore.mutateAsync(request));
      } catch (error) {
        if (!check || !lostAnswer(error)) throw error;
        const after = await check().catch(() => 'unknown' as const);
        if (after === 'unknown') setFailed(unknownText ?? failedOf(error));
        else if (!settled(after)) setFailed(failedOf(error));
      }
    } catch (error) {
      setFailed(failedOf(error));
    } finally {
      setBusy(false);
    }
  };
  const proceed = () => {
    setStopped(undefined);
    void undo();
  };
  if (stopped && !gone) {
    const { stop } = stopped;
    return (
      <>
        <Text size="sm" c="var(--panel-gray-text)" style={{ overflowWrap: 'anywhere' }}>
          {message}
        </Text>
        {typeof stop === 'function' ? stop(proceed) : stop}
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
          {failed}
        </Text>
      )}
      {gone && <Text size="sm">{gone}</Text>}
      {!done && !gone && (
        <Group mt={4}>
          <Button size="compact-sm" variant="light" onClick={() => void undo()} loading={busy}>
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
  const last = toInclusiveEnd(end_at);
  const savedSince = useSavedSince(cal_id, start_at, last);
  // Restore anyway was pressed: an event of the other kind on its old days no longer stops the write.
  const anyway = useRef(false);
  /** An event of the other kind on some of its old days, saved since or after `previous`: the write waits (events/OverlapFound.tsx). */
  const overlapStop = async (): Promise<UndoCheck> => {
    const items = await readDaysNow(queryClient, client, cal_id, start_at, last);
    const overlap = anyway.current ? undefined : restoreFlips(cal_id, items, previous, savedSince, event_id);
    if (!overlap) return undefined;
    const when = savedSince(overlap.event) ? 'since' : 'beforeSave';
    const restoreAnyway = (proceed: () => void) => () => {
      anyway.current = true;
      proceed();
    };
    return { stop: (proceed) => <OverlapFound found={overlap} when={when} onOpen={onOpen} onRestoreAnyway={restoreAnyway(proceed)} /> };
  };
  const check = async (): Promise<UndoCheck> => {
    const now = await readEventNow(client, { cal_id, event_id, start_at: saved.start_date });
    // Its old fields already: this Undo's write was stored (its answer lost), or an earlier one's.
    const undone = now !== undefined && sameEventFields(fieldsOf(previous), fieldsOf(now));
    if (now && !undone && !changedSince(saved, now)) return overlapStop();
    // The page shows the event as it is now (the old fields, their version, or none).
    await refreshEventsOf(queryClient, cal_id);
    if (undone) return { undone: true };
    if (!now) return { stop: <Text size="sm">{t('undoChangeGone')}</Text> };
    return {
      stop: (
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
      ),
    };
  };
  return (
    <UndoToast
      message={message}
      check={check}
      unknownText={t('undoChangeUnknown')}
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
