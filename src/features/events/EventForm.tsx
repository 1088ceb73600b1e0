import { zodResolver } from '@hookform/resolvers/zod';
import { Paper, Stack, Text } from '@mantine/core';
import { useNotify } from '../../ui/notify';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { failureOf, mayBeStored } from '../../api/errors';
import type { CalEventItem } from '../../core/apiContract';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS, VALIDATION_TEXTS } from '../../i18n/messages';
import { CalendarField } from './CalendarField';
import { usePersonalCalendars } from '../../api/calendars';
import { EventDateFields } from './EventDateFields';
import { FIELDS, inputId } from './eventFormFields';
import { EventTextFields } from './EventTextFields';
import { usePendingFocus } from './usePendingFocus';
import { usePastHydration } from '../../ui/usePastHydration';
import { DayOffField, EventFormHeader, SaveBar } from './EventFormParts';
import { initialValues, previousEvent } from './eventFormValues';
import { compareDates, isIsoDate } from '../../core/dates';
import { ErrorSummary, type FieldProblem } from '../../ui/forms/ErrorSummary';
import { describeFailure } from '../../ui/forms/failureSummary';
import {
  emptyEventForm,
  eventFormSchema,
  toUpsertRequest,
  type EventFormField,
  type EventFormInput,
  type EventFormValues,
} from '../../core/eventSchema';
import { DESCRIPTION_MAX, SUMMARY_MAX, codePointLength } from '../../core/limits';
import { formFieldOfFailure } from '../../ui/forms/serverFieldErrors';
import { cachedUpdatedAt, useUpsertEvent } from '../../api/events';
import { CreateNotFoundYet } from '../../api/lostCreate';
import { useQueryClient } from '@tanstack/react-query';
import { merged, type FieldConflict } from '../../core/fieldConflicts';
import { fieldsOf, sameEventFields, type EventFieldName } from './conflict';
import { UndoChange } from './UndoToast';
import { EventConflictReview } from './ConflictReview';
import { ConflictGone } from './ConflictGone';
import { pickFields, useSaveCheck } from './useSaveCheck';
import { draftKey, useKeptDraft } from './formDraft';
import { DEFAULT_TIME_ZONE } from '../../core/timeZone';

export interface SavedEvent {
  cal_id: string;
  event_id?: string;
  summary: string;
}

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
  /** The form's dates, whenever they are a range (the first and the last day). */
  onDatesChange?: (first: string, last: string) => void;
  /** Shown above Save: what saving these values would do. */
  /** What saving does; `saved`: what is on screen is saved (no edit since), so saving changes nothing. */
  renderImpact?: (values: EventFormInput, eventId: string | undefined, saved: boolean) => ReactNode;
  /** Buttons of the page around the form (the workspace's Delete and Close), in the form's header. */
  actions?: ReactNode;
}

export interface EventPrefill {
  start_date: string;
  last_date: string;
  is_off: boolean;
}

/** The event form: validates with the shared schema, saves through the upsert mutation. */
export function EventForm({ fixedCalId, event, prefill, onSaved, onUndone, onEditingChange, onDirtyChange, onDatesChange, renderImpact, actions }: EventFormProps) {
  const live = usePastHydration();
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const tv = useTexts(VALIDATION_TEXTS);
  const { control, register, handleSubmit, formState, setError, setFocus, reset, resetField, getValues, setValue, trigger } = useForm<
    EventFormInput,
    unknown,
    EventFormValues
  >({
    resolver: zodResolver(eventFormSchema),
    defaultValues: initialValues(fixedCalId, event, prefill),
    // Errors first appear on Save (a message appearing on blur would move the Save button away
    // from under the pointer), then follow every change.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false, // the error summary takes focus and links to each field
  });
  const values = useWatch({ control }) as EventFormInput;
  const upsert = useUpsertEvent();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const calendars = usePersonalCalendars();
  const [eventId, setEventId] = useState(event?.event_id);
  const check = useSaveCheck(event);
  const [summaryShown, setSummaryShown] = useState(false);

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

  const dirty = formState.isDirty;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  // A reload of the page's code keeps what is typed here, and gives it back once (formDraft.ts).
  const restored = useKeptDraft(
    draftKey(fixedCalId ?? event?.cal_id ?? '', event?.event_id, prefill?.start_date ?? ''),
    () => (dirty ? { key: draftKey(getValues('cal_id'), eventId, getValues('start_date')), values: { ...getValues() } } : undefined),
    (kept) => {
      for (const { field } of FIELDS) {
        const value = kept[field];
        if (typeof value === typeof getValues(field) && field !== 'cal_id') setValue(field, value as never, { shouldDirty: true });
      }
    },
  );

  // Focus moves once its target is on screen (usePendingFocus.ts).
  const { focusLater, saveRef, summaryRef } = usePendingFocus(setFocus);

  const paramsFor = (field: EventFormField): Record<string, string | number> => {
    if (field === 'summary') return { max: SUMMARY_MAX, count: codePointLength(values.summary.trim()) };
    if (field === 'description') return { max: DESCRIPTION_MAX, count: codePointLength(values.description) };
    if (field === 'start_date' || field === 'last_date') return { value: values[field] };
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

  const showSummary = () => {
    setSummaryShown(true);
    focusLater('error-summary');
  };

  const save = async (valid: EventFormValues) => {
    if (upsert.isPending || check.checking) return; // a second click or Enter while saving sends nothing
    setSummaryShown(false);
    if (await check.mayGo(eventId, valid)) send(valid, eventId);
  };

  /** Saves the fields chosen from both versions; theirs is the version the save now starts from. */
  const saveChoices = (choices: readonly FieldConflict<EventFieldName>[]) => {
    if (check.review?.kind !== 'conflict') return;
    const { mine, theirs } = check.review;
    const values = { ...getValues(), ...merged(mine, theirs, choices) };
    for (const { field } of choices) setValue(field, values[field], { shouldDirty: true });
    check.settle(getValues('cal_id'), theirs);
    void handleSubmit((valid) => send(valid, eventId, theirs), showSummary)();
  };

  const takeTheirs = () => {
    if (check.review?.kind !== 'conflict') return;
    const { theirs } = check.review;
    reset({ ...getValues(), ...theirs });
    check.settle(getValues('cal_id'), theirs);
  };

  /** `before`: the version the save changes (for the toast's Undo). */
  const send = (valid: EventFormValues, eventId: string | undefined, before = check.base) => {
    const sentAt = Date.now();
    upsert.mutate(toUpsertRequest(valid, eventId), {
      onSuccess: (data) => {
        const savedId = data.event_id ?? eventId;
        const summary = data.summary ?? valid.summary;
        const calendar = calendars.data?.find((c) => c.cal_id === valid.cal_id)?.cal_name ?? valid.cal_id;
        setEventId(savedId);
        onEditingChange?.(savedId);
        check.settle(valid.cal_id, valid);
        reset(getValues()); // what is on screen is now what is saved
        // Save was pressed: while it was busy the focus fell to the page; it comes back to Save.
        if (!document.activeElement || document.activeElement === document.body) focusLater('save');
        const message = t(data.answerLost ? 'savedAnswerLost' : 'savedBody', { summary, calendar });
        const previous = eventId && before && onUndone && !sameEventFields(before, pickFields(valid)) ? previousEvent(valid.cal_id, eventId, before, event) : undefined;
        // With an Undo to reach, the toast stays longer.
        if (previous && onUndone) {
          // What this save wrote, as the lists refreshed after it show it: Undo writes only over that.
          const fields = pickFields(valid);
          const saved = { ...fields, updated_at: cachedUpdatedAt(queryClient, valid.cal_id, previous.event_id, sentAt, (e) => sameEventFields(fieldsOf(e), fields)) };
          const body = <UndoChange message={message} previous={previous} saved={saved} onUndone={onUndone} onOpen={onUndone} />;
          notify({ title: t('savedTitle'), message: body, color: 'teal', closeLabel: t('dismiss'), autoClose: 15_000 });
        }
        else notify({ title: t('savedTitle'), message, color: 'teal', closeLabel: t('dismiss') });
        onSaved?.({ cal_id: data.cal_id, event_id: savedId, summary });
      },
      onError: (error) => {
        const f = failureOf(error);
        const field = formFieldOfFailure(f);
        if (field && f.kind === 'server') setError(field, { type: 'server', message: f.message });
        showSummary();
      },
    });
  };

  const startNew = () => {
    reset(emptyEventForm(fixedCalId ?? getValues('cal_id')));
    setEventId(undefined);
    onEditingChange?.(undefined);
    check.forget();
    setSummaryShown(false);
    upsert.reset();
    upsert.forgetLost(); // a new event: a lost create of the last one is not looked for again
    focusLater('summary');
  };

  const failure = upsert.isError ? failureOf(upsert.error) : undefined;
  // No answer, or a 5xx: the event may be stored (a create was looked for and is not there yet).
  const lost = failure !== undefined && mayBeStored(failure);
  const notFoundYet = upsert.error instanceof CreateNotFoundYet ? upsert.error : undefined;
  const lostNote = notFoundYet ? t(notFoundYet.checked ? 'lostCreateNote' : 'lostCreateUncheckedNote') : t('lostUpdateNote');
  const summaryVisible = summaryShown && (failure !== undefined || problems.length > 0);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="event-form-title">
      <EventFormHeader eventId={eventId} event={event} onNew={startNew} actions={actions} />
      {restored && (
        <Text size="sm" role="status" c="teal.9" mb="sm" data-testid="draft-restored">
          {t('draftRestored')}
        </Text>
      )}

      {summaryVisible && (
        <ErrorSummary
          ref={summaryRef}
          failure={failure && describeFailure(failure, locale, { note: lost ? lostNote : undefined, fieldShowsIt: !!formFieldOfFailure(failure) })}
          title={lost ? t('errorSummaryMaybeTitle') : undefined}
          problems={problems}
          onFocusField={(field) => setFocus(field as EventFormField)}
        />
      )}

      <form noValidate onSubmit={(event) => handleSubmit(save, showSummary)(event)}>
        {/* The prerendered form view is read-only until React has hydrated it: what is typed
            before would be lost (React renders the fields again over it), and a keyboard user's
            focus with it. It paints at once; it takes input a moment later. */}
        <fieldset disabled={!live} style={FIELDSET}>
        <Stack gap="md" mt={summaryVisible ? 'md' : 0}>
          <Controller
            control={control}
            name="cal_id"
            render={({ field }) => (
              <CalendarField
                id={inputId('cal_id')}
                fixedCalId={fixedCalId}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={errorOf('cal_id')}
              />
            )}
          />
          <EventTextFields register={register} errorOf={errorOf} summary={values.summary} description={values.description} />
          <DayOffField control={control} id={inputId('is_off')} />
          <EventDateFields control={control} trigger={trigger} submitted={formState.isSubmitted} errorOf={errorOf} ids={{ start_date: inputId('start_date'), last_date: inputId('last_date') }} first={values.start_date} last={values.last_date} setLast={(value) => setValue('last_date', value, { shouldDirty: true, shouldValidate: formState.isSubmitted })} />
          {renderImpact?.(values, eventId, upsert.isSuccess && !dirty)}
          {check.review?.kind === 'conflict' && (
            <EventConflictReview
              {...check.review}
              timeZone={calendars.data?.find((cal) => cal.cal_id === values.cal_id)?.timezone ?? DEFAULT_TIME_ZONE}
              onSave={saveChoices}
              onTakeTheirs={takeTheirs}
            />
          )}
          {check.review?.kind === 'gone' && (
            <ConflictGone
              onSaveAsNew={() => {
                check.forget();
                setEventId(undefined);
                onEditingChange?.(undefined);
                void handleSubmit((valid) => send(valid, undefined), showSummary)();
              }}
            />
          )}
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
