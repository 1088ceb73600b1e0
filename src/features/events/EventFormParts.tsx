// The event form's frame: its heading (new or which event, who changed it when, "New event") and
// its save bar.
import { Button, Code, Group, Text, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { usePersonalCalendars } from '../../api/calendars';
import type { CalEventItem } from '../../core/apiContract';
import { DEFAULT_TIME_ZONE } from '../../core/timeZone';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';
import { WhoWhen } from '../../ui/WhoWhen';

export function EventFormHeader({ eventId, event, onNew, actions }: { eventId?: string; event?: CalEventItem; onNew: () => void; actions?: ReactNode }) {
  const t = useTexts(PAGE_TEXTS);
  const calendars = usePersonalCalendars();
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
      <div>
        <Title order={2} size="h3" id="event-form-title">
          {eventId ? t('formTitleEdit') : t('formTitleNew')}
        </Title>
        {eventId && (
          <Text size="sm" c="dimmed" data-testid="event-id">
            {t('editingEvent')}: <Code>{eventId}</Code>
          </Text>
        )}
        {eventId && event?.event_id === eventId && (
          <WhoWhen created={event.created_at} updated={event.updated_at} timeZone={calendars.data?.find((c) => c.cal_id === event.cal_id)?.timezone ?? DEFAULT_TIME_ZONE} />
        )}
      </div>
      <Group gap="xs" wrap="nowrap">
        {eventId && (
          <Button variant="default" onClick={onNew}>
            {t('newEvent')}
          </Button>
        )}
        {actions}
      </Group>
    </Group>
  );
}

interface SaveBarProps {
  saveRef: Ref<HTMLButtonElement>;
  /** The lost-update check before a save is under way. */
  checking: boolean;
  pending: boolean;
  /** The last save succeeded. */
  succeeded: boolean;
  /** The saved event's summary while nothing has been edited since: "Saved" until the next edit. */
  savedSummary?: string;
}

/** Save, and what it is doing: checking for others' changes, saving, saved. */
export function SaveBar({ saveRef, checking, pending, succeeded, savedSummary }: SaveBarProps) {
  const t = useTexts(PAGE_TEXTS);
  const c = useTexts(CONFLICT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const status =
    checking ? c('checking')
    : pending ? common('saving')
    : savedSummary !== undefined ? t('saved', { summary: savedSummary })
    : '';
  return (
    <Group gap="md" data-save-bar>
      <Button type="submit" loading={pending || checking} ref={saveRef}>
        {common('save')}
      </Button>
      <Text role="status" aria-live="polite" size="sm" fw={500} c={succeeded ? 'teal.9' : undefined} data-testid="form-status">
        {status}
      </Text>
    </Group>
  );
}
