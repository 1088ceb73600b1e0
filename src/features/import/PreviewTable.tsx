// The preview's rows: a table, or a card a row on a phone; each row with its tick, dates, kind,
// summary and status (or, during a run, its state).
import { Checkbox, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import type { Locale } from '../../core/locale';
import { formatList } from '../../core/text';
import { formatDayRange } from '../events/formatDates';
import type { RowRunState } from './importRun';
import type { ImportText } from './importText';
import type { PreviewRow } from './preview';
import { rowProblemText } from './problemText';
import { RunState } from './RunState';

interface PreviewTableProps {
  rows: readonly PreviewRow[];
  locale: Locale;
  text: ImportText;
  isTicked: (row: PreviewRow, index: number) => boolean;
  /** The summary the scheduler typed for a row, if any. */
  summaryOf?: (index: number) => string | undefined;
  editable?: (index: number) => boolean;
  onTick?: (index: number, ticked: boolean) => void;
  onSummary?: (index: number, summary: string) => void;
  /** During a run: each row's state instead of its preview status. */
  stateOf?: (index: number) => RowRunState | undefined;
}

export function PreviewTable({ rows, locale, text, isTicked, summaryOf, editable, onTick, onSummary, stateOf }: PreviewTableProps) {
  const readOnly = !onTick;
  const narrow = useMediaQuery('(max-width: 40em)');
  if (narrow) {
    // A phone: one card a row, the same controls, no sideways scrolling.
    return (
      <Stack gap="xs" component="ul" aria-label={text('tableLabel')} data-testid="import-preview" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((p, i) => {
          const line = p.row.line;
          const name = p.row.summary.trim() || text('unnamed', { line });
          const importable = p.status === 'new' || p.status === 'overlaps';
          const state = stateOf?.(i);
          return (
            <Paper component="li" key={i} withBorder p="xs" data-status={p.status} data-state={state?.state}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Checkbox mt={4} aria-label={name} checked={isTicked(p, i)} disabled={!importable || readOnly} onChange={(e) => onTick?.(i, e.currentTarget.checked)} />
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  {!readOnly && editable?.(i) ? (
                    <TextInput size="xs" aria-label={text('summaryOfLine', { line })} value={summaryOf?.(i) ?? p.row.summary} onChange={(e) => onSummary?.(i, e.currentTarget.value)} />
                  ) : (
                    <Text size="sm" fw={600}>
                      {p.row.summary}
                    </Text>
                  )}
                  {p.status !== 'invalid' && (
                    <Text size="sm">
                      {formatDayRange(p.row.start, p.row.last, locale)} · {p.row.isOff ? text('kindOff') : text('kindWork')}
                    </Text>
                  )}
                  <div data-testid="row-status">{state ? <RunState state={state} text={text} /> : <PreviewStatus row={p} text={text} locale={locale} />}</div>
                </Stack>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    );
  }
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder verticalSpacing={6} horizontalSpacing="xs" miw={640} aria-label={text('tableLabel')} data-testid="import-preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {text('colImport')}
            </Table.Th>
            <Table.Th scope="col">{text('colDates')}</Table.Th>
            <Table.Th scope="col">{text('colKind')}</Table.Th>
            <Table.Th scope="col">{text('colSummary')}</Table.Th>
            <Table.Th scope="col">{text('colStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p, i) => {
            const line = p.row.line;
            const name = p.row.summary.trim() || text('unnamed', { line });
            const importable = p.status === 'new' || p.status === 'overlaps';
            const state = stateOf?.(i);
            return (
              <Table.Tr key={i} data-status={p.status} data-state={state?.state}>
                <Table.Td>
                  <Checkbox aria-label={name} checked={isTicked(p, i)} disabled={!importable || readOnly} onChange={(e) => onTick?.(i, e.currentTarget.checked)} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.status === 'invalid' ? '—' : formatDayRange(p.row.start, p.row.last, locale)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.status === 'invalid' ? '—' : p.row.isOff ? text('kindOff') : text('kindWork')}</Table.Td>
                <Table.Td miw={160}>
                  {!readOnly && editable?.(i) ? (
                    <TextInput
                      size="xs"
                      aria-label={text('summaryOfLine', { line })}
                      value={summaryOf?.(i) ?? p.row.summary}
                      onChange={(e) => onSummary?.(i, e.currentTarget.value)}
                    />
                  ) : (
                    <Text size="sm">{p.row.summary}</Text>
                  )}
                </Table.Td>
                <Table.Td data-testid="row-status">{state ? <RunState state={state} text={text} /> : <PreviewStatus row={p} text={text} locale={locale} />}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function PreviewStatus({ row, text, locale }: { row: PreviewRow; text: ImportText; locale: Locale }): ReactNode {
  switch (row.status) {
    case 'new':
      return <Text size="sm">{text('statusNew')}</Text>;
    case 'already':
      return (
        <Text size="sm" c="dimmed">
          {'line' in row.sameAs ? text('statusAlreadyRow', { line: row.sameAs.line }) : text('statusAlready')}
        </Text>
      );
    case 'overlaps': {
      const summaries = formatList(locale, row.overlapping.map((e: CalEventItem) => e.summary));
      return (
        <Text size="sm" c={row.oppositeKind ? 'orange.9' : undefined} fw={row.oppositeKind ? 600 : undefined}>
          {row.oppositeKind ? text('statusOpposite', { summaries }) : text('statusOverlaps', { summaries })}
        </Text>
      );
    }
    case 'invalid':
      return (
        <Text size="sm" c="red.9">
          {text('statusInvalid', { reason: rowProblemText(row.row.problem, text, locale), line: text('line', { line: row.row.line }) })}
        </Text>
      );
  }
}
