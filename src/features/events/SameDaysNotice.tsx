import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import { daysInclusive, toInclusiveEnd } from '../../core/dates';
import { formatDayRange } from '../../core/formatDates';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';

interface SameDaysNoticeProps {
  /** The calendar's own event on exactly the days of the new one, as the calendar holds it now. */
  existing: CalEventItem;
  /** Opens that event instead (none where the page cannot: the portal's embedded form). */
  onOpen?: (event: CalEventItem) => void;
  onSaveAnyway: () => void;
}

/** Shown instead of saving a new event when the calendar already has one on exactly its days. */
export function SameDaysNotice({ existing, onOpen, onSaveAnyway }: SameDaysNoticeProps) {
  const locale = useLocale();
  const c = useTexts(CONFLICT_TEXTS);
  // It appears on Save, below the fold on a short screen (under the sticky Save bar): brought into view.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' }); // (newer browsers return a promise: not the effect's cleanup)
  }, []);
  const last = toInclusiveEnd(existing.end_at);
  const params = { summary: existing.summary, range: formatDayRange(existing.start_at, last, locale), count: daysInclusive(existing.start_at, last) };
  return (
    <Alert ref={ref} color="orange" role="alert" title={c('sameDaysTitle')} data-testid="same-days" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{c(existing.is_off ? 'sameDaysOff' : 'sameDaysWork', params)}</Text>
        <Group gap="xs">
          {onOpen && (
            <Button variant="light" onClick={() => onOpen(existing)}>
              {c('openSameDays', { summary: existing.summary })}
            </Button>
          )}
          <Button variant="default" onClick={onSaveAnyway}>
            {c('saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
