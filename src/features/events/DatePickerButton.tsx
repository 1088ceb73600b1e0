import { ActionIcon } from '@mantine/core';
import { memo, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { PartBoundary } from '../../ui/PartBoundary';
import { retryableLazy } from '../../ui/retryableLazy';
import { CalendarIcon, type DatePickerButtonProps } from './CalendarIcon';

const DatePickerPopover = retryableLazy(() => import('./DatePickerPopover'));

/** Opens a calendar to pick the date; until its code has arrived, a click waits for it. */
export const DatePickerButton = memo(function DatePickerButton(props: DatePickerButtonProps) {
  const [clickedEarly, setClickedEarly] = useState(false);
  // Whether the placeholder holds the focus. Set on focus; cleared when the focus leaves it while it
  // is still in the page (a Tab, a click elsewhere). Its removal by the swap clears nothing, so the
  // popover knows to take the focus over even when a Tab landed after React rendered it.
  const placeholderFocused = useRef(false);
  const placeholderRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    // Reached with Tab in the prerendered page, before React was there to hear it.
    if (placeholderRef.current != null && placeholderRef.current === document.activeElement) placeholderFocused.current = true;
  }, []);
  const placeholder = (
    <ActionIcon
      ref={placeholderRef}
      variant="subtle"
      color="gray"
      c="var(--panel-gray-text)"
      aria-label={props.label}
      aria-busy={clickedEarly}
      // A press counts as the click: the code may arrive before the release, and the browser sends
      // no click to a button that was replaced between the two (CI: the calendar stayed shut).
      onPointerDown={(event) => {
        if (event.button === 0) setClickedEarly(true);
      }}
      onClick={() => setClickedEarly(true)}
      onFocus={() => {
        placeholderFocused.current = true;
      }}
      onBlur={(event) => {
        const button = event.currentTarget;
        queueMicrotask(() => {
          if (button.isConnected) placeholderFocused.current = false;
        });
      }}
    >
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
        <DatePickerPopover {...props} openOnMount={clickedEarly} placeholderFocused={placeholderFocused} />
      </Suspense>
    </PartBoundary>
  );
});
