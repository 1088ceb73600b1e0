// What importing the ticked rows does to the shown year: the days that become days off or working days.
import { Stack, Text } from '@mantine/core';
import type { IsoDate } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { formatDay } from '../../core/formatDates';
import type { ImportText } from './importText';
import type { YearImpact } from './preview';

/** Days of the impact listed by date; the rest are counted. */
const IMPACT_DAYS_SHOWN = 12;

/** The first days by date, and how many more: "1 Oct 2026; …; and 7 more" (“10月1日、…，另有 7 天”). */
export function impactDays(list: readonly IsoDate[], locale: Locale, text: ImportText): string {
  const days = list
    .slice(0, IMPACT_DAYS_SHOWN)
    .map((d) => formatDay(d, locale))
    .join(text('impactDaySeparator'));
  return list.length > IMPACT_DAYS_SHOWN ? text('impactMore', { days, count: list.length - IMPACT_DAYS_SHOWN }) : days;
}

export function ImpactText({ impact, year, text, locale }: { impact: YearImpact; year: number; text: ImportText; locale: Locale }) {
  const days = (list: IsoDate[]) => impactDays(list, locale, text);
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
