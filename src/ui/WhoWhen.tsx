import { Text } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';
import { formatInstant } from '../core/formatDates';

/** When something was created and last changed, in the calendar's time zone (nothing for computed entries). */
export function WhoWhen({ created, updated, timeZone }: { created?: number; updated?: number; timeZone: string }) {
  const { t, locale } = useI18n();
  if (!created || !updated) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="who-when">
      {t('createdUpdated', { created: formatInstant(created, timeZone, locale), updated: formatInstant(updated, timeZone, locale), zone: timeZone })}
    </Text>
  );
}
