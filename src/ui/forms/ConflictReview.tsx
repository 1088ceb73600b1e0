// Shown instead of saving when someone else changed the record (an event, a calendar's settings)
// since the form loaded it: both versions of each field that differs, which one to keep (per
// field), and the ways out. The form says how each field reads (`describe`).
import '@mantine/core/styles/Radio.css';
import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import type { FieldConflict } from '../../core/fieldConflicts';
import { CONFLICT_TEXTS } from './conflictText';
import { formatInstant } from '../../core/formatDates';

export interface ConflictReviewProps<F extends string> {
  conflicts: readonly FieldConflict<F>[];
  /** A field's label, and each version of it as the person reads it. */
  describe: (field: F) => { label: string; mine: string; theirs: string };
  /** When their version was saved (seconds), and the time zone to say it in. */
  theirsUpdatedAt?: number;
  timeZone: string;
  onSave: (choices: readonly FieldConflict<F>[]) => void;
  onTakeTheirs: () => void;
}

export function ConflictReview<F extends string>({ conflicts, describe, theirsUpdatedAt, timeZone, onSave, onTakeTheirs }: ConflictReviewProps<F>) {
  const locale = useLocale();
  const c = useTexts(CONFLICT_TEXTS);
  const [choices, setChoices] = useState(conflicts);
  const orEmpty = (value: string) => (value.trim() === '' ? c('empty') : value);
  const time = theirsUpdatedAt ? formatInstant(theirsUpdatedAt, timeZone, locale) : '';

  return (
    <Alert color="orange" role="alert" title={c('title')} data-testid="conflict" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      <Stack gap="sm">
        <Text size="sm">{c('changedAt', { time })}</Text>
        {choices.map(({ field, keep, both }, i) => {
          const { label, mine, theirs } = describe(field);
          return (
            <Radio.Group
              key={field}
              data-field={field}
              label={label}
              description={both ? c('bothChanged') : undefined}
              value={keep}
              onChange={(value) => setChoices(choices.map((choice, j) => (j === i ? { ...choice, keep: value as 'mine' | 'theirs' } : choice)))}
            >
              <Stack gap={6} mt={6}>
                <Radio value="mine" label={<Version who={c('yours')} value={orEmpty(mine)} />} />
                <Radio value="theirs" label={<Version who={c('theirs')} value={orEmpty(theirs)} />} />
              </Stack>
            </Radio.Group>
          );
        })}
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
