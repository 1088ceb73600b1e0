// "Import events": rows from a paste or a file, a country's public holidays, or another year's or
// calendar's events; one preview for all three; then an import run, paced, resumable, undoable.
// Loaded when first opened. Each source is a file of its own (PasteSource, HolidaySource,
// CopySource), as are the preview's rows (PreviewTable) and the run (RunView).
import '../../ui/dialogStyles';
import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/Paper.css';
import { Alert, Button, Group, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { failureOf } from '../../api/errors';
import type { CalendarItem } from '../../core/apiContract';
import { errorText } from '../../i18n/errorMessages';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { formatList } from '../../core/text';
import { refreshEventsOf } from '../../api/events';
import { CopySource } from './CopySource';
import { HolidaySource } from './HolidaySource';
import { ImpactText } from './ImpactText';
import { IMPORT_TEXTS, type ImportText } from './importText';
import { PasteSource } from './PasteSource';
import { PreviewTable } from './PreviewTable';
import { fileProblemText, unreadColumnsText } from './problemText';
import { TickBar } from './TickBar';
import { RunView } from './RunView';
import type { StartedRun } from './startRun';
import { useFreshStart } from './useFreshStart';
import { usePreviewChoice } from './usePreviewChoice';
import { useUnimported } from './useUnimported';
import type { ImportRun } from './importRun';
import { DiscardChangesDialog, useGuardedClose } from '../../ui/DiscardChanges';
import { useWarnBeforeLeaving } from '../../ui/useWarnBeforeLeaving';
import { loadPublicHolidays, useSourceRows, type Source } from './useSourceRows';
import { DEFAULT_TIME_ZONE } from '../../core/timeZone';
import { calendarLabel } from '../../core/calendarName';

export interface ImportDialogProps {
  /** The calendar the events go into. */
  calendar: CalendarItem;
  /** The account's personal calendars (to copy from). */
  calendars: CalendarItem[];
  /** The year shown: files are read for it, copies move to it, the impact counts its days. */
  year: number;
  onClose: () => void;
}

/** Why closing now would cost the run its work left and its Undo: under way, or paused; nothing once it ended. */
function unfinished(run: ImportRun | undefined): 'running' | 'paused' | undefined {
  const phase = run?.getSnapshot().phase;
  if (phase === 'running' || phase === 'waiting') return 'running';
  if (phase === 'paused') return 'paused';
  return undefined;
}

/** The question before closing: a run's, or the one every form asks about its edits (the rows and the preview's mends). */
function closeQuestion(reason: 'running' | 'paused' | 'preview' | true | undefined, text: ImportText) {
  if (reason === 'preview') return { body: text('closePreviewText') };
  const paused = reason === 'paused';
  return {
    title: paused ? text('closePausedTitle') : text('closeRunningTitle'),
    body: paused ? text('closePausedText') : text('closeRunningText'),
    keepLabel: text('closeStay'),
    discardLabel: text('closeAnyway'),
  };
}

export default function ImportDialog({ calendar, calendars, year, onClose }: ImportDialogProps) {
  const locale = useLocale();
  const text = useTexts(IMPORT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const queryClient = useQueryClient();
  const narrow = useMediaQuery('(max-width: 40em)');
  const calId = calendar.cal_id;
  const sources = useSourceRows(calId, year, locale, calendar.timezone ?? DEFAULT_TIME_ZONE);
  const { source, read } = sources;
  const rows = read.rows;

  const pattern = useMemo(() => ({ cal_id: calId, workdays: calendar.workdays ?? [] }), [calId, calendar.workdays]);

  // The events already in the calendar, in every year the rows touch as mended.
  const { lists, shown, ticked, tickedRows, contradicting, observances, yearly, impact, impactYear, editing, onTicks, onUntick, changed, choice } = usePreviewChoice(rows, pattern, year);
  const { years, failed: listsFailed } = lists;
  const work = useUnimported(sources.pasted, sources.file, choice, changed);

  // The run, once started: its own copy of the preview, which stays as it was.
  const [started, setStarted] = useState<StartedRun>();
  const invalidate = useCallback(() => void refreshEventsOf(queryClient, calId), [queryClient, calId]);
  useEffect(() => {
    if (!started) return;
    return () => {
      started.run.dispose();
      invalidate();
    };
  }, [started, invalidate]);

  // Closing while the run is under way or paused stops it and takes its Undo away: it asks first,
  // and so does leaving the page (the browser's own question). Before a run, closing drops the rows
  // and the preview's mends: it asks as every form asks about its edits.
  const guard = useGuardedClose(() => (started ? unfinished(started.run) : work.unimported ? 'preview' : undefined), onClose);
  const subscribeToRun = useCallback((listener: () => void) => started?.run.subscribe(listener) ?? (() => {}), [started]);
  useWarnBeforeLeaving(useSyncExternalStore(subscribeToRun, () => unfinished(started?.run)) !== undefined);

  const onStart = (run: StartedRun) => {
    setStarted(run);
    work.takeOver();
    void run.run.start().then(invalidate);
  };
  // Import reads the calendar again first: a ticked row whose status changed since the preview stops it.
  // Meanwhile the sources and the preview are inert: the run starts on the rows and ticks of the press.
  const fresh = useFreshStart({ calId, pattern, years, year, rows, onStart, onChanged: onUntick });
  const checking = fresh.check?.state === 'reading';
  // A year a mend moved a row into is read first: until then the row is judged without its events.
  const waiting = !shown || tickedRows.length === 0 || read.reading || lists.pending.length > 0;
  const startImport = () => {
    if (waiting) return;
    void fresh.start(shown, ticked);
  };
  const freshFailed = fresh.check?.state === 'failed' ? fresh.check.failure : undefined;
  // Import pressed and nothing sent: the focus goes to the message that says why (the button it was
  // on may now be disabled, which drops the focus to the page).
  const freshSaid = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fresh.check?.state === 'changed' || fresh.check?.state === 'failed') freshSaid.current?.focus();
  }, [fresh.check]);
  const listProblem = freshFailed ?? (listsFailed === undefined ? undefined : failureOf(listsFailed));

  return (
    <Modal
      opened
      onClose={guard.requestClose}
      overlayProps={guard.overlayProps}
      // While the question is open, Escape is its "Keep it open" (both dialogs hear the key).
      closeOnEscape={!guard.question.opened}
      // It names its calendar: the workspace behind may show another one meanwhile (CalendarActions).
      title={
        <>
          {text('dialogTitle')}
          <Text component="span" display="block" size="sm" c="dimmed" fw={400}>
            {text('intoCalendar', { name: calendarLabel(calendar, calendars) })}
          </Text>
        </>
      }
      size="64rem" fullScreen={narrow} closeButtonProps={{ 'aria-label': common('close') }}>
      <DiscardChangesDialog {...guard.question} {...closeQuestion(guard.reason, text)} />
      {started ? (
        <RunView started={started} locale={locale} text={text} onInvalidate={invalidate} onAnother={() => setStarted(undefined)} onClose={guard.requestClose} />
      ) : (
        <Stack gap="md">
          <Tabs inert={checking} value={source} onChange={(v) => v && sources.setSource(v as Source)} keepMounted={false}>
            <Tabs.List aria-label={text('source')}>
              <Tabs.Tab value="paste">{text('sourcePaste')}</Tabs.Tab>
              <Tabs.Tab value="holidays" onPointerEnter={() => void loadPublicHolidays()} onFocus={() => void loadPublicHolidays()}>
                {text('sourceHolidays')}
              </Tabs.Tab>
              <Tabs.Tab value="copy">{common('copy')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="paste" pt="sm">
              <PasteSource
                text={text}
                locale={locale}
                year={year}
                pasted={sources.pasted}
                onPasted={sources.setPasted}
                file={sources.file}
                onFile={sources.setFile}
                otherYears={read.otherYears}
                unreadable={read.unreadable}
                encoding={read.encoding}
              />
            </Tabs.Panel>
            <Tabs.Panel value="holidays" pt="sm">
              <HolidaySource
                calendar={calendar}
                country={sources.country}
                onCountry={sources.setCountry}
                module={sources.holidays.data}
                loading={sources.holidays.isPending}
                failed={sources.holidays.isError}
                year={year}
                empty={rows?.length === 0}
              />
            </Tabs.Panel>
            <Tabs.Panel value="copy" pt="sm">
              <CopySource
                text={text}
                calendars={calendars}
                year={year}
                choice={sources.copy}
                onChoice={sources.setCopy}
                loading={sources.copyList.isPending || sources.copyNeedsHolidays.isPending}
                failed={sources.copyList.isError || sources.copyNeedsHolidays.isError}
                empty={rows?.length === 0}
                yearly={yearly}
              />
            </Tabs.Panel>
          </Tabs>

          {read.reading && (
            <Text size="sm" role="status" data-testid="import-reading">
              {text('reading')}
            </Text>
          )}
          {read.problem && (
            <Alert color="red" role="alert" data-testid="file-problem">
              {fileProblemText(read.problem, text, locale)}
            </Alert>
          )}
          {read.unread && (
            <Alert color="yellow" data-testid="unread-columns">
              {unreadColumnsText(read.unread, text, locale)}
            </Alert>
          )}
          {rows && rows.length > 0 && listProblem && (
            <Alert color="red" role="alert" ref={freshFailed ? freshSaid : undefined} tabIndex={-1}>
              {errorText(listProblem, locale).what}
              {freshFailed && <> {text('freshFailed')}</>}
            </Alert>
          )}
          {shown && shown.rows.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="import-preview-title" inert={checking}>
              <Title order={3} size="h5" id="import-preview-title">
                {text('previewTitle')}
              </Title>
              {fresh.check?.state === 'changed' && (
                <Alert ref={freshSaid} tabIndex={-1} color="yellow" role="alert" data-testid="preview-changed" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
                  {text('freshChanged', { count: fresh.check.changed })}
                </Alert>
              )}
              {lists.pending.length > 0 && (
                <Text size="sm" role="status" data-testid="preview-checking">
                  {text('previewChecking', { years: formatList(locale, lists.pending.map(String)) })}
                </Text>
              )}
              <Text size="sm" data-testid="preview-counts">
                {text('previewCounts', { count: shown.rows.length, new: shown.counts.new, overlaps: shown.counts.overlaps, already: shown.counts.already, invalid: shown.counts.invalid })}
                {shown.counts.unchanged > 0 && <> {text('previewUnchanged', { count: shown.counts.unchanged })}</>}
                {observances > 0 && <> {text('previewObservances', { count: observances })}</>}
              </Text>
              {contradicting > 0 && (
                <Alert color="orange" data-testid="preview-contradicts" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
                  {text('previewContradicts', { count: contradicting })}
                </Alert>
              )}
              <TickBar rows={shown.rows} text={text} isTicked={ticked} byHand={choice.byHand} source={choice.base} onTicks={onTicks} />
              {impact && <ImpactText impact={impact} year={impactYear} text={text} locale={locale} />}
              <PreviewTable
                rows={shown.rows}
                locale={locale}
                text={text}
                isTicked={ticked}
                editing={editing}
              />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={guard.requestClose}>
              {common('cancel')}
            </Button>
            <Button onClick={startImport} disabled={waiting} loading={checking}>
              {text('importCount', { count: tickedRows.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
