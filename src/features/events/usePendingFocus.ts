import { useEffect, useRef } from 'react';
import type { EventFormField } from '../../core/eventSchema';

export type FocusTarget = 'error-summary' | 'save' | EventFormField;

/**
 * Focus that moves once its target is on screen: the error summary may appear a render later than
 * the request (when the form's errors arrive), and Save takes no focus while it is busy (disabled).
 */
export function usePendingFocus(setFocus: (field: EventFormField) => void) {
  const pending = useRef<FocusTarget>(undefined);
  const saveRef = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = pending.current;
    if (target === 'error-summary' && summaryRef.current) summaryRef.current.focus();
    else if (target === 'save') {
      // Once it is no longer busy (a disabled button takes no focus).
      if (!saveRef.current || saveRef.current.disabled) return;
      saveRef.current.focus();
    } else if (target && target !== 'error-summary') setFocus(target);
    else return;
    pending.current = undefined;
  });
  const focusLater = (target: FocusTarget) => {
    pending.current = target;
  };
  return { focusLater, saveRef, summaryRef };
}
