import '@mantine/core/styles/Table.css';
import { Paper, Table, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { yearEventsQueryOptions } from '../../api/events';
import { monthNames } from '../../core/formatDates';
import { CALENDAR_TEXTS } from './calendarText';
import { settingsImpact, type DayPattern } from './settingsImpact';

interface SettingsImpactSummaryProps {
  calId: string;
  year: number;
  before: DayPattern;
  after: DayPattern;
}

/** Before settings are saved: the days of the year that flip between working and off, by month. */
export function SettingsImpactSummary({ calId, year, before, after }: SettingsImpactSummaryProps) {
  const locale = useLocale();
  const text = useTexts(CALENDAR_TEXTS);
  const client = useApiClient();
  const yearList = useQuery(yearEventsQueryOptions(client, calId, year));
  // The events of a calendar about to be linked are not in this calendar's list yet.
  const newlyLinked = after.extra_cal_ids.filter((id) => !before.extra_cal_ids.includes(id));
  const linked = useQueries({ queries: newlyLinked.map((id) => yearEventsQueryOptions(client, id, year)) });
  const linkedData = linked.map((q) => q.data);
  const failed = yearList.isError || linked.some((q) => q.isError);
  const ready = yearList.data && linkedData.every(Boolean);

  // Two years of days compared: about a millisecond, so worked out again on each change of the form.
  const byId = new Map(newlyLinked.map((id, i) => [id, linkedData[i]?.items.filter((e) => e.cal_id === id) ?? []]));
  const impact = ready ? settingsImpact(year, calId, before, after, yearList.data.items, (id) => byId.get(id) ?? []) : undefined;

  const months = monthNames(locale);

  return (
    <Paper withBorder p="sm" radius="sm" bg="var(--panel-subtle-bg)" component="section" aria-labelledby="settings-impact-title" data-testid="settings-impact">
      <Text size="sm" fw={600} id="settings-impact-title">
        {text('impactTitle', { year })}
      </Text>
      <div aria-live="polite">
        {failed ? (
          <Text size="sm">{text('impactFailed', { year })}</Text>
        ) : !ready || !impact ? (
          <Text size="sm">{text('impactLoading')}</Text>
        ) : impact.byMonth.length === 0 ? (
          <Text size="sm">{text('impactNone', { year })}</Text>
        ) : (
          <>
            {impact.toOff.length > 0 && <Text size="sm">{text('impactToOff', { count: impact.toOff.length })}</Text>}
            {impact.toWork.length > 0 && <Text size="sm">{text('impactToWork', { count: impact.toWork.length })}</Text>}
            <Text size="sm" c="dimmed">
              {text('impactOwnEvents')}
            </Text>
          </>
        )}
      </div>
      {impact && impact.byMonth.length > 0 && !failed && (
        <Table fz="sm" mt="xs" verticalSpacing={2} withRowBorders={false} data-testid="settings-impact-months">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{text('impactMonth')}</Table.Th>
              <Table.Th ta="right">{text('impactMonthOff')}</Table.Th>
              <Table.Th ta="right">{text('impactMonthWork')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {impact.byMonth.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Td>{months[m.month - 1]}</Table.Td>
                <Table.Td ta="right">{m.toOff || '–'}</Table.Td>
                <Table.Td ta="right">{m.toWork || '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
