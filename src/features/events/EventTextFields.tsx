// The event's summary and description, each with its length against its limit.
import { TextInput, Textarea } from '@mantine/core';
import type { UseFormRegister } from 'react-hook-form';
import type { EventFormInput } from '../../core/eventSchema';
import { DESCRIPTION_MAX, SUMMARY_MAX, codePointLength } from '../../core/limits';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { Counter } from '../../ui/forms/Counter';
import { inputId } from './eventFormFields';

interface EventTextFieldsProps {
  register: UseFormRegister<EventFormInput>;
  errorOf: (field: 'summary' | 'description') => string | undefined;
  summary: string;
  description: string;
}

export function EventTextFields({ register, errorOf, summary, description }: EventTextFieldsProps) {
  const t = useTexts(PAGE_TEXTS);
  return (
    <>
      <TextInput
        id={inputId('summary')}
        label={t('summary')}
        required
        placeholder={t('summaryHint')}
        description={<Counter count={codePointLength(summary.trim())} max={SUMMARY_MAX} />}
        error={errorOf('summary')}
        {...register('summary')}
      />
      <Textarea
        id={inputId('description')}
        label={t('description')}
        placeholder={t('descriptionHint')}
        description={<Counter count={codePointLength(description)} max={DESCRIPTION_MAX} />}
        error={errorOf('description')}
        {...register('description')}
      />
    </>
  );
}
