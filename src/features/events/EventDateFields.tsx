// The event's first and last day (both inclusive; the API's end is the day after) and, once both are
// real dates in order, the range they make in words.
import { Group, Text } from '@mantine/core';
import type { Control, UseFormTrigger } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { useRef } from 'react';
import { compareDates, daysInclusive, isIsoDate } from '../../core/dates';
import type { EventFormInput } from '../../core/eventSchema';
import { formatDay } from '../../core/formatDates';
import type { Locale } from '../../core/locale';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS, type PageTexts } from '../../i18n/messages';
import type { TextFn } from '../../core/text';
import { DateField } from './DateField';

interface EventDateFieldsProps {
  control: Control<EventFormInput>;
  trigger: UseFormTrigger<EventFormInput>;
  /** Once the form was submitted, "end before start" is re-checked when the start moves. */
  submitted: boolean;
  errorOf: (field: 'start_date' | 'last_date') => string | undefined;
  ids: Record<'start_date' | 'last_date', string>;
  first: string;
  last: string;
  /** Sets the end date as if typed (a one-day event's end follows its start). */
  setLast: (value: string) => void;
}

export function EventDateFields({ control, trigger, submitted, errorOf, ids, first, last, setLast }: EventDateFieldsProps) {
  const locale = useLocale();
  // The end date this form filled in itself: an empty end takes the start (a one-day event is the
  // common case) and keeps following it, until someone types or picks an end of their own.
  const filledEnd = useRef<string | undefined>(undefined);
  const t = useTexts(PAGE_TEXTS);
  const range = describeRange(first, last, locale, t);
  return (
    <>
      <Group grow align="flex-start" gap="md" wrap="wrap">
        {(['start_date', 'last_date'] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field }) => (
              <DateField
                id={ids[name]}
                label={name === 'start_date' ? t('startDate') : t('endDate')}
                pickerLabel={name === 'start_date' ? t('pickStartDate') : t('pickEndDate')}
                locale={locale}
                description={name === 'last_date' ? t('endDateHint') : undefined}
                placeholder={t('datePlaceholder')}
                required
                value={field.value}
                onChange={(text) => {
                  field.onChange(text);
                  if (name === 'last_date') filledEnd.current = undefined;
                  else if (isIsoDate(text) && (last === '' || last === filledEnd.current)) {
                    filledEnd.current = text;
                    setLast(text);
                  }
                  // "End before start" is the end date's error: re-check it when the start moves.
                  if (name === 'start_date' && submitted) {
                    void trigger('last_date');
                  }
                }}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={errorOf(name)}
              />
            )}
          />
        ))}
      </Group>
      {range && (
        <Text size="sm" data-testid="date-range">
          {range}
        </Text>
      )}
    </>
  );
}

/** "Thu, 1 Oct 2026 – Wed, 7 Oct 2026 · 7 days", when both dates are real and in order. */
function describeRange(first: string, last: string, locale: Locale, t: TextFn<PageTexts>): string | undefined {
  if (!isIsoDate(first) || !isIsoDate(last) || compareDates(last, first) < 0) return undefined;
  const count = daysInclusive(first, last);
  return count === 1
    ? t('rangeOneDay', { first: formatDay(first, locale) })
    : t('rangeDays', { first: formatDay(first, locale), last: formatDay(last, locale), count });
}
