// Ticking rows in bulk: all, none, by kind, or only the public holidays of a country (a foreign
// feed's observances, such as Groundhog Day or Tax Day, are no days off). The holiday data loads
// when the country list is first reached for.
import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { someDay } from '../../core/dates';
import { useLocale } from '../../i18n/I18nProvider';
import type { ImportText } from './importText';
import { isImportable, type PreviewRow } from './preview';
import type { ImportRow } from './rows';
import { usePublicHolidaysModule } from './useSourceRows';

interface TickBarProps {
  rows: readonly PreviewRow[];
  text: ImportText;
  isTicked: (row: PreviewRow, index: number) => boolean;
  onTicks: (ticks: Record<number, boolean>) => void;
}

export function TickBar({ rows, text, isTicked, onTicks }: TickBarProps) {
  const locale = useLocale();
  const [wanted, setWanted] = useState(false);
  const [country, setCountry] = useState('');
  const [unticked, setUnticked] = useState<{ count: number; country: string }>();
  const holidays = usePublicHolidaysModule(wanted);
  const options = useMemo(() => (holidays.data ? holidays.data.countries(locale) : []), [holidays.data, locale]);

  const tickWhere = (keep: (row: ImportRow, p: PreviewRow, i: number) => boolean) => {
    const ticks: Record<number, boolean> = {};
    rows.forEach((p, i) => {
      if (isImportable(p) && p.row.kind === 'row') ticks[i] = keep(p.row, p, i);
    });
    onTicks(ticks);
  };
  const onlyPublicOf = (code: string) => {
    setCountry(code);
    if (!code || !holidays.data) return;
    const isHoliday = holidays.data.publicHolidayDay(code);
    let count = 0;
    tickWhere((row, p, i) => {
      if (!isTicked(p, i)) return false;
      // A working day is no holiday to look up; a day off stays when one of its days is a public holiday.
      if (!row.isOff || someDay(row.start, row.last, isHoliday)) return true;
      count++;
      return false;
    });
    setUnticked({ count, country: options.find((o) => o.code === code)?.name ?? code });
  };

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="tick-bar">
      <Text size="sm" fw={600} mb={6}>
        {text('tickBy')}
      </Text>
      <Button size="xs" variant="default" onClick={() => tickWhere(() => true)}>
        {text('selectAll')}
      </Button>
      <Button size="xs" variant="default" onClick={() => tickWhere(() => false)}>
        {text('selectNone')}
      </Button>
      <Button size="xs" variant="default" onClick={() => tickWhere((row) => row.isOff)}>
        {text('tickOff')}
      </Button>
      <Button size="xs" variant="default" onClick={() => tickWhere((row) => !row.isOff)}>
        {text('tickWork')}
      </Button>
      <NativeSelect
        size="xs"
        label={text('tickPublic')}
        value={country}
        onPointerEnter={() => setWanted(true)}
        onFocus={() => setWanted(true)}
        onChange={(e) => onlyPublicOf(e.currentTarget.value)}
        data={[{ value: '', label: text('tickPublicNone') }, ...options.map((o) => ({ value: o.code, label: o.name }))]}
        maw={260}
      />
      {unticked && (
        <Text size="sm" role="status" w="100%">
          {text('tickPublicDone', { count: unticked.count, country: unticked.country })}
        </Text>
      )}
    </Group>
  );
}
