// What the event form takes from the page around it and tells it: the days chosen on the grid, the
// form's dates, whether it has unsaved edits and whether a save is on the way, its draft across
// a reload of the page's code, and what a failed save sent when the form is opened again after it.
import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CalEventItem } from '../../core/apiContract';
import { compareDates, isIsoDate } from '../../core/dates';
import type { EventFormInput, EventFormValues } from '../../core/eventSchema';
import { FIELDS } from './eventFormFields';
import type { EventPrefill } from './eventFormValues';
import { draftKey, useKeptDraft } from './formDraft';

interface FormPageSyncOptions {
  form: UseFormReturn<EventFormInput, unknown, EventFormValues>;
  /** What the fields hold now (the form's watched values). */
  values: EventFormInput;
  /** Whether what is on screen differs from what was loaded or last saved. */
  dirty: boolean;
  /** A save is on the way (checked, sent, or its answer awaited). */
  saving: boolean;
  /** The event the form edits now (none for a new one). */
  eventId: string | undefined;
  /** How the form was opened (the draft it gives back was kept under these). */
  fixedCalId?: string;
  event?: CalEventItem;
  prefill?: EventPrefill;
  /** What a save that failed after the form was left sent: put in the fields as edits, once. */
  reopened?: EventFormInput;
  onDirtyChange?: (dirty: boolean) => void;
  onSavingChange?: (saving: boolean) => void;
  onDatesChange?: (first: string, last: string) => void;
}

/** True once a kept draft was given back to the form. */
export function useFormPageSync({ form, values, dirty, saving, eventId, fixedCalId, event, prefill, reopened, onDirtyChange, onSavingChange, onDatesChange }: FormPageSyncOptions): boolean {
  const { resetField, getValues } = form;

  useEffect(() => {
    if (reopened) putEdits(form, reopened);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as the form opens
  }, []);

  // A new choice of days replaces the dates and the kind; what was typed stays.
  const { start_date, last_date, is_off } = prefill ?? {};
  useEffect(() => {
    if (start_date === undefined || last_date === undefined || is_off === undefined) return;
    resetField('start_date', { defaultValue: start_date });
    resetField('last_date', { defaultValue: last_date });
    resetField('is_off', { defaultValue: is_off });
  }, [start_date, last_date, is_off, resetField]);

  const { start_date: first, last_date: last } = values;
  useEffect(() => {
    if (isIsoDate(first) && isIsoDate(last) && compareDates(first, last) <= 0) onDatesChange?.(first, last);
  }, [first, last, onDatesChange]);

  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => onSavingChange?.(saving), [saving, onSavingChange]);

  // A reload of the page's code keeps what is typed here, and gives it back once (formDraft.ts).
  return useKeptDraft(
    draftKey(fixedCalId ?? event?.cal_id ?? '', event?.event_id, prefill?.start_date ?? ''),
    () => (dirty ? { key: draftKey(getValues('cal_id'), eventId, getValues('start_date')), values: { ...getValues() } } : undefined),
    (kept) => putEdits(form, kept),
  );
}

/** Puts `values` in the form's fields as unsaved edits; not the calendar, which is the form's own (the page's). */
function putEdits({ getValues, setValue }: FormPageSyncOptions['form'], values: Partial<Record<keyof EventFormInput, unknown>>) {
  for (const { field } of FIELDS) {
    const value = values[field];
    if (typeof value === typeof getValues(field) && field !== 'cal_id') setValue(field, value as never, { shouldDirty: true });
  }
}
