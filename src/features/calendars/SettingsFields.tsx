// Two fields of the settings form: the working days (seven checkboxes, Monday first, and the usual
// weeks as presets) and the linked public-holiday calendars.
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { Button, Checkbox, Group, MultiSelect } from '@mantine/core';
import { useState, type Ref } from 'react';
import type { CalendarItem } from '../../core/apiContract';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { weekdayNames } from '../../core/formatDates';
import { CALENDAR_TEXTS } from './calendarText';

const WEEKDAY_GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(6.5rem, 1fr))', gap: 'var(--mantine-spacing-sm) var(--mantine-spacing-md)', marginTop: 6 } as const;
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];
const PRESETS = { presetMonFri: [1, 2, 3, 4, 5], presetSunThu: [0, 1, 2, 3, 4] } as const;

interface WorkdaysFieldProps {
  id: string;
  value: number[];
  onChange: (days: number[]) => void;
  error?: string;
  /** The first checkbox, for the form to focus. */
  firstRef?: Ref<HTMLInputElement>;
}

export function WorkdaysField({ id, value, onChange, error, firstRef }: WorkdaysFieldProps) {
  const locale = useLocale();
  const text = useTexts(CALENDAR_TEXTS);
  const days = weekdayNames(locale, 'long');
  return (
    <Checkbox.Group id={id} label={text('workingDays')} description={text('workingDaysHint')} value={value.map(String)} onChange={(checked) => onChange(checked.map(Number))} error={error}>
      {/* Even columns: the days wrap as a block, not 星期日 alone on a line. */}
      <div style={WEEKDAY_GRID}>
        {MONDAY_FIRST.map((day, i) => (
          <Checkbox key={day} value={String(day)} label={days[day]} ref={i === 0 ? firstRef : undefined} />
        ))}
      </div>
      <Group gap="xs" mt="xs">
        {(Object.keys(PRESETS) as (keyof typeof PRESETS)[]).map((preset) => (
          <Button key={preset} size="compact-sm" variant="default" onClick={() => onChange([...PRESETS[preset]])}>
            {text(preset)}
          </Button>
        ))}
      </Group>
    </Checkbox.Group>
  );
}

interface PublicHolidaysFieldProps {
  id: string;
  value: string[];
  onChange: (ids: string[]) => void;
  onBlur: () => void;
  /** The linkable calendars; undefined while they load. */
  calendars: CalendarItem[] | undefined;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function PublicHolidaysField({ id, value, onChange, onBlur, calendars, error, inputRef }: PublicHolidaysFieldProps) {
  const text = useTexts(CALENDAR_TEXTS);
  // The list closes once one is chosen: open, it covered the dialog's buttons.
  const [open, setOpen] = useState(false);
  return (
    <MultiSelect
      id={id}
      ref={inputRef}
      label={text('publicHolidays')}
      description={text('publicHolidaysHint')}
      placeholder={calendars ? undefined : text('publicHolidaysLoading')}
      searchable
      hidePickedOptions
      nothingFoundMessage={text('publicHolidaysNone')}
      data={(calendars ?? []).map((cal) => ({ value: cal.cal_id, label: cal.cal_name }))}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      dropdownOpened={open}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      onOptionSubmit={() => setOpen(false)}
      error={error}
    />
  );
}
