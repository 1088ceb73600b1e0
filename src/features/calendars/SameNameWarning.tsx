// A calendar name another calendar has already (case and spaces aside: core/calendarName.ts).
// Flashduty allows it, but the rules read only the calendar they were set to, so Create (and Save
// of a renamed calendar) stops once to say so: open the existing calendar, or go on anyway.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { usePersonalCalendars } from '../../api/calendars';
import { isCalendarOf } from '../../api/calendarWrites';
import { lostCreatesOf } from '../../api/lostCreate';
import type { CalendarItem } from '../../core/apiContract';
import { calendarNamed, sameCalendarName } from '../../core/calendarName';
import { useTexts } from '../../i18n/I18nProvider';
import { CALENDAR_TEXTS } from './calendarText';

/**
 * The same-name check of the settings form. `calendar` is the one set up (none for a new one) and
 * `openedName` its name as opened: keeping a name it already shares with another is no news. A
 * calendar that a create of this page stored after its answer was lost is no other: Create takes it.
 */
export function useSameNameCheck(calendar: CalendarItem | undefined, openedName: string, name: string) {
  const calendars = usePersonalCalendars();
  const lost = lostCreatesOf(useApiClient()).calendars;
  const [warned, setWarned] = useState(false);
  // As createCalendar looks for them: a lost create of the name typed, and its calendar.
  const takenBy = (value: string) => (c: CalendarItem) => lost.some((one) => one.request.cal_name.trim() === value.trim() && isCalendarOf(one)(c));
  const others = (value: string) => (calendars.data ?? []).filter((c) => !takenBy(value)(c));
  const otherNamed = (value: string) => (calendar && sameCalendarName(value, openedName) ? undefined : calendarNamed(others(value), value, calendar?.cal_id));
  return {
    /** The calendar the warning names, once shown, while the name typed is still its name. */
    other: warned ? otherNamed(name) : undefined,
    /** Whether a save of `value` may go: not while another calendar has that name, unless `anyway`. */
    mayGo(value: string, anyway: boolean): boolean {
      if (anyway || !otherNamed(value)) return true;
      setWarned(true);
      return false;
    },
  };
}

interface SameNameWarningProps {
  other: CalendarItem;
  creating: boolean;
  /** Shows the calendar of that name (its ID) instead. */
  onOpen: (calId: string) => void;
  onAnyway: () => void;
}

export function SameNameWarning({ other, creating, onOpen, onAnyway }: SameNameWarningProps) {
  const text = useTexts(CALENDAR_TEXTS);
  return (
    <Alert color="orange" role="alert" title={text('sameNameTitle', { name: other.cal_name })} data-testid="same-name" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      <Text size="sm">{text('sameNameBody')}</Text>
      <Group gap="xs" mt="sm" wrap="wrap">
        <Button variant="default" onClick={() => onOpen(other.cal_id)}>
          {text('sameNameOpen')}
        </Button>
        <Button variant="default" onClick={onAnyway}>
          {creating ? text('createAnyway') : text('saveAnyway')}
        </Button>
      </Group>
    </Alert>
  );
}
