// The event form's heading (new or which event, who changed it when, "New event"), its day-off switch
// and its save bar.
import { Button, Code, Group, Switch, Text, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { usePersonalCalendars } from '../../api/calendars';
import type { CalEventItem } from '../../core/apiContract';
import { DEFAULT_TIME_ZONE } from '../../core/timeZone';
import type { EventFormInput } from '../../core/eventSchema';
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

/** Day off or working day, with what that means said under the switch. */
export function DayOffField({ control, id }: { control: Control<EventFormInput>; id: string }) {
  const t = useTexts(PAGE_TEXTS);
  return (
    <Controller
      control={control}
      name="is_off"
      render={({ field }) => (
        <div>
          <Switch
            id={id}
            ref={field.ref}
            label={t('dayOff')}
            aria-describedby="event-is-off-meaning"
            checked={field.value}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
            onBlur={field.onBlur}
            size="md"
          />
          <Text id="event-is-off-meaning" size="sm" mt={4} ml={54}>
            {field.value ? t('dayOffOn') : t('dayOffOff')}
          </Text>
        </div>
      )}
    />
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
