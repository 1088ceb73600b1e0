// Ticking rows in bulk: all, none, by kind (never a row the preview leaves unticked for a reason,
// unless ticked by hand: bulkTicks.ts), or only the public holidays of a country (a foreign feed's
// observances, such as Groundhog Day or Tax Day, are no days off). Each says what it left out in a
// line below, until a row is ticked by hand or another source is read. The holiday data loads when the country list is first reached for.
import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { someDay } from '../../core/dates';
import { useLocale } from '../../i18n/I18nProvider';
import { ticksOfAll, ticksOfKind, ticksWhere, type BulkTicks, type Ticks } from './bulkTicks';
import type { ImportText } from './importText';
import type { PreviewRow } from './preview';
import type { SourceRow } from './rows';
import { usePublicHolidaysModule } from './useSourceRows';

interface TickBarProps {
  rows: readonly PreviewRow[];
  text: ImportText;
  isTicked: (row: PreviewRow, index: number) => boolean;
  /** The ticks given one row at a time. */
  byHand: Ticks;
  /** The rows as read from the source (before mends): another source drops what was said. */
  source: readonly SourceRow[] | undefined;
  onTicks: (ticks: Ticks) => void;
}

type BulkKey = 'tickAllHeld' | 'tickKindHeld';
/** What the last button left out (or, for Tick all, ticked against the preview's reason). */
type Said = { key: BulkKey; count: number } | { key: 'tickPublicDone'; count: number; country: string };
/** Said until a row is ticked by hand or another source is read: the hand ticks and the source it was said with. */
type SaidAt = Said & { at: Ticks; of: readonly SourceRow[] | undefined };

export function TickBar({ rows, text, isTicked, byHand, source, onTicks }: TickBarProps) {
  const locale = useLocale();
  const [wanted, setWanted] = useState(false);
  const [country, setCountry] = useState('');
  const [said, setSaid] = useState<SaidAt>();
  const holidays = usePublicHolidaysModule(wanted);
  const options = useMemo(() => (holidays.data ? holidays.data.countries(locale) : []), [holidays.data, locale]);

  const tick = (ticks: Ticks, saying?: Said) => {
    onTicks(ticks);
    setSaid(saying && { ...saying, at: byHand, of: source });
  };
  const tickBulk = ({ ticks, withReason }: BulkTicks, key: BulkKey) => tick(ticks, withReason > 0 ? { key, count: withReason } : undefined);
  const onlyPublicOf = (code: string) => {
    setCountry(code);
    if (!code || !holidays.data) return;
    const isHoliday = holidays.data.publicHolidayDay(code);
    let count = 0;
    const ticks = ticksWhere(rows, (row, p, i) => {
      if (!isTicked(p, i)) return false;
      // A working day is no holiday to look up; a day off stays when one of its days is a public holiday.
      if (!row.isOff || someDay(row.start, row.last, isHoliday)) return true;
      count++;
      return false;
    });
    tick(ticks, { key: 'tickPublicDone', count, country: options.find((o) => o.code === code)?.name ?? code });
  };

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="tick-bar">
      <Text size="sm" fw={600} mb={6}>
        {text('tickBy')}
      </Text>
      <Button size="xs" variant="default" onClick={() => tickBulk(ticksOfAll(rows), 'tickAllHeld')}>
        {text('selectAll')}
      </Button>
      <Button size="xs" variant="default" onClick={() => tick(ticksWhere(rows, () => false))}>
        {text('selectNone')}
      </Button>
      <Button size="xs" variant="default" onClick={() => tickBulk(ticksOfKind(rows, byHand, true), 'tickKindHeld')}>
        {text('tickOff')}
      </Button>
      <Button size="xs" variant="default" onClick={() => tickBulk(ticksOfKind(rows, byHand, false), 'tickKindHeld')}>
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
      {said?.at === byHand && said.of === source && (
        <Text size="sm" role="status" w="100%" data-testid="tick-said">
          {text(said.key, said)}
        </Text>
      )}
    </Group>
  );
}
