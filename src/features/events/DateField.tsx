import { TextInput } from '@mantine/core';
import { useCallback, useLayoutEffect, useRef, type Ref } from 'react';
import type { Locale } from '../../core/locale';
import { DatePickerButton } from './DatePickerButton';

interface DateFieldProps {
  id: string;
  label: string;
  pickerLabel: string;
  description?: string;
  placeholder: string;
  /** The text as the scheduler typed it, or the picked date as `YYYY-MM-DD`. */
  value: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
  locale: Locale;
}

/**
 * A date typed as `YYYY-MM-DD` or picked from a calendar. It keeps whatever was typed, valid or
 * not (the form's schema says what is wrong), and never turns a date into an instant.
 */
export function DateField({ id, label, pickerLabel, description, placeholder, value, onChange, onBlur, error, inputRef, required, locale }: DateFieldProps) {
  // The picker's button gets the same functions on every render (they read the latest): typing and
  // the form's renders then leave the button alone, so that the prerendered one is never rendered
  // again while its code is on the way (React would swap it twice, dropping a keyboard user's focus).
  const onPickNow = (date: string) => {
    onChange(date);
    onBlur(); // a picked date counts as visited, so its errors show at once
  };
  const latestPick = useRef(onPickNow);
  useLayoutEffect(() => {
    latestPick.current = onPickNow;
  });
  const pick = useCallback((date: string) => latestPick.current(date), []);
  const latestValue = useRef(value);
  useLayoutEffect(() => {
    latestValue.current = value;
  });
  const valueNow = useCallback(() => latestValue.current, []);
  return (
    <TextInput
      id={id}
      ref={inputRef}
      label={label}
      description={description}
      placeholder={placeholder}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
      required={required}
      rightSectionPointerEvents="all"
      rightSection={
        <DatePickerButton
          valueNow={valueNow}
          label={pickerLabel}
          locale={locale}
          onPick={pick}
        />
      }
    />
  );
}
