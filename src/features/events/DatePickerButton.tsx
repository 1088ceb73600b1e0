import { ActionIcon } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { CalendarIcon, type DatePickerButtonProps } from './CalendarIcon';

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
