// The preview's rows: a table, or a card a row on a phone (PreviewRow). Before a run every row the
// source read something of can be mended: its summary, its kind, its dates. Only the rows in view
// (and a few around them) are in the page, in a scrolling box under the table's header: 5,000 rows
// of inputs took seconds to render and made every tick and keystroke as slow. A short preview is
// in the page whole. The table says how many rows it has (aria-rowcount) and where each is.
import { Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState, type FocusEvent } from 'react';
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
/** Rows kept in the page beyond each edge of the box. */
const OVERSCAN = 10;

/**
 * The rows in the page: those in view and around them, and always the row holding the focus and those
 * either side of it. The scroll a focus makes reaches the virtualiser a frame or more later (much more
 * on a busy machine), so Tab held down, or pressed fast, could run past the last row in the page and
 * out of the table; the focus is followed at once. A row scrolled far away by the wheel keeps the focus
 * (and what is being typed there) too.
 */
function withFocusedRow(range: Range, focused: number | null): number[] {
  const shown = defaultRangeExtractor(range);
  if (focused === null || focused >= range.count) return shown;
  const near = [focused - 1, focused, focused + 1].filter((i) => i >= 0 && i < range.count);
  return [...new Set([...shown, ...near])].sort((a, b) => a - b);
}

export function PreviewTable({ rows, locale, text, isTicked, editing, stateOf }: PreviewTableProps) {
  const narrow = useMediaQuery('(max-width: 40em)') ?? false;
  const scroller = useRef<HTMLDivElement>(null);
  // Rows whose date fields are open (an invalid row's always are).
  const [datesOpen, setDatesOpen] = useState<ReadonlySet<number>>(new Set());
  const onOpenDates = useCallback((i: number) => setDatesOpen((s) => new Set(s).add(i)), []);
  const onEdit = editing?.onEdit;
  const onTick = editing?.onTick;
  const actions = useMemo((): RowActions | undefined => (onEdit && onTick ? { onEdit, onTick, onOpenDates } : undefined), [onEdit, onTick, onOpenDates]);
  // The row holding the focus (a focus event is rendered before the next key is read).
  const [focused, setFocused] = useState<number | null>(null);
  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    setFocused(row ? Number(row.dataset.index) : null);
  }, []);
  const rangeExtractor = useCallback((range: Range) => withFocusedRow(range, focused), [focused]);

  // The virtualiser hands out a new list of rows after each scroll: nothing here is memoised by a compiler.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => (narrow ? 132 : 46),
    overscan: rows.length <= WHOLE_UP_TO ? WHOLE_UP_TO : OVERSCAN,
    rangeExtractor,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const Tag = narrow ? 'li' : 'tr';
  // Space for the rows not in the page, so the scroll bar is the whole list's.
  const spacer = (key: string, height: number) =>
    height > 0 && (Tag === 'tr' ? <tr key={key} aria-hidden style={{ height }}><td colSpan={5} style={{ padding: 0 }} /></tr> : <li key={key} aria-hidden style={{ height }} />);

  const rendered = items.flatMap(({ index, start }, k) => {
    const p = rows[index];
    const gap = spacer(`gap-${index}`, start - (k > 0 ? items[k - 1].end : 0));
    return [gap, (
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
    )];
  });
  const after = spacer('after', virtualizer.getTotalSize() - (items.length > 0 ? items[items.length - 1].end : 0));

  return (
    <div ref={scroller} style={{ maxHeight: narrow ? '70vh' : 'min(60vh, 40rem)', overflow: 'auto', overscrollBehavior: 'contain' }} data-testid="preview-scroller" onFocus={onFocus}>
      {narrow ? (
        <ul aria-label={text('tableLabel')} data-testid="import-preview" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rendered}
          {after}
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
            {rendered}
            {after}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
