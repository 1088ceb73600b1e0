// Shown instead of saving when someone else changed the event since the form loaded it: both
// versions of each field that differs, which one to keep (per field), and the ways out.
import '@mantine/core/styles/Radio.css';
import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PlainKey } from '../../core/text';
import type { PageTexts } from '../../i18n/messages';
import type { EventFieldName, EventFields, FieldConflict } from './conflict';
import { useConflictText } from './conflictText';
import { formatDay, formatInstant } from '../../core/formatDates';

const LABELS: Record<EventFieldName, PlainKey<PageTexts>> = { summary: 'summary', description: 'description', is_off: 'dayOff', start_date: 'startDate', last_date: 'endDate' };

export interface ConflictReviewProps {
  conflicts: readonly FieldConflict[];
  mine: EventFields;
  theirs: EventFields;
  /** When their version was saved (seconds), and the calendar's time zone to say it in. */
  theirsUpdatedAt?: number;
  timeZone: string;
  onSave: (choices: readonly FieldConflict[]) => void;
  onTakeTheirs: () => void;
}

export function ConflictReview({ conflicts, mine, theirs, theirsUpdatedAt, timeZone, onSave, onTakeTheirs }: ConflictReviewProps) {
  const { t, locale } = useI18n();
  const c = useConflictText();
  const [choices, setChoices] = useState(conflicts);
  const show = (fields: EventFields, field: EventFieldName) => {
    const value = fields[field];
    if (field === 'is_off') return value ? c('kindOff') : c('kindWork');
    if (field === 'start_date' || field === 'last_date') return formatDay(String(value), locale);
    return String(value).trim() === '' ? c('empty') : String(value);
  };
  const time = theirsUpdatedAt ? formatInstant(theirsUpdatedAt, timeZone, locale) : '';

  return (
    <Alert color="orange" role="alert" title={c('title')} data-testid="conflict" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      <Stack gap="sm">
        <Text size="sm">{c('changedAt', { time })}</Text>
        {choices.map(({ field, keep, both }, i) => (
          <Radio.Group
            key={field}
            data-field={field}
            label={t(LABELS[field])}
            description={both ? c('bothChanged') : undefined}
            value={keep}
            onChange={(value) => setChoices(choices.map((choice, j) => (j === i ? { ...choice, keep: value as 'mine' | 'theirs' } : choice)))}
          >
            <Stack gap={6} mt={6}>
              <Radio value="mine" label={<Version who={c('yours')} value={show(mine, field)} />} />
              <Radio value="theirs" label={<Version who={c('theirs')} value={show(theirs, field)} />} />
            </Stack>
          </Radio.Group>
        ))}
        <Group gap="xs" wrap="wrap">
          <Button onClick={() => onSave(choices)}>{c('saveChoices')}</Button>
          <Button variant="default" onClick={() => onSave(choices.map((choice) => ({ ...choice, keep: 'mine' })))}>
            {c('keepMine')}
          </Button>
          <Button variant="default" onClick={onTakeTheirs}>
            {c('takeTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** "Yours: …" — one version of a field, as a radio's label. */
function Version({ who, value }: { who: string; value: string }) {
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={600} size="sm">
        {who}
      </Text>
      {who.endsWith('：') ? '' : ' '}
      {value}
    </span>
  );
}
