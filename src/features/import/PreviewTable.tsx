// The preview's rows: a table, or a card a row on a phone; each row with its tick, dates, kind,
// summary and status (or, during a run, its state). Before a run every row the source read
// something of can be mended: its summary (with its length when too long), its kind, its dates.
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import type { Locale } from '../../core/locale';
import { SUMMARY_MAX, codePointLength } from '../../core/limits';
import { formatDayRange } from '../../core/formatDates';
import type { RowRunState } from './importRun';
import type { ImportText } from './importText';
import { isImportable, type PreviewRow } from './preview';
import { PreviewStatus } from './PreviewStatus';
import type { RowEdit } from './revise';
import type { RowDraft } from './rows';
import { RunState } from './RunState';

/** The preview's controls; absent during a run, when the rows are read-only. */
export interface RowEditing {
  /** What a row was read as (undefined when nothing can be mended). */
  draftOf: (index: number) => RowDraft | undefined;
  editOf: (index: number) => RowEdit | undefined;
  onEdit: (index: number, edit: RowEdit) => void;
  onTick: (index: number, ticked: boolean) => void;
}

interface PreviewTableProps {
  rows: readonly PreviewRow[];
  locale: Locale;
  text: ImportText;
  isTicked: (row: PreviewRow, index: number) => boolean;
  editing?: RowEditing;
  /** During a run: each row's state instead of its preview status. */
  stateOf?: (index: number) => RowRunState | undefined;
}

interface Cells {
  tick: ReactNode;
  dates: ReactNode;
  kind: ReactNode;
  summary: ReactNode;
  status: ReactNode;
}

export function PreviewTable({ rows, locale, text, isTicked, editing, stateOf }: PreviewTableProps) {
  const narrow = useMediaQuery('(max-width: 40em)');
  // Rows whose date fields are open (an invalid row's always are).
  const [datesOpen, setDatesOpen] = useState<ReadonlySet<number>>(new Set());

  const cellsOf = (p: PreviewRow, i: number): Cells => {
    const line = p.row.line;
    const name = p.row.summary.trim() || text('unnamed', { line });
    const state = stateOf?.(i);
    const draft = editing?.draftOf(i);
    const edit = editing?.editOf(i);
    const tick = <Checkbox aria-label={name} checked={isTicked(p, i)} disabled={!isImportable(p) || !editing} onChange={(e) => editing?.onTick(i, e.currentTarget.checked)} />;
    const status = <div data-testid="row-status">{state ? <RunState state={state} text={text} /> : <PreviewStatus row={p} text={text} locale={locale} />}</div>;
    if (!editing || !draft) {
      return {
        tick,
        dates: p.status === 'invalid' ? '—' : formatDayRange(p.row.start, p.row.last, locale),
        kind: p.status === 'invalid' ? '—' : p.row.isOff ? text('kindOff') : text('kindWork'),
        summary: <Text size="sm">{p.row.summary}</Text>,
        status,
      };
    }
    const summary = edit?.summary ?? draft.summary;
    const length = codePointLength(summary.trim());
    const open = p.status === 'invalid' || datesOpen.has(i) || edit?.start !== undefined || edit?.last !== undefined;
    return {
      tick,
      dates: open ? (
        <Group gap={4} wrap="nowrap">
          <TextInput size="xs" w={112} aria-label={text('startOfLine', { line })} value={edit?.start ?? draft.start} onChange={(e) => editing.onEdit(i, { start: e.currentTarget.value })} />
          <TextInput size="xs" w={112} aria-label={text('lastOfLine', { line })} value={edit?.last ?? draft.last} onChange={(e) => editing.onEdit(i, { last: e.currentTarget.value })} />
        </Group>
      ) : (
        <Group gap={4} wrap={narrow ? 'wrap' : 'nowrap'}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDayRange(p.row.start, p.row.last, locale)}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setDatesOpen((s) => new Set(s).add(i))} aria-label={`${text('changeDates')}: ${name}`}>
            {text('changeDates')}
          </Button>
        </Group>
      ),
      kind: (
        <NativeSelect
          size="xs"
          aria-label={text('kindOfLine', { line })}
          value={(edit?.isOff ?? draft.isOff) ? 'off' : 'work'}
          onChange={(e) => editing.onEdit(i, { isOff: e.currentTarget.value === 'off' })}
          data={[
            { value: 'off', label: text('kindOff') },
            { value: 'work', label: text('kindWork') },
          ]}
        />
      ),
      summary: (
        <TextInput
          size="xs"
          aria-label={text('summaryOfLine', { line })}
          value={summary}
          onChange={(e) => editing.onEdit(i, { summary: e.currentTarget.value })}
          error={length > SUMMARY_MAX ? text('summaryCount', { length, max: SUMMARY_MAX }) : undefined}
        />
      ),
      status,
    };
  };

  if (narrow) {
    // A phone: one card a row, the same controls, no sideways scrolling.
    return (
      <Stack gap="xs" component="ul" aria-label={text('tableLabel')} data-testid="import-preview" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((p, i) => {
          const c = cellsOf(p, i);
          return (
            <Paper component="li" key={i} withBorder p="xs" data-status={p.status} data-state={stateOf?.(i)?.state}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <div style={{ marginTop: 4 }}>{c.tick}</div>
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  {c.summary}
                  <Group gap="xs" wrap="wrap">
                    {c.dates}
                    {c.kind}
                  </Group>
                  {c.status}
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
      <Table striped withTableBorder verticalSpacing={6} horizontalSpacing="xs" miw={720} aria-label={text('tableLabel')} data-testid="import-preview">
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
            const c = cellsOf(p, i);
            return (
              <Table.Tr key={i} data-status={p.status} data-state={stateOf?.(i)?.state}>
                <Table.Td>{c.tick}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.dates}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.kind}</Table.Td>
                <Table.Td miw={160}>{c.summary}</Table.Td>
                <Table.Td>{c.status}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
