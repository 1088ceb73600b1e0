import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { memo, useState } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { compareDates, toInclusiveEnd } from '../../core/dates';
import { formatDay, formatDayRange } from '../../core/formatDates';
import { WhoWhen } from '../../ui/WhoWhen';
import { WORKSPACE_TEXTS } from './workspaceText';
import { formatList } from '../../core/text';

/** A date (2026年12月3日周四) and a kind (休息日) read on one line; the summary and description wrap. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

interface EventListProps {
  monthName: string;
  events: CalEventItem[];
  onEdit: (event: CalEventItem) => void;
  onDelete: (event: CalEventItem) => void;
  /** The calendar's time zone: when each event was created and changed is told in it. */
  timeZone: string;
}

/** The calendar's own events in the shown month, sortable by date, each with Edit and Delete (rendered again only when they change). */
export const EventList = memo(function EventList({ monthName, events, onEdit, onDelete, timeZone }: EventListProps) {
  const locale = useLocale();
  const w = useTexts(WORKSPACE_TEXTS);
  const [order, setOrder] = useState<'oldest' | 'newest'>('oldest');
  const narrow = useMediaQuery('(max-width: 40em)');
  const sorted = [...events].sort((a, b) => (order === 'oldest' ? 1 : -1) * (compareDates(a.start_at, b.start_at) || a.summary.localeCompare(b.summary)));
  // The month's other own events that share a day with this one (end_at is exclusive).
  const overlapNote = (e: CalEventItem) => {
    const others = events.filter((o) => o.event_id !== e.event_id && compareDates(o.start_at, e.end_at) < 0 && compareDates(e.start_at, o.end_at) < 0);
    if (others.length === 0) return null;
    return (
      <Text size="xs" c="var(--panel-red-text)" fw={500} data-testid="overlaps">
        {w('overlapsWith', { list: formatList(locale, others.map((o) => `“${o.summary}”`)) })}
      </Text>
    );
  };
  // Edit and Delete of an event, named by its summary (the row's or card's heading).
  const actions = (e: CalEventItem) => (
    <>
      <Button size="compact-sm" variant="light" onClick={() => onEdit(e)} aria-describedby={`event-row-${e.event_id}`}>
        {w('edit')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="red" c="var(--panel-red-text)" onClick={() => onDelete(e)} aria-describedby={`event-row-${e.event_id}`}>
        {w('delete')}
      </Button>
    </>
  );

  return (
    <section aria-labelledby="event-list-title">
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id="event-list-title">
          {w('listTitle', { month: monthName })}
        </Title>
        {events.length > 1 && (
          <NativeSelect
            size="xs"
            label={w('sortBy')}
            value={order}
            onChange={(e) => setOrder(e.currentTarget.value as 'oldest' | 'newest')}
            data={[
              { value: 'oldest', label: w('sortOldest') },
              { value: 'newest', label: w('sortNewest') },
            ]}
          />
        )}
      </Group>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w('listEmpty', { month: monthName })}
        </Text>
      ) : narrow ? (
        // On a phone, cards: every date and button in view, no sideways scroll (a long summary or
        // description with no spaces breaks anywhere rather than widen the page).
        <Stack gap="xs" component="ul" aria-labelledby="event-list-title" p={0} m={0} style={{ listStyle: 'none' }}>
          {sorted.map((e) => (
            <Paper key={e.event_id} component="li" withBorder radius="sm" p="sm" data-event-id={e.event_id} style={{ overflowWrap: 'anywhere' }}>
              <Text fw={600} id={`event-row-${e.event_id}`}>
                {e.summary}
              </Text>
              <Text size="sm">
                {formatDayRange(e.start_at, toInclusiveEnd(e.end_at), locale)} · {e.is_off ? w('kindOff') : w('kindWork')}
              </Text>
              {overlapNote(e)}
              <WhoWhen created={e.created_at} updated={e.updated_at} timeZone={timeZone} />
              {e.description && (
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {e.description}
                </Text>
              )}
              <Group gap="xs" mt="xs">
                {actions(e)}
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" striped aria-labelledby="event-list-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{w('columnSummary')}</Table.Th>
                <Table.Th scope="col" aria-sort={order === 'oldest' ? 'ascending' : 'descending'} style={NO_WRAP}>
                  {w('columnFirst')}
                </Table.Th>
                <Table.Th scope="col" style={NO_WRAP}>
                  {w('columnLast')}
                </Table.Th>
                <Table.Th scope="col">{w('columnKind')}</Table.Th>
                <Table.Th scope="col">{w('columnDescription')}</Table.Th>
                <Table.Th scope="col">{w('columnActions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((e) => (
                <Table.Tr key={e.event_id} data-event-id={e.event_id}>
                  <Table.Th scope="row" fw={600} id={`event-row-${e.event_id}`}>
                    {e.summary}
                    {overlapNote(e)}
                    <WhoWhen created={e.created_at} updated={e.updated_at} timeZone={timeZone} />
                  </Table.Th>
                  <Table.Td style={NO_WRAP}>{formatDay(e.start_at, locale)}</Table.Td>
                  <Table.Td style={NO_WRAP}>{formatDay(toInclusiveEnd(e.end_at), locale)}</Table.Td>
                  <Table.Td>{e.is_off ? w('kindOff') : w('kindWork')}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {e.description}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {/* Beside the form (a 1280 px screen) the month is about 700 px wide: Delete goes
                        under Edit, and "Working day" on two lines, rather than the table scrolling
                        with Delete cut at its edge. */}
                    <Group gap={4}>{actions(e)}</Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
});
