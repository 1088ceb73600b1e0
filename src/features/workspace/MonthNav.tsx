import { Button, Group, NativeSelect } from '@mantine/core';
import { memo } from 'react';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useKeyboardSelect } from '../../ui/keyboardSelect';
import { monthNames } from '../../core/formatDates';
import { FIRST_YEAR, addMonths, type Month } from '../../core/months';
import { WORKSPACE_TEXTS } from './workspaceText';

interface MonthNavProps {
  month: Month;
  today: Month;
  onChange: (month: Month) => void;
}

const sameMonth = (a: Month, b: Month) => a.year === b.year && a.month === b.month;

/** Previous and next month, a jump to any month and year, and back to this month (rendered again only when one of them changes). */
export const MonthNav = memo(
  function MonthNav({ month, today, onChange }: MonthNavProps) {
    const locale = useLocale();
    const t = useTexts(PAGE_TEXTS);
    const w = useTexts(WORKSPACE_TEXTS);
    const names = monthNames(locale);
    const lastYear = Math.max(today.year + 5, month.year);
    const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));
    const atFirst = month.year === FIRST_YEAR && month.month === 1;
    const monthSelect = useKeyboardSelect(String(month.month), (m) => onChange({ ...month, month: Number(m) }));
    const yearSelect = useKeyboardSelect(String(month.year), (y) => onChange({ ...month, year: Number(y) }));

    return (
      <Group gap="xs" wrap="wrap" align="flex-end">
        <Button variant="default" onClick={() => onChange(addMonths(month, -1))} disabled={atFirst} aria-label={t('previousMonth')}>
          ‹
        </Button>
        <NativeSelect
          aria-label={w('month')}
          {...monthSelect}
          data={names.map((name, i) => ({ value: String(i + 1), label: name }))}
        />
        <NativeSelect
          aria-label={w('year')}
          {...yearSelect}
          data={years}
        />
        <Button variant="default" onClick={() => onChange(addMonths(month, 1))} aria-label={t('nextMonth')}>
          ›
        </Button>
        <Button variant="subtle" onClick={() => onChange(today)} disabled={month.year === today.year && month.month === today.month}>
          {w('thisMonth')}
        </Button>
      </Group>
    );
  },
  (a, b) => sameMonth(a.month, b.month) && sameMonth(a.today, b.today) && a.onChange === b.onChange,
);
