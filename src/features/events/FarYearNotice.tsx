import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { FAR_YEARS } from '../../core/eventSchema';
import { formatDay } from '../../core/formatDates';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';

interface FarYearNoticeProps {
  /** The event's last day, more than FAR_YEARS years from now. */
  lastDate: string;
  onSaveAnyway: () => void;
}

/** Shown instead of saving an event that lasts into a year far from now (2206 typed for 2026), until its dates change. */
export function FarYearNotice({ lastDate, onSaveAnyway }: FarYearNoticeProps) {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const c = useTexts(CONFLICT_TEXTS);
  // It appears on Save, maybe below the fold (under the sticky Save bar), as the same-days notice: brought into view.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' });
  }, []);
  return (
    <Alert ref={ref} color="orange" role="alert" title={t('farYearTitle')} data-testid="far-year" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('farYear', { date: formatDay(lastDate, locale), max: FAR_YEARS })}</Text>
        <Button variant="default" onClick={onSaveAnyway}>
          {c('saveAnyway')}
        </Button>
      </Stack>
    </Alert>
  );
}
