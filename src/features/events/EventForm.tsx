// The event form: the fields (EventFields.tsx) between its heading and its save bar
// (EventFormParts.tsx), validated with the shared schema; its save flow is useEventSave.tsx, and what
// it shares with the page around it useFormPageSync.ts.
import { zodResolver } from '@hookform/resolvers/zod';
import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { usePersonalCalendars } from '../../api/calendars';
import type { CalEventItem } from '../../core/apiContract';
import { eventOnSameDays, otherKindOverlap } from '../../core/effectiveDays';
import { eventFormSchema, type EventFormField, type EventFormInput, type EventFormValues } from '../../core/eventSchema';
import { DESCRIPTION_MAX, SUMMARY_MAX, codePointLength } from '../../core/limits';
import { FIRST_YEAR } from '../../core/months';
import { DEFAULT_TIME_ZONE } from '../../core/timeZone';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS, VALIDATION_TEXTS } from '../../i18n/messages';
import { ErrorSummary, type FieldProblem } from '../../ui/forms/ErrorSummary';
import { describeFailure } from '../../ui/forms/failureSummary';
import { formFieldOfFailure } from '../../ui/forms/serverFieldErrors';
import { usePastHydration } from '../../ui/usePastHydration';
import { ConflictGone } from './ConflictGone';
import { FarYearNotice } from './FarYearNotice';
import { OverlapNotice, SameDaysNotice } from './SameDaysNotice';
import { EventConflictReview } from './ConflictReview';
import { EventFields } from './EventFields';
import { EventFormHeader, SaveBar } from './EventFormParts';
import { FIELDS } from './eventFormFields';
import { initialValues, type EventPrefill, type ReopenedDraft } from './eventFormValues';
import { useEventSave, type SavedEvent } from './useEventSave';
import { useFormPageSync } from './useFormPageSync';
import { usePendingFocus } from './usePendingFocus';

// The form's own types, for the pages that use it.
export type { EventPrefill, ReopenedDraft, SavedEvent };

export interface EventFormProps {
  /** A calendar fixed by the page: the form shows it instead of offering a choice. */
  fixedCalId?: string;
  /** An existing event to edit (its `end_at` is exclusive, as the API gives it). */
  event?: CalEventItem;
  /** Days chosen elsewhere (the workspace's grid) for a new event; a new choice replaces them. */
  prefill?: EventPrefill;
  onSaved?: (saved: SavedEvent) => void;
  /** Undo in the "saved" toast of a save that changed an event put its previous fields back (no Undo without it). */
  onUndone?: (previous: CalEventItem) => void;
  /** The event the form now edits: the saved one, or none after "New event". */
  onEditingChange?: (eventId: string | undefined) => void;
  /** Whether what is on screen differs from what was loaded or last saved. */
  onDirtyChange?: (dirty: boolean) => void;
  /** Whether a save is on the way (it goes on when the form is left: its toast says how it went). */
  onSavingChange?: (saving: boolean) => void;
  /** The form's dates, whenever they are a range (the first and the last day). */
  onDatesChange?: (first: string, last: string) => void;
  /** Shown above Save: what saving these values would do. */
  /** What saving does; `saved`: what is on screen is saved (no edit since), so saving changes nothing. */
  renderImpact?: (values: EventFormInput, eventId: string | undefined, saved: boolean) => ReactNode;
  /**
   * The toast of a save that failed after the form was left offers to open it again: the page opens
   * a form with `reopened` (the workspace; the portal embeds pass none, and their toast has no button).
   */
  onReopen?: (draft: ReopenedDraft) => void;
  /** Opened again after such a save: what it sent, as unsaved edits, and its failure, as the save's. */
  reopened?: ReopenedDraft;
  /** Buttons of the page around the form (the workspace's Delete and Close), in the form's header. */
  actions?: ReactNode;
  /** Opens another event of the calendar (a new event's days turned out to have one already). */
  onOpenEvent?: (event: CalEventItem) => void;
}

/** The event form: validates with the shared schema, saves through the upsert mutation. */
export function EventForm({ fixedCalId, event, prefill, onSaved, onUndone, onEditingChange, onDirtyChange, onSavingChange, onDatesChange, renderImpact, actions, onOpenEvent, onReopen, reopened }: EventFormProps) {
  const live = usePastHydration();
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const tv = useTexts(VALIDATION_TEXTS);
  const form = useForm<EventFormInput, unknown, EventFormValues>({
    resolver: zodResolver(eventFormSchema),
    defaultValues: initialValues(fixedCalId, event, prefill),
    // Errors first appear on Save (a message appearing on blur would move the Save button away
    // from under the pointer), then follow every change.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false, // the error summary takes focus and links to each field
  });
  const { control, handleSubmit, formState, setFocus } = form;
  const values = useWatch({ control }) as EventFormInput;
  const calendars = usePersonalCalendars();
  // Focus moves once its target is on screen (usePendingFocus.ts).
  const { focusLater, saveRef, summaryRef } = usePendingFocus(setFocus);
  const saving = useEventSave({ form, focusLater, fixedCalId, event, onSaved, onUndone, onEditingChange, reopened, onReopen });
  const { eventId, upsert, check, failure, lost } = saving;
  const dirty = formState.isDirty;
  const restored = useFormPageSync({ form, values, dirty, saving: upsert.isPending || check.checking, eventId, fixedCalId, event, prefill, reopened: reopened?.values, onDirtyChange, onSavingChange, onDatesChange });

  const paramsFor = (field: EventFormField): Record<string, string | number> => {
    if (field === 'summary') return { max: SUMMARY_MAX, count: codePointLength(values.summary.trim()) };
    if (field === 'description') return { max: DESCRIPTION_MAX, count: codePointLength(values.description) };
    if (field === 'start_date' || field === 'last_date') return { value: values[field], year: FIRST_YEAR };
    return {};
  };
  const errorOf = (field: EventFormField) => {
    const message = formState.errors[field]?.message;
    return message ? (tv.lookup(message, paramsFor(field)) ?? message) : undefined; // a key of ours, or a server's own words
  };

  const problems: FieldProblem[] = FIELDS.flatMap(({ field, id, label }) => {
    const message = errorOf(field);
    return message ? [{ field, inputId: id, label: t(label), message }] : [];
  });
  // Until the days or the kind are changed so that they no longer share a day of the other kind.
  const overlap = check.overlap && otherKindOverlap(values.cal_id, [check.overlap.event], values);
  const summaryVisible = saving.summaryShown && (failure !== undefined || problems.length > 0);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="event-form-title">
      <EventFormHeader eventId={eventId} event={event} onNew={saving.startNew} actions={actions} />
      {restored && (
        <Text size="sm" role="status" c="teal.9" mb="sm" data-testid="draft-restored">
          {t('draftRestored')}
        </Text>
      )}

      {summaryVisible && (
        <ErrorSummary
          ref={summaryRef}
          failure={failure && describeFailure(failure, locale, { note: lost ? saving.lostNote : undefined, fieldShowsIt: !!formFieldOfFailure(failure) })}
          title={lost ? t('errorSummaryMaybeTitle') : undefined}
          problems={problems}
          onFocusField={(field) => setFocus(field as EventFormField)}
        />
      )}

      <form noValidate onSubmit={(event) => handleSubmit(saving.save, saving.showSummary)(event)}>
        {/* The prerendered form view is read-only until React has hydrated it: what is typed
            before would be lost (React renders the fields again over it), and a keyboard user's
            focus with it. It paints at once; it takes input a moment later. */}
        <fieldset disabled={!live} style={FIELDSET}>
        <Stack gap="md" mt={summaryVisible ? 'md' : 0}>
          <EventFields form={form} values={values} fixedCalId={fixedCalId} submitted={formState.isSubmitted} errorOf={errorOf} />
          {renderImpact?.(values, eventId, upsert.isSuccess && !dirty)}
          {check.review?.kind === 'conflict' && (
            <EventConflictReview
              {...check.review}
              timeZone={calendars.data?.find((cal) => cal.cal_id === values.cal_id)?.timezone ?? DEFAULT_TIME_ZONE}
              onSave={saving.saveChoices}
              onTakeTheirs={saving.takeTheirs}
            />
          )}
          {check.review?.kind === 'gone' && <ConflictGone onSaveAsNew={saving.saveAsNew} />}
          {saving.farYear !== undefined && saving.farYear === values.last_date && <FarYearNotice lastDate={saving.farYear} onSaveAnyway={saving.saveFarAnyway} />}
          {/* Until the days are changed: other days are read again on Save. */}
          {check.sameDays && eventOnSameDays(values.cal_id, [check.sameDays], values) && <SameDaysNotice existing={check.sameDays} onOpen={onOpenEvent} onSaveAnyway={saving.saveAnyway} />}
          {overlap && <OverlapNotice existing={overlap.event} first={overlap.first} last={overlap.last} onOpen={onOpenEvent} onSaveAnyway={saving.saveAnyway} />}
          <SaveBar
            saveRef={saveRef}
            checking={check.checking}
            pending={upsert.isPending}
            succeeded={upsert.isSuccess}
            savedSummary={upsert.isSuccess && !formState.isDirty ? (upsert.data.summary ?? upsert.variables.summary) : undefined}
          />
        </Stack>
        </fieldset>
      </form>
    </Paper>
  );
}

const FIELDSET = { border: 0, padding: 0, margin: 0, minWidth: 0 };
