import { ActionIcon } from '@mantine/core';
import { memo, Suspense, useRef, useState } from 'react';
import { PartBoundary } from '../../ui/PartBoundary';
import { retryableLazy } from '../../ui/retryableLazy';
import { CalendarIcon, type DatePickerButtonProps } from './CalendarIcon';

const DatePickerPopover = retryableLazy(() => import('./DatePickerPopover'));

/** Opens a calendar to pick the date; until its code has arrived, a click waits for it. */
export const DatePickerButton = memo(function DatePickerButton(props: DatePickerButtonProps) {
  const [clickedEarly, setClickedEarly] = useState(false);
  const placeholderRef = useRef<HTMLButtonElement>(null);
  const placeholder = (
    <ActionIcon ref={placeholderRef} variant="subtle" color="gray" c="var(--panel-gray-text)" aria-label={props.label} aria-busy={clickedEarly} onClick={() => setClickedEarly(true)}>
      <CalendarIcon />
    </ActionIcon>
  );
  // Its code failed to load: typing the date still works, and a click tries again.
  return (
    <PartBoundary
      fallback={(retry) => (
        <ActionIcon variant="subtle" color="gray" c="var(--panel-gray-text)" aria-label={props.label} onClick={() => { setClickedEarly(true); retry(); }}>
          <CalendarIcon />
        </ActionIcon>
      )}
    >
      <Suspense fallback={placeholder}>
        <DatePickerPopover {...props} openOnMount={clickedEarly} replaces={placeholderRef} />
      </Suspense>
    </PartBoundary>
  );
});
