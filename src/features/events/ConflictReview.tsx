// Shown instead of saving when someone else changed the event since the form loaded it: both
// versions of each field that differs, which one to keep (per field), and the ways out.
import '@mantine/core/styles/Table.css';
import { Alert, Button, Group, Radio, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PlainKey } from '../../core/text';
import type { PageTexts } from '../../i18n/messages';
import type { EventFieldName, EventFields, FieldConflict } from './conflict';
import { useConflictText } from './conflictText';
import { formatDay, formatInstant } from './formatDates';

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
        <div style={{ overflowX: 'auto' }}>
          <Table withTableBorder verticalSpacing={4} horizontalSpacing="xs" bg="var(--mantine-color-body)">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{c('field')}</Table.Th>
                <Table.Th scope="col">{c('yours')}</Table.Th>
                <Table.Th scope="col">{c('theirs')}</Table.Th>
                <Table.Th scope="col">{c('keep')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {choices.map(({ field, keep, both }, i) => (
                <Table.Tr key={field} data-field={field}>
                  <Table.Th scope="row">
                    {t(LABELS[field])}
                    {both && (
                      <Text size="xs" c="orange.9" fw={400}>
                        {c('bothChanged')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(mine, field)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(theirs, field)}</Table.Td>
                  <Table.Td>
                    <Radio.Group
                      value={keep}
                      onChange={(value) => setChoices(choices.map((choice, j) => (j === i ? { ...choice, keep: value as 'mine' | 'theirs' } : choice)))}
                      aria-label={`${c('keep')}: ${t(LABELS[field])}`}
                    >
                      <Group gap="xs" wrap="nowrap">
                        <Radio value="mine" label={c('yours')} />
                        <Radio value="theirs" label={c('theirs')} />
                      </Group>
                    </Radio.Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
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
