// The form's questions before a save, in the form: another own event found on the days as the
// calendar holds them now (useSaveCheck.ts). Each names it, with Open (that event) and Save anyway.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import { daysInclusive, toInclusiveEnd } from '../../core/dates';
import { formatDayRange } from '../../core/formatDates';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';

interface FoundNoticeProps {
  /** The calendar's own event found on the days, as the calendar holds it now. */
  existing: CalEventItem;
  /** Opens that event instead (none where the page cannot: the portal's embedded form). */
  onOpen?: (event: CalEventItem) => void;
  onSaveAnyway: () => void;
}

/** Why the save waits, with Open (the event found) and Save anyway. */
function FoundNotice({ title, text, testId, existing, onOpen, onSaveAnyway }: FoundNoticeProps & { title: string; text: string; testId: string }) {
  const c = useTexts(CONFLICT_TEXTS);
  // It appears on Save, below the fold on a short screen (under the sticky Save bar): brought into view.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' }); // (newer browsers return a promise: not the effect's cleanup)
  }, []);
  return (
    <Alert ref={ref} color="orange" role="alert" title={title} data-testid={testId} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {text}
        </Text>
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

/** Shown instead of saving a new event when the calendar already has one on exactly its days. */
export function SameDaysNotice(props: FoundNoticeProps) {
  const locale = useLocale();
  const c = useTexts(CONFLICT_TEXTS);
  const { existing } = props;
  const last = toInclusiveEnd(existing.end_at);
  const params = { summary: existing.summary, range: formatDayRange(existing.start_at, last, locale), count: daysInclusive(existing.start_at, last) };
  return <FoundNotice title={c('sameDaysTitle')} text={c(existing.is_off ? 'sameDaysOff' : 'sameDaysWork', params)} testId="same-days" {...props} />;
}

/**
 * Shown instead of saving when an own event of the other kind, saved since the page's lists were read,
 * shares some of the days (`first`…`last`): this save, saved last, would take those days back.
 */
export function OverlapNotice({ first, last, ...props }: FoundNoticeProps & { first: string; last: string }) {
  const locale = useLocale();
  const c = useTexts(CONFLICT_TEXTS);
  const { existing } = props;
  const params = { summary: existing.summary, id: existing.event_id, range: formatDayRange(first, last, locale), count: daysInclusive(first, last) };
  return <FoundNotice title={c('overlapTitle')} text={c(existing.is_off ? 'saveFlipsOff' : 'saveFlipsWork', params)} testId="overlap-since" {...props} />;
}
