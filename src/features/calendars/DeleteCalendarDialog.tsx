// "Delete calendar": names the calendar and what it holds, and needs its name typed. Loaded when
// first opened.
import '../../ui/dialogStyles';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { failureOf } from '../../api/errors';
import type { CalendarItem } from '../../core/apiContract';
import { FailureAlert } from '../../ui/FailureAlert';
import { useNotify } from '../../ui/notify';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { DeleteUnconfirmed, yearEventsQueryOptions } from '../../api/events';
import { CALENDAR_TEXTS } from './calendarText';
import { useDeleteCalendar } from '../../api/calendars';
import { isOwnEvent } from '../../core/effectiveDays';
import { FIRST_YEAR } from '../../core/months';
import { withoutInvisible } from '../../core/eventSchema';

export interface DeleteCalendarDialogProps {
  calendar: CalendarItem;
  /** This year: own events are counted from 2023 (the API's first year) to two years after it. */
  thisYear: number;
  onClose: () => void;
  onDeleted: (calendar: CalendarItem) => void;
}


export default function DeleteCalendarDialog({ calendar, thisYear, onClose, onDeleted }: DeleteCalendarDialogProps) {
  const t = useTexts(PAGE_TEXTS);
  const text = useTexts(CALENDAR_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const notify = useNotify();
  const client = useApiClient();
  const remove = useDeleteCalendar();
  const [typed, setTyped] = useState('');

  const lastYear = thisYear + 2;
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const lists = useQueries({ queries: years.map((year) => yearEventsQueryOptions(client, calendar.cal_id, year)) });
  const counted = lists.every((q) => q.data);
  // An event across a year's end is in two years' lists: counted once.
  const ownIds = new Set(lists.flatMap((q) => q.data?.items.filter((e) => isOwnEvent(calendar.cal_id, e)).map((e) => e.event_id) ?? []));
  const count = ownIds.size;
  const countText =
    count === 0 ? text('deleteEventsNone', { from: FIRST_YEAR, to: lastYear })
    : text('deleteEvents', { count, from: FIRST_YEAR, to: lastYear });

  // The name as it shows: a character that draws nothing (a zero-width space pasted with it) cannot be typed.
  const confirmed = withoutInvisible(typed.trim()) === withoutInvisible(calendar.cal_name.trim());
  const close = () => !remove.isPending && onClose();
  const confirm = () => {
    if (!confirmed || remove.isPending) return;
    remove.mutate(
      { cal_id: calendar.cal_id },
      {
        onSuccess: (outcome) => {
          const body = outcome === 'answerLost' ? 'deletedAnswerLost' : outcome === 'alreadyGone' ? 'deletedAlready' : 'deletedBody';
          notify({ color: 'teal', title: text('deletedTitle'), message: text(body, { name: calendar.cal_name }), closeLabel: t('dismiss') });
          onDeleted(calendar);
        },
      },
    );
  };

  const failure = remove.isError ? failureOf(remove.error) : undefined;
  const inUse = failure?.kind === 'server' && failure.code === 'ReferenceExist';
  // A lost answer, read past: the calendar is still there, or the read failed too.
  const unconfirmed = remove.error instanceof DeleteUnconfirmed ? remove.error : undefined;
  const ownWords =
    inUse ? text('deleteInUse', { name: calendar.cal_name })
    : unconfirmed ? text(unconfirmed.stillThere ? 'deleteStillThere' : 'deleteUnchecked', { name: calendar.cal_name })
    : undefined;

  return (
    <Modal opened onClose={close} title={text('deleteTitle', { name: calendar.cal_name })} closeButtonProps={{ 'aria-label': common('close') }} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{text('deleteBody', { name: calendar.cal_name })}</Text>
          <Text size="sm" fw={600} aria-live="polite" data-testid="calendar-event-count">
            {counted ? countText : text('deleteEventsLoading')}
          </Text>
          <TextInput
            label={text('deleteConfirmLabel')}
            description={text('deleteConfirmHint', { name: calendar.cal_name })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {failure && (
            // Our own words for the cases we know; otherwise (no children) the error's general text.
            <FailureAlert
              title={text(unconfirmed && !unconfirmed.stillThere ? 'deleteMaybeTitle' : 'deleteFailed')}
              failure={failure}
              children={ownWords === undefined ? undefined : <Text size="sm">{ownWords}</Text>}
            />
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              {common('cancel')}
            </Button>
            <Button type="submit" color="red.9" disabled={!confirmed} loading={remove.isPending}>
              {text('deleteCalendar')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
