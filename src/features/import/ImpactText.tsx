// What importing the ticked rows does to the shown year: the days that become days off or working days.
import { Stack, Text } from '@mantine/core';
import type { IsoDate } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { formatDay } from '../../core/formatDates';
import type { ImportText } from './importText';
import type { YearImpact } from './preview';

/** Days of the impact listed by date; the rest are counted. */
const IMPACT_DAYS_SHOWN = 12;

export function ImpactText({ impact, year, text, locale }: { impact: YearImpact; year: number; text: ImportText; locale: Locale }) {
  const days = (list: IsoDate[]) => {
    const shown = list.slice(0, IMPACT_DAYS_SHOWN).map((d) => formatDay(d, locale));
    if (list.length > IMPACT_DAYS_SHOWN) shown.push(text('impactMore', { count: list.length - IMPACT_DAYS_SHOWN }));
    return shown.join(locale === 'zh-CN' ? '、' : '; ');
  };
  return (
    <Stack gap={2} data-testid="import-impact" aria-live="polite">
      <Text size="sm" fw={600}>
        {text('impactTitle', { year })}
      </Text>
      {impact.becomeOff.length === 0 && impact.becomeWorking.length === 0 && <Text size="sm">{text('impactNone', { year })}</Text>}
      {impact.becomeOff.length > 0 && (
        <Text size="sm" data-testid="impact-off">
          {text('impactOff', { count: impact.becomeOff.length, days: days(impact.becomeOff) })}
        </Text>
      )}
      {impact.becomeWorking.length > 0 && (
        <Text size="sm" data-testid="impact-working">
          {text('impactWorking', { count: impact.becomeWorking.length, days: days(impact.becomeWorking) })}
        </Text>
      )}
    </Stack>
  );
}
