// The event form's fields, in the order of eventFormFields.ts: the calendar, the summary and
// description, day off or working day, the first and the last day.
import { Switch, Text } from '@mantine/core';
import { Controller, type Control, type UseFormReturn } from 'react-hook-form';
import type { EventFormField, EventFormInput, EventFormValues } from '../../core/eventSchema';
import { CalendarField } from './CalendarField';
import { EventDateFields } from './EventDateFields';
import { inputId } from './eventFormFields';
import { EventTextFields } from './EventTextFields';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';

interface EventFieldsProps {
  form: UseFormReturn<EventFormInput, unknown, EventFormValues>;
  /** What the fields hold now (the form's watched values). */
  values: EventFormInput;
  /** A calendar fixed by the page: shown instead of offering a choice. */
  fixedCalId?: string;
  /** Save was pressed once: from then on errors follow every change. */
  submitted: boolean;
  errorOf: (field: EventFormField) => string | undefined;
}

export function EventFields({ form, values, fixedCalId, submitted, errorOf }: EventFieldsProps) {
  const { control, register, trigger, setValue } = form;
  return (
    <>
      <Controller
        control={control}
        name="cal_id"
        render={({ field }) => (
          <CalendarField
            id={inputId('cal_id')}
            fixedCalId={fixedCalId}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={errorOf('cal_id')}
          />
        )}
      />
      <EventTextFields register={register} errorOf={errorOf} summary={values.summary} description={values.description} />
      <DayOffField control={control} id={inputId('is_off')} />
      <EventDateFields control={control} trigger={trigger} submitted={submitted} errorOf={errorOf} ids={{ start_date: inputId('start_date'), last_date: inputId('last_date') }} first={values.start_date} last={values.last_date} setLast={(value) => setValue('last_date', value, { shouldDirty: true, shouldValidate: submitted })} />
    </>
  );
}

/** Day off or working day, with what that means said under the switch. */
function DayOffField({ control, id }: { control: Control<EventFormInput>; id: string }) {
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
