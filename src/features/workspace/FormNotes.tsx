// Notes above the event form beside the month: why a day chosen is not an event to edit, and the
// calendar's own events that new days overlap (edit one, extend one, or add an overlapping event).
import { Alert, Button, Group, Text } from '@mantine/core';
import type { CalEventItem } from '../../core/apiContract';
import { toInclusiveEnd } from '../../core/dates';
import type { EffectiveDay } from '../../core/effectiveDays';
import { formatDayRange, formatLongDay } from '../../core/formatDates';
import { formatList } from '../../core/text';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import classes from './Workspace.module.css';
import { WORKSPACE_TEXTS } from './workspaceText';

/** The one day chosen is a weekly rest day or a public holiday: what it is, and where it comes from. */
export function ReadOnlyDayNote({ day, calendarName }: { day: EffectiveDay; calendarName: (id: string) => string }) {
  const locale = useLocale();
  const w = useTexts(WORKSPACE_TEXTS);
  const date = formatLongDay(day.date, locale);
  return (
    <Alert color="gray" mb="sm" role="note" data-testid="read-only-day">
      {day.reason.kind === 'public' ? w('explainPublic', { date, name: day.reason.event.summary, calendar: calendarName(day.reason.event.cal_id) }) : w('explainWeeklyRest', { date })}
    </Alert>
  );
}

interface OverlapChoiceProps {
  overlaps: readonly CalEventItem[];
  onEdit: (event: CalEventItem) => void;
  onExtend: (event: CalEventItem) => void;
}

/** New days over the calendar's own events: edit or extend one of them (the first three), or go on with a new one. */
export function OverlapChoice({ overlaps, onEdit, onExtend }: OverlapChoiceProps) {
  const locale = useLocale();
  const w = useTexts(WORKSPACE_TEXTS);
  return (
    <Alert color="yellow" mb="sm" role="note" data-testid="overlap-choice">
      <Text size="sm">{w('overlapChoice', { list: formatList(locale, overlaps.map((e) => w('eventWithDays', { summary: e.summary, days: formatDayRange(e.start_at, toInclusiveEnd(e.end_at), locale) }))) })}</Text>
      <Group gap="xs" mt="xs">
        {overlaps.slice(0, 3).map((e) => (
          <Group key={e.event_id} gap="xs">
            <Button size="compact-sm" variant="default" classNames={{ root: classes.wrapButton, label: classes.wrapLabel }} onClick={() => onEdit(e)}>
              {w('overlapEdit', { summary: e.summary })}
            </Button>
            <Button size="compact-sm" variant="default" classNames={{ root: classes.wrapButton, label: classes.wrapLabel }} onClick={() => onExtend(e)}>
              {w('overlapExtend', { summary: e.summary })}
            </Button>
          </Group>
        ))}
      </Group>
      <Text size="sm" mt="xs">
        {w('overlapAdd')}
      </Text>
    </Alert>
  );
}
