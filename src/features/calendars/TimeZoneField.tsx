// The settings form's time zone: a searchable list of every zone with its offset.
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useEffect, useState, type Ref } from 'react';
import { useTexts } from '../../i18n/I18nProvider';
import { CALENDAR_TEXTS } from './calendarText';
import { timeZoneOptions } from './timeZones';
import { searchTimeZones } from './timeZoneSearch';

/** A city or a country in either language, or an offset in any common form (timeZoneSearch.ts). */
const filterTimeZones: OptionsFilter = ({ options, search }) => searchTimeZones(options as ComboboxItem[], search);

interface TimeZoneFieldProps {
  id: string;
  /** The zone the calendar has (or a new one starts with): listed at once. */
  initial: string;
  value: string;
  onChange: (zone: string) => void;
  onBlur: () => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function TimeZoneField({ id, initial, value, onChange, onBlur, error, inputRef }: TimeZoneFieldProps) {
  const text = useTexts(CALENDAR_TEXTS);
  // Every zone with its offset costs ~0.3 s to list: the calendar's own zone is shown at once (with
  // the same label it has in the full list, so a search typed meanwhile is kept), the list follows
  // once the dialog is painted.
  const [zones, setZones] = useState(() => timeZoneOptions(initial, new Date(), [initial]));
  useEffect(() => {
    const timer = setTimeout(() => setZones(timeZoneOptions(initial)), 50);
    return () => clearTimeout(timer);
  }, [initial]);
  return (
    <Select
      id={id}
      ref={inputRef}
      label={text('timeZone')}
      description={text('timeZoneHint')}
      required
      searchable
      data={zones}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      onBlur={onBlur}
      filter={filterTimeZones}
      nothingFoundMessage={text('timeZoneNone')}
      maxDropdownHeight={280}
      allowDeselect={false}
      error={error}
    />
  );
}
