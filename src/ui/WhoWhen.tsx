import { Text } from '@mantine/core';
import { useLocale, useTexts } from '../i18n/I18nProvider';
import { PAGE_TEXTS } from '../i18n/messages';
import { formatInstant } from '../core/formatDates';

/** When something was created and last changed, in the calendar's time zone (nothing for computed entries). */
export function WhoWhen({ created, updated, timeZone }: { created?: number; updated?: number; timeZone: string }) {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  if (!created || !updated) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="who-when">
      {t('createdUpdated', { created: formatInstant(created, timeZone, locale), updated: formatInstant(updated, timeZone, locale), zone: timeZone })}
    </Text>
  );
}
