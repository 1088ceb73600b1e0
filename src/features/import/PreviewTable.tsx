// The preview's rows: a table, or a card a row on a phone (PreviewRow). Before a run every row the
// source read something of can be mended: its summary, its kind, its dates. Only the rows in view
// (and a few around them) are in the page, in a scrolling box under the table's header: 5,000 rows
// of inputs took seconds to render and made every tick and keystroke as slow. A short preview is
// in the page whole. The table says how many rows it has (aria-rowcount) and where each is.
import { Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../core/locale';
import type { RowRunState } from './importRun';
import type { ImportText } from './importText';
import type { PreviewRow } from './preview';
import { PreviewRowView, type RowActions } from './PreviewRow';
import type { RowEdit } from './revise';
import type { RowDraft } from './rows';

/** The preview's controls; absent during a run, when the rows are read-only. `onEdit` and `onTick` should keep their identity. */
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

/** Up to this many rows, all are in the page (find in page, a screen reader's table reading). */
const WHOLE_UP_TO = 100;
/** Rows kept in the page beyond each edge of the box: Tab always finds the next row there. */
const OVERSCAN = 10;

export function PreviewTable({ rows, locale, text, isTicked, editing, stateOf }: PreviewTableProps) {
  const narrow = useMediaQuery('(max-width: 40em)') ?? false;
  const scroller = useRef<HTMLDivElement>(null);
  // Rows whose date fields are open (an invalid row's always are).
  const [datesOpen, setDatesOpen] = useState<ReadonlySet<number>>(new Set());
  const onOpenDates = useCallback((i: number) => setDatesOpen((s) => new Set(s).add(i)), []);
  const onEdit = editing?.onEdit;
  const onTick = editing?.onTick;
  const actions = useMemo((): RowActions | undefined => (onEdit && onTick ? { onEdit, onTick, onOpenDates } : undefined), [onEdit, onTick, onOpenDates]);

  // The virtualiser hands out a new list of rows after each scroll: nothing here is memoised by a compiler.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => (narrow ? 132 : 46),
    overscan: rows.length <= WHOLE_UP_TO ? WHOLE_UP_TO : OVERSCAN,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  const rendered = items.map(({ index }) => {
    const p = rows[index];
    return (
      <PreviewRowView
        key={index}
        index={index}
        p={p}
        ticked={isTicked(p, index)}
        draft={editing?.draftOf(index)}
        edit={editing?.editOf(index)}
        datesOpen={datesOpen.has(index)}
        state={stateOf?.(index)}
        actions={actions}
        narrow={narrow}
        locale={locale}
        text={text}
        measure={virtualizer.measureElement}
        position={narrow ? index + 1 : index + 2}
        count={rows.length}
      />
    );
  });
  // Space for the rows not in the page, so the scroll bar is the whole list's.
  const spacer = (height: number, Tag: 'tr' | 'li') =>
    height > 0 && (Tag === 'tr' ? <tr aria-hidden style={{ height }}><td colSpan={5} style={{ padding: 0 }} /></tr> : <li aria-hidden style={{ height }} />);

  return (
    <div ref={scroller} style={{ maxHeight: narrow ? '70vh' : 'min(60vh, 40rem)', overflow: 'auto', overscrollBehavior: 'contain' }} data-testid="preview-scroller">
      {narrow ? (
        <ul aria-label={text('tableLabel')} data-testid="import-preview" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {spacer(before, 'li')}
          {rendered}
          {spacer(after, 'li')}
        </ul>
      ) : (
        <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" miw={720} aria-label={text('tableLabel')} aria-rowcount={rows.length + 1} data-testid="import-preview">
          <Table.Thead style={{ position: 'sticky', top: 0, zIndex: 3, background: 'var(--mantine-color-body)' }}>
            <Table.Tr aria-rowindex={1}>
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
            {spacer(before, 'tr')}
            {rendered}
            {spacer(after, 'tr')}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
