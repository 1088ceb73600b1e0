import { Loader, NativeSelect, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { usePersonalCalendars } from '../../api/calendars';
import { CalendarsUnreadable } from '../../ui/CalendarsUnreadable';
import { calendarLabel } from '../../core/calendarName';

interface CalendarFieldProps {
  id: string;
  /** A calendar fixed by the page (the URL's `cal_id`): shown, not chosen. */
  fixedCalId?: string;
  value: string;
  onChange: (calId: string) => void;
  onBlur: () => void;
  error?: string;
  inputRef?: Ref<HTMLSelectElement>;
}

export function CalendarField({ id, fixedCalId, value, onChange, onBlur, error, inputRef }: CalendarFieldProps) {
  const t = useTexts(PAGE_TEXTS);
  const calendars = usePersonalCalendars();
  const selected = calendars.data?.find((c) => c.cal_id === value);

  if (fixedCalId) {
    const unknown = calendars.isSuccess && !selected;
    return (
      // Read-only, and it looks it: the calendar's name as text, no field border to type into.
      <TextInput
        id={id}
        label={t('calendar')}
        readOnly
        // Text, not a field: no Tab stop on the way to the summary (screen readers still read it).
        tabIndex={-1}
        variant="unstyled"
        styles={{ input: { fontWeight: 600, cursor: 'default' } }}
        value={selected ? calendarLabel(selected, calendars.data ?? []) : fixedCalId}
        error={error ?? (unknown ? t('calendarUnknown', { id: fixedCalId }) : undefined)}
      />
    );
  }

  if (calendars.isPending) {
    // Same control, same size while the list loads: nothing moves when it arrives.
    return (
      <NativeSelect
        id={id}
        label={t('calendar')}
        required
        disabled
        data={[t('calendarLoading')]}
        rightSection={<Loader size="xs" />}
      />
    );
  }

  if (calendars.isError) {
    return (
      <div>
        <NativeSelect id={id} ref={inputRef} label={t('calendar')} data={[]} disabled error={t('calendarLoadFailed')} />
        {/* Why, under the field's own error: what went wrong and what to do, with the request ID. */}
        <CalendarsUnreadable error={calendars.error} retrying={calendars.isFetching} onRetry={() => void calendars.refetch()} />
      </div>
    );
  }

  const options = calendars.data.map((c) => ({ value: c.cal_id, label: calendarLabel(c, calendars.data) }));
  return (
    <NativeSelect
      id={id}
      ref={inputRef}
      label={t('calendar')}
      required
      data={[{ value: '', label: t('calendarPlaceholder'), disabled: true }, ...options]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      description={options.length === 0 ? t('calendarNone') : undefined}
      error={error}
    />
  );
}
