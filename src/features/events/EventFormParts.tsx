// The event form's heading (new or which event, who changed it when, "New event") and its day-off switch.
import { Button, Code, Group, Switch, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { usePersonalCalendars } from '../../api/calendars';
import type { CalEventItem } from '../../core/apiContract';
import { DEFAULT_TIME_ZONE } from '../../core/calendarSettingsSchema';
import type { EventFormInput } from '../../core/eventSchema';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
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
