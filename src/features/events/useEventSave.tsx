// The event form's save flow: the check for others' changes before a save (useSaveCheck.ts), the
// upsert, and what follows it: the "saved" toast (with Undo when the save changed an event), the
// error summary of a refused or lost save, the conflict review's choices, and "New event". A save
// goes on when the form is left (closed, another calendar or event opened): its toast then says how
// it went (LeftSaveToast.tsx: a failed one can open the form again, `reopened`), and it no longer
// changes the form or the page's URL.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { failureOf, mayBeStored, type ApiFailure } from '../../api/errors';
import { usePersonalCalendars } from '../../api/calendars';
import { cachedUpdatedAt, useUpsertEvent } from '../../api/events';
import { CreateNotFoundYet } from '../../api/lostCreate';
import type { CalEventItem } from '../../core/apiContract';
import { toInclusiveEnd } from '../../core/dates';
import { emptyEventForm, farLastDay, toUpsertRequest, type EventFormInput, type EventFormValues } from '../../core/eventSchema';
import { merged, type FieldConflict } from '../../core/fieldConflicts';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { formFieldOfFailure } from '../../ui/forms/serverFieldErrors';
import { useNotify } from '../../ui/notify';
import { fieldsOf, sameEventFields, type EventFieldName } from './conflict';
import { previousEvent, type ReopenedDraft } from './eventFormValues';
import { LeftSaveToast } from './LeftSaveToast';
import type { FocusTarget } from './usePendingFocus';
import { pickFields, useSaveCheck } from './useSaveCheck';
import { UndoChange } from './UndoToast';
import { focusDropped } from '../../ui/focusDropped';

export interface SavedEvent {
  cal_id: string;
  event_id?: string;
  summary: string;
}

interface EventSaveOptions {
  form: UseFormReturn<EventFormInput, unknown, EventFormValues>;
  /** Moves the focus once its target is on screen (usePendingFocus.ts). */
  focusLater: (target: FocusTarget) => void;
  fixedCalId?: string;
  event?: CalEventItem;
  onSaved?: (saved: SavedEvent) => void;
  onUndone?: (previous: CalEventItem) => void;
  onEditingChange?: (eventId: string | undefined) => void;
  /** Opened again after a save that failed once the form was left: its failure is shown until the next save. */
  reopened?: ReopenedDraft;
  /** Opens the form again from the toast of a save that failed after it was left (no button without it). */
  onReopen?: (draft: ReopenedDraft) => void;
}

export function useEventSave({ form, focusLater, fixedCalId, event, onSaved, onUndone, onEditingChange, reopened, onReopen }: EventSaveOptions) {
  const { handleSubmit, setError, reset, getValues, setValue } = form;
  const t = useTexts(PAGE_TEXTS);
  const upsert = useUpsertEvent();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const calendars = usePersonalCalendars();
  const [eventId, setEventId] = useState(reopened ? reopened.eventId : event?.event_id);
  const check = useSaveCheck(event);
  const [summaryShown, setSummaryShown] = useState(reopened !== undefined);
  // The error of the save the form was reopened after, shown as the upsert's own until the next save.
  const [reopenedError, setReopenedError] = useState(reopened?.error);

  // Whether the form is still on screen (not left while a save was on the way).
  const shown = useRef(false);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);

  const showSummary = () => {
    setSummaryShown(true);
    focusLater('error-summary');
  };
  /** A failed save's objection to a field (the server's words), on that field. */
  const markField = (f: ApiFailure) => {
    const field = formFieldOfFailure(f);
    if (field && f.kind === 'server') setError(field, { type: 'server', message: f.message });
  };
  // Opened again after a failed save: its failure, as the form shows its own (the summary is shown from the start).
  useEffect(() => {
    if (!reopened) return;
    markField(failureOf(reopened.error));
    focusLater('error-summary');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as the form opens
  }, []);

  // A last day in a year far from now (2206 typed for 2026) is asked about once per date (FarYearNotice.tsx).
  const [farYear, setFarYear] = useState<string>();
  const farAccepted = useRef(event && toInclusiveEnd(event.end_at));

  const save = async (valid: EventFormValues) => {
    if (upsert.isPending || check.checking) return; // a second click or Enter while saving sends nothing
    setSummaryShown(false);
    const far = farLastDay(valid.last_date, new Date().getFullYear());
    setFarYear(far !== farAccepted.current ? far : undefined);
    if (far && far !== farAccepted.current) return;
    if (await check.mayGo(eventId, valid)) send(valid, eventId);
  };

  /** The person keeps the far year: the save goes on (other checks included). */
  const saveFarAnyway = () => {
    farAccepted.current = farYear;
    setFarYear(undefined);
    void handleSubmit(save, showSummary)();
  };

  /** An event found on the days before a save (the same days, or the other kind saved since), and the person saves all the same. */
  const saveAnyway = () => {
    check.dismissFound();
    void handleSubmit((valid) => send(valid, eventId), showSummary)();
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

  /** The event was deleted by someone else meanwhile: what is on screen is saved as a new one. */
  const saveAsNew = () => {
    check.forget();
    setEventId(undefined);
    onEditingChange?.(undefined);
    void handleSubmit((valid) => send(valid, undefined), showSummary)();
  };

  /** `before`: the version the save changes (for the toast's Undo). */
  const send = (valid: EventFormValues, eventId: string | undefined, before = check.base) => {
    const sentAt = Date.now();
    setReopenedError(undefined);
    const calendar = calendars.data?.find((c) => c.cal_id === valid.cal_id)?.cal_name ?? valid.cal_id;
    // Its promise, not the mutation's callbacks: those are not called once the form is gone.
    upsert.mutateAsync(toUpsertRequest(valid, eventId)).then(
      (data) => {
        const savedId = data.event_id ?? eventId;
        const summary = data.summary ?? valid.summary;
        if (shown.current) {
          setEventId(savedId);
          onEditingChange?.(savedId);
          check.settle(valid.cal_id, valid);
          reset(getValues()); // what is on screen is now what is saved
          // Save was pressed: while it was busy the focus fell to the page; it comes back to Save.
          if (focusDropped()) focusLater('save');
        }
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
      (error: unknown) => {
        const f = failureOf(error);
        if (!shown.current) {
          const title = t(mayBeStored(f) ? 'errorSummaryMaybeTitle' : 'errorSummaryTitle');
          const reopen = onReopen && (() => onReopen({ values: valid, eventId, event, error }));
          const message = <LeftSaveToast summary={valid.summary} calendar={calendar} failure={f} onReopen={reopen} />;
          notify({ title, message, color: 'red', closeLabel: t('dismiss'), autoClose: false });
          return;
        }
        markField(f);
        showSummary();
      },
    );
  };

  const startNew = () => {
    reset(emptyEventForm(fixedCalId ?? getValues('cal_id')));
    setEventId(undefined);
    onEditingChange?.(undefined);
    check.forget();
    setSummaryShown(false);
    setReopenedError(undefined);
    upsert.reset();
    upsert.forgetLost(); // a new event: a lost create of the last one is not looked for again
    focusLater('summary');
  };

  const error = upsert.isError ? upsert.error : reopenedError;
  const failure = error !== undefined ? failureOf(error) : undefined;
  // No answer, or a 5xx: the event may be stored (a create was looked for and is not there yet).
  const lost = failure !== undefined && mayBeStored(failure);
  const notFoundYet = error instanceof CreateNotFoundYet ? error : undefined;
  const lostNote = notFoundYet ? t(notFoundYet.checked ? 'lostCreateNote' : 'lostCreateUncheckedNote') : t('lostUpdateNote');

  return { eventId, upsert, check, summaryShown, failure, lost, lostNote, save, showSummary, saveChoices, takeTheirs, saveAsNew, saveAnyway, farYear, saveFarAnyway, startNew };
}
