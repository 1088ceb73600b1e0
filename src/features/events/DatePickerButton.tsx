import { ActionIcon } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { Locale } from '../../i18n/locale';

export interface DatePickerButtonProps {
  value: string;
  onPick: (date: string) => void;
  /** Accessible name of the button, e.g. "Choose start date". */
  label: string;
  locale: Locale;
}

const DatePickerPopover = lazy(() => import('./DatePickerPopover'));

/** Opens a calendar to pick the date; until its code has arrived, a click waits for it. */
export function DatePickerButton(props: DatePickerButtonProps) {
  const [clickedEarly, setClickedEarly] = useState(false);
  const placeholder = (
    <ActionIcon variant="subtle" color="gray.8" aria-label={props.label} aria-busy={clickedEarly} onClick={() => setClickedEarly(true)}>
      <CalendarIcon />
    </ActionIcon>
  );
  return (
    <Suspense fallback={placeholder}>
      <DatePickerPopover {...props} openOnMount={clickedEarly} />
    </Suspense>
  );
}

export function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 11h18" />
    </svg>
  );
}
