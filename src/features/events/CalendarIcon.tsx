// The calendar button's icon and props, shared by the button shown at once and the popover loaded later.
import type { Locale } from '../../core/locale';

export interface DatePickerButtonProps {
  /** The field's text now (a function, so that typing does not render the button again). */
  valueNow: () => string;
  onPick: (date: string) => void;
  /** Accessible name of the button, e.g. "Choose start date". */
  label: string;
  locale: Locale;
}

export function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 11h18" />
    </svg>
  );
}
