// "New calendar" and "Calendar settings": one form for both. Loaded when first opened.
import '../../ui/dialogStyles';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { failureOf, mayBeStored } from '../../api/errors';
import { CreateNotFoundYet } from '../../api/lostCreate';
import { CreatedNotChanged } from '../../api/calendarWrites';
import { formatList } from '../../core/text';
import type { CalendarItem } from '../../core/apiContract';
import { useNotify } from '../../ui/notify';
import { DiscardChangesDialog, useGuardedClose } from '../../ui/DiscardChanges';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { ErrorSummary, type FieldProblem } from '../../ui/forms/ErrorSummary';
import { Counter } from '../../ui/forms/Counter';
import { describeFailure } from '../../ui/forms/failureSummary';
import { codePointLength } from '../../core/limits';
import { wireFieldOfFailure } from '../../ui/forms/serverFieldErrors';
import {
  CALENDAR_DESCRIPTION_MAX,
  CALENDAR_NAME_MAX,
  calendarSettingsSchema,
  newCalendarSettings,
  SETTINGS_FIELDS,
  settingsOf,
  toCreateRequest,
  toUpdateRequest,
  type CalendarSettings,
  type CalendarSettingsField,
} from '../../core/calendarSettingsSchema';
import { DEFAULT_TIME_ZONE } from '../../core/timeZone';
import { SETTINGS_MESSAGES, CALENDAR_TEXTS } from './calendarText';
import { useCreateCalendar, usePublicHolidayCalendars, useUpdateCalendar } from '../../api/calendars';
import { SettingsImpactSummary } from './SettingsImpactSummary';
import { TimeZoneField } from './TimeZoneField';
import { readSettingsNow, settingsConflicts, SettingsConflictReview } from './SettingsConflict';
import { merged, type FieldConflict } from '../../core/fieldConflicts';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';
import { useConflictCheck } from '../../ui/forms/useConflictCheck';
import { useApiClient } from '../../api/ApiClientProvider';
import { WhoWhen } from '../../ui/WhoWhen';
import { PublicHolidaysField, WorkdaysField } from './SettingsFields';
import { SameNameWarning, useSameNameCheck } from './SameNameWarning';

export interface CalendarSettingsDialogProps {
  /** The calendar to set up; none for "New calendar". */
  calendar?: CalendarItem;
  /** The year whose days "what saving does" counts. */
  year: number;
  onClose: () => void;
  onCreated?: (calId: string) => void;
  /** Shows another calendar: the one of the same name, from the warning. */
  onOpenCalendar?: (calId: string) => void;
}

const inputId = (field: CalendarSettingsField) => `calendar-${field.replace('_', '-')}`;

export default function CalendarSettingsDialog({ calendar, year, onClose, onCreated, onOpenCalendar }: CalendarSettingsDialogProps) {
  const locale = useLocale();
  const settingsMessage = useTexts(SETTINGS_MESSAGES);
  const t = useTexts(PAGE_TEXTS);
  const text = useTexts(CALENDAR_TEXTS);
  const phone = useMediaQuery('(max-width: 40em)');
  const notify = useNotify();
  const client = useApiClient();
  // Someone may change the calendar while the dialog is open: its settings as opened (or as taken
  // from the other version) are what a save is compared with and what it changes.
  const check = useConflictCheck(calendar && settingsOf(calendar), settingsConflicts);
  const [fresh] = useState(newCalendarSettings);
  const initial = check.base ?? fresh;
  const c = useTexts(CONFLICT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const { control, register, handleSubmit, formState, setError, setFocus, setValue, reset } = useForm<CalendarSettings>({
    resolver: zodResolver(calendarSettingsSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const values = useWatch({ control }) as CalendarSettings;
  const create = useCreateCalendar();
  const update = useUpdateCalendar();
  const mutation = calendar ? update : create;
  const sameName = useSameNameCheck(calendar, initial.cal_name, values.cal_name);
  const publicCalendars = usePublicHolidayCalendars();
  const [unchanged, setUnchanged] = useState(false);
  const [summaryShown, setSummaryShown] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (summaryShown) summaryRef.current?.focus();
  }, [summaryShown, formState.submitCount]);

  const errorOf = (field: CalendarSettingsField) => {
    const message = formState.errors[field]?.message;
    if (!message) return undefined;
    const count = field === 'cal_name' ? codePointLength(values.cal_name.trim()) : codePointLength(values.description);
    const max = field === 'cal_name' ? CALENDAR_NAME_MAX : CALENDAR_DESCRIPTION_MAX;
    // A key of ours, or a server's own words (shown as they are).
    return settingsMessage.lookup(message, { max, count }) ?? message;
  };
  const labels: Record<CalendarSettingsField, string> = {
    cal_name: text('name'),
    description: text('description'),
    timezone: text('timeZone'),
    workdays: text('workingDays'),
    extra_cal_ids: text('publicHolidays'),
  };
  const fieldList = (fields: readonly CalendarSettingsField[]) => formatList(locale, fields.map((field) => labels[field]), 'unit');
  const problems: FieldProblem[] = SETTINGS_FIELDS.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ field, inputId: inputId(field), label: labels[field], message }] : [];
  });

  const onError = (error: unknown) => {
    const f = failureOf(error);
    const field = wireFieldOfFailure(f, SETTINGS_FIELDS);
    if (field && f.kind === 'server') setError(field, { type: 'server', message: f.message });
    setSummaryShown(true);
  };

  /** `anyway`: the name another calendar has is kept after the warning. */
  const save = async (valid: CalendarSettings, anyway: boolean) => {
    if (mutation.isPending || check.checking || !sameName.mayGo(valid.cal_name, anyway)) return;
    setSummaryShown(false);
    setUnchanged(false);
    if (!calendar) {
      create.mutate(toCreateRequest(valid), {
        onSuccess: (data) => {
          const body = data.changed ? 'createdAnswerLostChanged' : data.answerLost ? 'createdAnswerLost' : 'createdBody';
          notify({ color: 'teal', title: text('createdTitle'), message: text(body, { name: valid.cal_name, fields: fieldList(data.changed ?? []) }), closeLabel: t('dismiss') });
          onCreated?.(data.cal_id);
          onClose();
        },
        onError,
      });
      return;
    }
    if (await check.mayGo(valid, readSettingsNow(client, calendar.cal_id))) sendUpdate(calendar.cal_id, initial, valid);
  };

  /** Sends what differs from `before`, the calendar as last read. */
  const sendUpdate = (calId: string, before: CalendarSettings, valid: CalendarSettings) => {
    const request = toUpdateRequest(calId, before, valid);
    if (!request) return setUnchanged(true);
    update.mutate(request, {
      onSuccess: (data) => {
        reset(valid);
        notify({ color: 'teal', title: text('savedTitle'), message: text(data.answerLost ? 'savedAnswerLost' : 'savedBody', { name: valid.cal_name }), closeLabel: t('dismiss') });
        onClose();
      },
      onError,
    });
  };

  /** Saves the fields chosen from both versions, as a change of theirs. */
  const saveChoices = (choices: readonly FieldConflict<CalendarSettingsField>[]) => {
    if (check.review?.kind !== 'conflict' || !calendar) return;
    const { mine, theirs } = check.review;
    const values = merged(mine, theirs, choices);
    for (const { field } of choices) setValue(field, values[field], { shouldDirty: true });
    check.settle(theirs);
    void handleSubmit((valid) => sendUpdate(calendar.cal_id, theirs, valid), () => setSummaryShown(true))();
  };

  const submit = (anyway: boolean) => handleSubmit((valid) => save(valid, anyway), () => setSummaryShown(true));
  /** Drops my edits: the form shows their version, which the next save starts from. */
  const takeTheirs = () => {
    if (check.review?.kind !== 'conflict') return;
    reset(check.review.theirs);
    check.settle(check.review.theirs);
  };

  const failure = mutation.isError ? failureOf(mutation.error) : undefined;
  // A create whose answer was lost, looked for and not found yet: it may still appear.
  const notFoundYet = !calendar && create.error instanceof CreateNotFoundYet && failure && mayBeStored(failure) ? create.error : undefined;
  // A lost create found, but the settings changed since not saved to it: Create again saves them.
  const notChanged = !calendar && create.error instanceof CreatedNotChanged ? create.error : undefined;
  const lostNote = notChanged ? text('createdNotChangedNote', { name: values.cal_name.trim(), fields: fieldList(notChanged.changed) }) : notFoundYet && text(notFoundYet.checked ? 'createLostNote' : 'createLostUncheckedNote');
  const lostTodo = notChanged ? text('createdNotChangedTodo') : notFoundYet && text(notFoundYet.failure.kind === 'network' ? 'createLostNetworkTodo' : 'createLostTodo');
  // Escape, ✕ and Cancel ask before typed settings are dropped, as the event form does.
  const guard = useGuardedClose(formState.isDirty, onClose);
  const close = () => !mutation.isPending && guard.requestClose();
  // "Open the existing calendar" drops the name typed, as asked; other settings typed are asked about first.
  const otherEdits = toUpdateRequest('', initial, { ...values, cal_name: initial.cal_name }) !== undefined;
  const open = (calId: string) => {
    if (otherEdits) return guard.requestCloseThen(() => onOpenCalendar?.(calId));
    onOpenCalendar?.(calId);
    onClose();
  };

  return (
    <Modal
      opened
      onClose={close}
      // While the question is open, Escape is its "Keep editing" (both dialogs hear the key).
      closeOnEscape={!guard.question.opened}
      size="lg"
      fullScreen={phone}
      title={calendar ? text('formTitleEdit', { name: calendar.cal_name }) : text('formTitleNew')}
      closeButtonProps={{ 'aria-label': common('close') }}
    >
      {calendar && <WhoWhen created={calendar.created_at} updated={calendar.updated_at} timeZone={calendar.timezone} />}
      {summaryShown && (failure || problems.length > 0) && (
        <ErrorSummary
          ref={summaryRef}
          title={calendar ? text('failedTitle') : text(notChanged ? 'createdNotChangedTitle' : notFoundYet ? 'createMaybeTitle' : 'createFailedTitle')}
          failure={failure && describeFailure(failure, locale, { note: lostNote, todo: lostTodo, fieldShowsIt: !!wireFieldOfFailure(failure, SETTINGS_FIELDS) })}
          problems={problems}
          onFocusField={(field) => setFocus(field as CalendarSettingsField)}
        />
      )}
      <form noValidate onSubmit={(event) => submit(false)(event)}>
        <Stack gap="md" mt="sm">
          <TextInput
            id={inputId('cal_name')}
            label={text('name')}
            placeholder={text('nameHint')}
            required
            data-autofocus
            description={<Counter count={codePointLength(values.cal_name.trim())} max={CALENDAR_NAME_MAX} />}
            error={errorOf('cal_name')}
            {...register('cal_name')}
          />
          <Textarea
            id={inputId('description')}
            label={text('description')}
            placeholder={text('descriptionHint')}
            autosize
            minRows={2}
            description={<Counter count={codePointLength(values.description)} max={CALENDAR_DESCRIPTION_MAX} />}
            error={errorOf('description')}
            {...register('description')}
          />
          <Controller
            control={control}
            name="timezone"
            render={({ field }) => (
              <TimeZoneField id={inputId('timezone')} inputRef={field.ref} initial={initial.timezone} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errorOf('timezone')} />
            )}
          />
          <Controller
            control={control}
            name="workdays"
            render={({ field }) => <WorkdaysField id={inputId('workdays')} value={field.value} onChange={field.onChange} error={errorOf('workdays')} firstRef={field.ref} />}
          />
          <Controller
            control={control}
            name="extra_cal_ids"
            render={({ field }) => (
              <PublicHolidaysField
                id={inputId('extra_cal_ids')}
                inputRef={field.ref}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                calendars={publicCalendars.isPending ? undefined : (publicCalendars.data ?? [])}
                error={errorOf('extra_cal_ids')}
              />
            )}
          />
          {calendar && (
            <SettingsImpactSummary
              calId={calendar.cal_id}
              year={year}
              before={initial}
              after={values}
            />
          )}
          {calendar && check.review?.kind === 'conflict' && (
            <SettingsConflictReview
              {...check.review}
              labels={labels}
              holidayNames={new Map((publicCalendars.data ?? []).map((p) => [p.cal_id, p.cal_name]))}
              timeZone={calendar.timezone || DEFAULT_TIME_ZONE}
              onSave={saveChoices}
              onTakeTheirs={takeTheirs}
            />
          )}
          {sameName.other && (
            <SameNameWarning
              other={sameName.other}
              creating={!calendar}
              onOpen={open}
              onAnyway={() => void submit(true)()}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Text role="status" aria-live="polite" size="sm" mr="auto">
              {check.checking ? c('checking') : mutation.isPending ? (calendar ? common('saving') : text('creating')) : unchanged ? text('nothingChanged') : ''}
            </Text>
            <Button variant="default" onClick={close} disabled={mutation.isPending}>
              {common('cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending || check.checking}>
              {calendar ? text('save') : text('create')}
            </Button>
          </Group>
        </Stack>
      </form>
      <DiscardChangesDialog {...guard.question} body={text('discardBody')} />
    </Modal>
  );
}
