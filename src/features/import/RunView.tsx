// The import as it runs: progress, pauses, the summary, retry, cancel and undo, over the preview's
// rows with each row's state.
import { Alert, Button, Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useSyncExternalStore } from 'react';
import type { Locale } from '../../core/locale';
import { formatList } from '../../core/text';
import { errorText } from '../../i18n/errorMessages';
import { frameStore } from './frameStore';
import type { ImportRun, RunSnapshot } from './importRun';
import type { ImportText } from './importText';
import { PreviewTable } from './PreviewTable';
import { useSteppedAnnouncement } from './progressAnnouncement';
import type { StartedRun } from './startRun';
import { COMMON_TEXTS } from '../../core/commonText';
import { useTexts } from '../../i18n/I18nProvider';

/** The run's snapshot, redrawn at most once a frame (frameStore). */
function useRunSnapshot(run: ImportRun): RunSnapshot {
  const store = useMemo(() => frameStore<RunSnapshot>({ getSnapshot: run.getSnapshot, subscribe: (listener) => run.subscribe(listener) }), [run]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export function RunView(props: {
  started: StartedRun;
  locale: Locale;
  text: ImportText;
  onInvalidate: () => void;
  onAnother: () => void;
  onClose: () => void;
}) {
  const { started, locale, text, onInvalidate, onAnother, onClose } = props;
  const common = useTexts(COMMON_TEXTS);
  const { run, preview: shown, runIndex } = started;
  // The run's rows, in its order: the preview's valid rows.
  const rowsRun = useMemo(() => shown.rows.flatMap((p) => (p.status === 'invalid' ? [] : [p.row])), [shown]);
  const snapshot = useRunSnapshot(run);
  const { counts, phase, task } = snapshot;
  const stateOf = (i: number) => {
    const index = runIndex[i];
    return index === undefined ? undefined : snapshot.rows[index];
  };
  const busy = phase === 'running' || phase === 'waiting';
  const toSend = snapshot.rows.length - counts.skipped;
  const done = task === 'import' ? counts.saved + counts.failed : counts.undone + counts.kept;
  const total = task === 'import' ? toSend : counts.saved + counts.undone + counts.kept;
  // Rows whose lost save no look-up has found (a row that cannot be looked up says so itself), and rows changed since, kept.
  const mayAppear = snapshot.mayAppear.filter((r) => {
    const s = snapshot.rows[r];
    return !(s.state === 'failed' && s.unchecked);
  });
  const kept = snapshot.rows.flatMap((s, r) => (s.state === 'kept' ? [r] : []));
  const maybeFailed = snapshot.rows.filter((s) => s.state === 'failed' && s.uncertain && !s.unchecked).length;
  const named = (runRows: readonly number[]) => formatList(locale, runRows.map((r) => text('namedRow', { summary: rowsRun[r].summary, date: rowsRun[r].start })));
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  const invalid = shown.rows.length - snapshot.rows.length;
  const progress = task === 'import' ? text('progress', { done: counts.saved, total: toSend }) : text('progressUndo', { done: counts.undone, total });
  const announced = useSteppedAnnouncement(progress, percent, !busy);
  const title =
    phase === 'undone' ? text('undoneTitle')
    : task === 'undo' && busy ? text('undoingTitle')
    : phase === 'done' ? text('doneTitle')
    : phase === 'cancelled' ? text('cancelledTitle')
    : undefined;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Progress value={percent} aria-label={text('progressLabel')} size="lg" animated={busy} />
        <Text size="sm" data-testid="import-progress">
          {progress}
        </Text>
        {/* What a screen reader hears: the line above in steps, not at every row. */}
        <VisuallyHidden role="status" data-testid="import-progress-announced">
          {announced}
        </VisuallyHidden>
        {phase === 'waiting' && (
          <Text size="sm" role="status" data-testid="import-waiting">
            {text('waiting')}
          </Text>
        )}
      </Stack>
      {phase === 'paused' && snapshot.pausedBy && (
        <Alert color="orange" role="alert" title={text('paused')} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <Text size="sm">{errorText(snapshot.pausedBy, locale).what}</Text>
        </Alert>
      )}
      {phase === 'stopped' && (
        <Alert color="red" role="alert" title={text('stoppedTitle')} data-testid="import-stopped" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <Text size="sm">{text('stoppedText', { count: counts.saved, left: counts.pending })}</Text>
        </Alert>
      )}
      {title && (
        <Alert
          color={phase === 'cancelled' ? 'orange' : 'teal'}
          role="status"
          title={title}
          data-testid="import-summary"
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          <Text size="sm">
            {task === 'import' || phase !== 'undone'
              ? text('runSummary', { saved: counts.saved, skipped: counts.skipped + invalid, failed: counts.failed - maybeFailed })
              : text('undoSummary', { count: counts.undone })}
          </Text>
          {kept.length > 0 && (
            <Text size="sm" data-testid="import-kept">
              {text('keptChanged', { rows: named(kept) })}
            </Text>
          )}
          {mayAppear.length > 0 && !(task === 'undo' && busy) && (
            <Text size="sm" data-testid="import-may-appear">
              {text(task === 'undo' ? 'mayAppearUndone' : 'mayAppear', { rows: named(mayAppear) })}
            </Text>
          )}
          {snapshot.undoFailures.length > 0 && (
            <Text size="sm" c="var(--panel-red-text)">
              {text('undoFailures', { count: snapshot.undoFailures.length, ids: formatList(locale, snapshot.undoFailures.map((f) => f.eventId)) })}
            </Text>
          )}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        {busy && (
          <Button variant="default" onClick={() => run.cancel()}>
            {common('cancel')}
          </Button>
        )}
        {task === 'import' && !busy && phase !== 'stopped' && (snapshot.rows.some((r) => r.state === 'failed' && !r.unchecked) || phase === 'paused') && (
          <Button onClick={() => void run.resume().then(onInvalidate)}>{text('retry')}</Button>
        )}
        {task === 'import' && phase === 'cancelled' && counts.pending > 0 && (
          <Button variant="default" onClick={() => void run.resume().then(onInvalidate)}>
            {text('goOn')}
          </Button>
        )}
        {!busy && phase !== 'stopped' && (counts.saved > 0 || mayAppear.length > 0 || (task === 'undo' && phase !== 'undone')) && (
          <Button variant="default" c="var(--panel-red-text)" onClick={() => void run.undo().then(onInvalidate)}>
            {text('undo')}
          </Button>
        )}
        {!busy && (phase === 'done' || phase === 'undone') && (
          <Button variant="default" onClick={onAnother}>
            {text('another')}
          </Button>
        )}
        {!busy && (
          <Button variant={phase === 'done' || phase === 'undone' ? 'filled' : 'default'} onClick={onClose}>
            {common('close')}
          </Button>
        )}
      </Group>
      <PreviewTable rows={shown.rows} locale={locale} text={text} isTicked={(_p, i) => stateOf(i) !== undefined && stateOf(i)?.state !== 'skipped'} stateOf={stateOf} />
    </Stack>
  );
}
