// The "Copy" source: another calendar's or another year's own events, moved to the shown year if
// wanted; it says when moved rows are unticked because their dates change every year.
import { Alert, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { CalendarItem } from '../../core/apiContract';
import type { ImportText } from './importText';
import { FIRST_YEAR } from '../../core/months';
import { calendarLabel } from '../../core/calendarName';

export interface CopyChoice {
  calId: string;
  year: number;
  move: boolean;
}

interface CopySourceProps {
  text: ImportText;
  calendars: CalendarItem[];
  /** The shown year (the copy moves to it). */
  year: number;
  choice: CopyChoice;
  onChoice: (choice: CopyChoice) => void;
  loading: boolean;
  failed: boolean;
  empty: boolean;
  /** The rows moved to the shown year on a date that does not repeat there, unticked. */
  yearly: number;
}

export function CopySource({ text, calendars, year, choice, onChoice, loading, failed, empty, yearly }: CopySourceProps) {
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={text('copyCalendar')}
          value={choice.calId}
          onChange={(e) => onChoice({ ...choice, calId: e.currentTarget.value })}
          data={calendars.map((c) => ({ value: c.cal_id, label: calendarLabel(c, calendars) }))}
        />
        <NativeSelect
          label={text('copyYear')}
          value={String(choice.year)}
          onChange={(e) => onChoice({ ...choice, year: Number(e.currentTarget.value) })}
          data={Array.from({ length: year + 2 - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i))}
        />
        <Checkbox label={text('copyMove', { year })} checked={choice.move} onChange={(e) => onChoice({ ...choice, move: e.currentTarget.checked })} mb={8} />
      </Group>
      {loading && <Text size="sm">{text('copyLoading')}</Text>}
      {failed && (
        <Alert color="red" role="alert">
          {text('copyFailed')}
        </Alert>
      )}
      {empty && <Text size="sm">{text('copyNone', { year: choice.year })}</Text>}
      {yearly > 0 && (
        <Alert color="orange" data-testid="copy-yearly" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
          {text('copyYearly', { count: yearly, year })}
        </Alert>
      )}
    </Stack>
  );
}
