// One row of the preview: its tick, dates, kind, summary and status (or, during a run, its state),
// as a table row or, on a phone, a card. A row re-renders only when what it shows changes (its
// answer, tick, edit, state): every prop is a value or a callback that stays the same, so a tick or
// a keystroke at 5,000 rows renders one row, not the table.
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { memo, type ReactNode } from 'react';
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

/** The preview's controls, each called with the row's index; absent during a run, when the rows are read-only. */
export interface RowActions {
  onEdit: (index: number, edit: RowEdit) => void;
  onTick: (index: number, ticked: boolean) => void;
  onOpenDates: (index: number) => void;
}

export interface PreviewRowProps {
  index: number;
  p: PreviewRow;
  ticked: boolean;
  /** What the row was read as (undefined when nothing can be mended, and during a run). */
  draft?: RowDraft;
  edit?: RowEdit;
  datesOpen: boolean;
  state?: RowRunState;
  actions?: RowActions;
  narrow: boolean;
  locale: Locale;
  text: ImportText;
  /** The virtualiser's measuring ref; `data-index` tells it which row an element is. */
  measure: (element: HTMLElement | null) => void;
  /** From 1, the header being row 1 of the table (aria-rowindex), or the card's place in the list. */
  position: number;
  /** How many rows there are (a card list's aria-setsize: only some are in the page at once). */
  count: number;
}

interface Cells {
  tick: ReactNode;
  dates: ReactNode;
  kind: ReactNode;
  summary: ReactNode;
  status: ReactNode;
}

function cellsOf({ index: i, p, ticked, draft, edit, datesOpen, state, actions, narrow, locale, text }: PreviewRowProps): Cells {
  const line = p.row.line;
  const name = p.row.summary.trim() || text('unnamed', { line });
  // Named by its summary, described by its days, kind and line: rows of one name (a feed's 春节 and
  // 春节（班）, or a holiday each year) are told apart by a screen reader too.
  const described = p.status === 'invalid' ? undefined : text('tickDescription', { range: formatDayRange(p.row.start, p.row.last, locale), kind: p.row.isOff ? text('kindOff') : text('kindWork'), line });
  const tick = <Checkbox aria-label={name} aria-description={described} checked={ticked} disabled={!isImportable(p) || !actions} onChange={(e) => actions?.onTick(i, e.currentTarget.checked)} />;
  const status = <div data-testid="row-status">{state ? <RunState state={state} text={text} /> : <PreviewStatus row={p} text={text} locale={locale} />}</div>;
  if (!actions || !draft) {
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
  const open = p.status === 'invalid' || datesOpen || edit?.start !== undefined || edit?.last !== undefined;
  return {
    tick,
    dates: open ? (
      <Group gap={4} wrap="nowrap">
        <TextInput size="xs" w={112} aria-label={text('startOfLine', { line })} value={edit?.start ?? draft.start} onChange={(e) => actions.onEdit(i, { start: e.currentTarget.value })} />
        <TextInput size="xs" w={112} aria-label={text('lastOfLine', { line })} value={edit?.last ?? draft.last} onChange={(e) => actions.onEdit(i, { last: e.currentTarget.value })} />
      </Group>
    ) : (
      <Group gap={4} wrap={narrow ? 'wrap' : 'nowrap'}>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDayRange(p.row.start, p.row.last, locale)}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={() => actions.onOpenDates(i)} aria-label={`${text('changeDates')}: ${name}`}>
          {text('changeDates')}
        </Button>
      </Group>
    ),
    kind: (
      <NativeSelect
        size="xs"
        w="max-content"
        aria-label={text('kindOfLine', { line })}
        value={(edit?.isOff ?? draft.isOff) ? 'off' : 'work'}
        onChange={(e) => actions.onEdit(i, { isOff: e.currentTarget.value === 'off' })}
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
        onChange={(e) => actions.onEdit(i, { summary: e.currentTarget.value })}
        error={length > SUMMARY_MAX ? text('summaryCount', { length, max: SUMMARY_MAX }) : undefined}
      />
    ),
    status,
  };
}

export const PreviewRowView = memo(function PreviewRowView(props: PreviewRowProps) {
  const { index, p, state, narrow, measure, position, count } = props;
  const c = cellsOf(props);
  if (narrow) {
    // A phone: one card a row, the same controls, no sideways scrolling.
    return (
      <li ref={measure} data-index={index} aria-posinset={position} aria-setsize={count} data-status={p.status} data-state={state?.state} style={{ paddingBottom: 'var(--mantine-spacing-xs)' }}>
        <Paper withBorder p="xs">
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
      </li>
    );
  }
  return (
    <Table.Tr ref={measure} data-index={index} aria-rowindex={position} data-status={p.status} data-state={state?.state}>
      <Table.Td>{c.tick}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.dates}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.kind}</Table.Td>
      <Table.Td miw={160}>{c.summary}</Table.Td>
      <Table.Td>{c.status}</Table.Td>
    </Table.Tr>
  );
});
