// "Import events": rows from a paste or a file, a country's public holidays, or another year's or
// calendar's events; one preview for all three; then an import run, paced, resumable, undoable.
// Loaded when first opened; the holiday data (date-holidays) loads only when that source is chosen.
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/Paper.css';
import { Alert, Button, Checkbox, Code, Group, Input, Modal, NativeSelect, Paper, Progress, Stack, Table, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { failureOf, requestIdOf, type ApiFailure } from '../../api/errors';
import type { CalEventItem, CalendarItem } from '../../core/apiContract';
import { useNotify } from '../../ui/notify';
import { errorText } from '../../i18n/errorMessages';
import { useI18n } from '../../i18n/I18nProvider';
import type { Locale } from '../../core/locale';
import { formatList } from '../../core/text';
import { PAGE_TEXTS } from '../../i18n/messages';
import { usePublicHolidayCalendars } from '../calendars/listCalendars';
import { isOwnEvent } from '../calendars/effectiveDays';
import { useUpdateCalendar } from '../calendars/updateCalendar';
import type { IsoDate } from '../../core/dates';
import { formatDay, formatDayRange } from '../events/formatDates';
import { yearEventsQueryOptions } from '../events/listEvents';
import { eventKeys } from '../events/upsertEvent';
import { COLUMNS, REQUIRED_COLUMNS } from './columns';
import { copyRows } from './copyRows';
import { formatSize, MAX_IMPORT_FILE_BYTES, readImportFile } from './readImportFile';
import { createImportRun, type ImportRun, type RowRunState, type RunSnapshot } from './importRun';
import { useImportText, type ImportText } from './importText';
import { parseIcs } from './parseIcs';
import { parseTable } from './parseTable';
import { RunCloseQuestion, useRunCloseGuard } from './RunCloseGuard';
import { runCalls } from './runCalls';
import { preview, yearImpact, type Preview, type PreviewRow, type YearImpact } from './preview';
import { fileProblemText, rowProblemText } from './problemText';
import { checkRow, type FileProblem, type ImportRow, type SourceRow } from './rows';

export interface ImportDialogProps {
  /** The calendar the events go into. */
  calendar: CalendarItem;
  /** The account's personal calendars (to copy from). */
  calendars: CalendarItem[];
  /** The year shown: files are read for it, copies move to it, the impact counts its days. */
  year: number;
  onClose: () => void;
}

type Source = 'paste' | 'holidays' | 'copy';

/** The API lists years from 2023 on. */
const FIRST_YEAR = 2023;
/** The most years a preview loads to look for events already there. */
const MAX_CONTEXT_YEARS = 12;
/** Days of the impact listed by date; the rest are counted. */
const IMPACT_DAYS_SHOWN = 12;

const loadPublicHolidays = () => import('./publicHolidays');

/** Ticked: importable, and not unticked by the scheduler. */
const isTicked = (p: PreviewRow, i: number, ticks: Record<number, boolean>) => (p.status === 'new' || p.status === 'overlaps') && (ticks[i] ?? true);

/** The year lists as one list of items once all are there, and the first failure. */
function combineLists(results: { data?: { items: CalEventItem[] }; error: unknown; isError: boolean }[]) {
  const items = results.every((r) => r.data) ? results.flatMap((r) => r.data?.items ?? []) : undefined;
  return { items, failed: results.find((r) => r.isError)?.error };
}

export default function ImportDialog({ calendar, calendars, year, onClose }: ImportDialogProps) {
  const { locale } = useI18n();
  const text = useImportText();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const narrow = useMediaQuery('(max-width: 40em)');
  const calId = calendar.cal_id;

  const [source, setSource] = useState<Source>('paste');
  // Paste or file
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<{ name: string; ics?: string }>();
  const [fileFailed, setFileFailed] = useState(false);
  // A file refused for its size, or read with places that are not text: said, not guessed.
  const [fileNotice, setFileNotice] = useState<{ tooLarge: number } | { unreadable: number }>();
  // Public holidays
  const [country, setCountry] = useState('');
  const holidays = useQuery({
    queryKey: ['import', 'public-holidays-module'],
    queryFn: loadPublicHolidays,
    staleTime: Infinity,
    structuralSharing: false,
    enabled: source === 'holidays',
  });
  // Copy
  const [copyCal, setCopyCal] = useState(calId);
  const [copyYear, setCopyYear] = useState(Math.max(FIRST_YEAR, year - 1));
  const [move, setMove] = useState(true);
  const copyList = useQuery({ ...yearEventsQueryOptions(client, copyCal, copyYear), enabled: source === 'copy' });

  const read = useMemo((): { rows?: SourceRow[]; problem?: FileProblem; otherYears?: number } => {
    if (source === 'paste') {
      if (file?.ics !== undefined) {
        const result = parseIcs(file.ics, year);
        return result.ok ? { rows: result.rows, otherYears: result.otherYears } : { problem: result.problem };
      }
      if (pasted.trim() === '') return {};
      const result = parseTable(pasted);
      return result.ok ? { rows: result.rows } : { problem: result.problem };
    }
    if (source === 'holidays') {
      if (!holidays.data || country === '') return {};
      return { rows: holidays.data.publicHolidayRows(country, year, locale) };
    }
    if (!copyList.data) return {};
    const own = copyList.data.items.filter((e) => isOwnEvent(copyCal, e) && e.start_at.startsWith(`${copyYear}-`));
    return { rows: copyRows(own, move ? year : undefined) };
  }, [source, file, pasted, year, holidays.data, country, locale, copyList.data, copyCal, copyYear, move]);
  const rows = read.rows;

  // The events already in the calendar, in every year the rows touch.
  const years = useMemo(() => {
    const set = new Set([year]);
    for (const r of rows ?? []) if (r.kind === 'row') for (const d of [r.start, r.last]) set.add(Number(d.slice(0, 4)));
    return [...set].filter((y) => y >= FIRST_YEAR).sort((a, b) => Math.abs(a - year) - Math.abs(b - year)).slice(0, MAX_CONTEXT_YEARS);
  }, [rows, year]);
  const lists = useQueries({ queries: years.map((y) => yearEventsQueryOptions(client, calId, y)), combine: combineLists });
  const { items, failed: listsFailed } = lists;
  const pattern = useMemo(() => ({ cal_id: calId, workdays: calendar.workdays ?? [] }), [calId, calendar.workdays]);

  // The scheduler's changes to the preview: summaries typed over, rows unticked. A new source starts afresh.
  const [choice, setChoice] = useState<{ base?: SourceRow[]; summaries: Record<number, string>; ticks: Record<number, boolean> }>({ base: rows, summaries: {}, ticks: {} });
  if (choice.base !== rows) setChoice({ base: rows, summaries: {}, ticks: {} });
  const edited = useMemo(
    () =>
      rows?.map((r, i) => {
        const summary = choice.summaries[i];
        return r.kind === 'row' && summary !== undefined ? checkRow({ line: r.line, summary, start: r.start, last: r.last, isOff: r.isOff, description: r.description }) : r;
      }),
    [rows, choice.summaries],
  );
  const shown = useMemo(() => (edited && items ? preview(edited, { calendar: pattern, items, year }) : undefined), [edited, items, pattern, year]);
  const ticks = choice.ticks;
  const ticked = (p: PreviewRow, i: number) => isTicked(p, i, ticks);
  const tickedRows = useMemo(() => (shown ? shown.rows.flatMap((p, i) => (isTicked(p, i, ticks) && p.status !== 'invalid' ? [p.row] : [])) : []), [shown, ticks]);
  const impact = useMemo(() => (items ? yearImpact(tickedRows, { calendar: pattern, items, year }) : undefined), [tickedRows, items, pattern, year]);

  // The run, once started: its own copy of the preview, which stays as it was.
  const [started, setStarted] = useState<{ run: ImportRun; preview: Preview; runIndex: (number | undefined)[] }>();
  const invalidate = useCallback(() => void queryClient.invalidateQueries({ queryKey: eventKeys.ofCalendar(calId) }), [queryClient, calId]);
  useEffect(() => {
    if (!started) return;
    return () => {
      started.run.dispose();
      invalidate();
    };
  }, [started, invalidate]);

  const guard = useRunCloseGuard(started?.run, onClose);

  const startImport = () => {
    if (!shown || tickedRows.length === 0) return;
    const runRows: { row: ImportRow; skip?: boolean }[] = [];
    const runIndex: (number | undefined)[] = [];
    shown.rows.forEach((p, i) => {
      if (p.status === 'invalid') return runIndex.push(undefined);
      runIndex.push(runRows.length);
      runRows.push(ticked(p, i) ? { row: p.row } : { row: p.row, skip: true });
    });
    const listYear = (y: number) => queryClient.fetchQuery({ ...yearEventsQueryOptions(client, calId, y), staleTime: 0 });
    const before = new Set((items ?? []).map((e) => e.event_id));
    const run = createImportRun({ rows: runRows, ...runCalls({ client, calId, listYear, before }) });
    setStarted({ run, preview: shown, runIndex });
    void run.start().then(invalidate);
  };

  return (
    <Modal opened onClose={guard.requestClose} title={text('dialogTitle')} size="64rem" fullScreen={narrow} closeButtonProps={{ 'aria-label': text('close') }}>
      {guard.asking && <RunCloseQuestion asking={guard.asking} text={text} onStay={guard.keepOpen} onClose={onClose} />}
      {started ? (
        <RunView started={started} locale={locale} text={text} onInvalidate={invalidate} onAnother={() => setStarted(undefined)} onClose={guard.requestClose} />
      ) : (
        <Stack gap="md">
          <Tabs value={source} onChange={(v) => v && setSource(v as Source)} keepMounted={false}>
            <Tabs.List aria-label={text('source')}>
              <Tabs.Tab value="paste">{text('sourcePaste')}</Tabs.Tab>
              <Tabs.Tab value="holidays" onPointerEnter={() => void loadPublicHolidays()} onFocus={() => void loadPublicHolidays()}>
                {text('sourceHolidays')}
              </Tabs.Tab>
              <Tabs.Tab value="copy">{text('sourceCopy')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="paste" pt="sm">
              <Stack gap="sm">
                <FormatHelp text={text} locale={locale} />
                <Textarea
                  label={text('pasteLabel')}
                  description={text('pasteHint')}
                  value={pasted}
                  onChange={(e) => {
                    setPasted(e.currentTarget.value);
                    setFile(undefined);
                    setFileNotice(undefined);
                  }}
                  autosize
                  minRows={4}
                  maxRows={12}
                  spellCheck={false}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
                />
                <Input.Wrapper label={text('fileLabel')} description={text('fileHint', { year })} id="import-file">
                  <div>
                    <input
                      id="import-file"
                      type="file"
                      accept=".csv,.tsv,.txt,.ics,text/csv,text/tab-separated-values,text/plain,text/calendar"
                      aria-describedby="import-file-description"
                      onChange={async (e) => {
                        const chosen = e.currentTarget.files?.[0];
                        if (!chosen) return;
                        setFileFailed(false);
                        setFileNotice(undefined);
                        try {
                          const result = await readImportFile(chosen);
                          if (!result.ok) return setFileNotice({ tooLarge: result.bytes });
                          const { text: decoded, unreadable } = result.decoded;
                          if (unreadable > 0) setFileNotice({ unreadable });
                          if (/\.ics$/i.test(chosen.name) || /^\s*BEGIN:VCALENDAR/i.test(decoded.replace(/^\uFEFF/, ''))) {
                            setFile({ name: chosen.name, ics: decoded });
                          } else {
                            setPasted(decoded);
                            setFile({ name: chosen.name });
                          }
                        } catch {
                          setFileFailed(true);
                        }
                      }}
                    />
                  </div>
                </Input.Wrapper>
                {file && (
                  <Text size="sm" role="status">
                    {text('fileRead', { name: file.name })} {read.otherYears ? text('fileOtherYears', { count: read.otherYears, year }) : ''}
                  </Text>
                )}
                {fileFailed && (
                  <Alert color="red" role="alert">
                    {text('fileFailed')}
                  </Alert>
                )}
                {fileNotice && (
                  <Alert color={'tooLarge' in fileNotice ? 'red' : 'yellow'} role="alert">
                    {'tooLarge' in fileNotice
                      ? text('fileTooLarge', { size: formatSize(fileNotice.tooLarge), max: formatSize(MAX_IMPORT_FILE_BYTES) })
                      : text('fileUnreadable', { count: fileNotice.unreadable })}
                  </Alert>
                )}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="holidays" pt="sm">
              <HolidaySource
                calendar={calendar}
                country={country}
                onCountry={setCountry}
                module={holidays.data}
                loading={holidays.isPending}
                failed={holidays.isError}
                year={year}
                empty={rows?.length === 0}
              />
            </Tabs.Panel>
            <Tabs.Panel value="copy" pt="sm">
              <Stack gap="sm">
                <Group gap="sm" align="flex-end" wrap="wrap">
                  <NativeSelect
                    label={text('copyCalendar')}
                    value={copyCal}
                    onChange={(e) => setCopyCal(e.currentTarget.value)}
                    data={calendars.map((c) => ({ value: c.cal_id, label: c.cal_name }))}
                  />
                  <NativeSelect
                    label={text('copyYear')}
                    value={String(copyYear)}
                    onChange={(e) => setCopyYear(Number(e.currentTarget.value))}
                    data={Array.from({ length: year + 2 - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i))}
                  />
                  <Checkbox label={text('copyMove', { year })} checked={move} onChange={(e) => setMove(e.currentTarget.checked)} mb={8} />
                </Group>
                {copyList.isPending && <Text size="sm">{text('copyLoading')}</Text>}
                {copyList.isError && (
                  <Alert color="red" role="alert">
                    {text('copyFailed')}
                  </Alert>
                )}
                {rows?.length === 0 && <Text size="sm">{text('copyNone', { year: copyYear })}</Text>}
              </Stack>
            </Tabs.Panel>
          </Tabs>

          {read.problem && (
            <Alert color="red" role="alert" data-testid="file-problem">
              {fileProblemText(read.problem, text, locale)}
            </Alert>
          )}
          {rows && rows.length > 0 && listsFailed !== undefined && (
            <Alert color="red" role="alert">
              {errorText(failureOf(listsFailed), locale).what}
            </Alert>
          )}
          {shown && shown.rows.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="import-preview-title">
              <Title order={3} size="h5" id="import-preview-title">
                {text('previewTitle')}
              </Title>
              <Text size="sm" data-testid="preview-counts">
                {text('previewCounts', { count: shown.rows.length, new: shown.counts.new, overlaps: shown.counts.overlaps, already: shown.counts.already, invalid: shown.counts.invalid })}
              </Text>
              {impact && <ImpactText impact={impact} year={year} text={text} locale={locale} />}
              <PreviewTable
                rows={shown.rows}
                locale={locale}
                text={text}
                isTicked={ticked}
                summaryOf={(i) => choice.summaries[i]}
                editable={(i) => rows?.[i]?.kind === 'row'}
                onTick={(i, value) => setChoice((c) => ({ ...c, ticks: { ...c.ticks, [i]: value } }))}
                onSummary={(i, value) => setChoice((c) => ({ ...c, summaries: { ...c.summaries, [i]: value } }))}
              />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {text('cancel')}
            </Button>
            <Button onClick={startImport} disabled={!shown || tickedRows.length === 0}>
              {text('importCount', { count: tickedRows.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** The accepted columns and an example, in the interface's language. */
function FormatHelp({ text, locale }: { text: ImportText; locale: Locale }) {
  const names = COLUMNS.map((c) => PAGE_TEXTS[locale][c]);
  const example =
    locale === 'zh-CN'
      ? `${names.join('\t')}\n国庆节\t2026-10-01\t2026-10-07\t是\t\n国庆调休\t2026-10-10\t\t否\t上班`
      : `${names.join(',')}\nNew Year's Day,2026-01-01,,yes,\nCompany offsite,2026-06-11,2026-06-12,yes,All teams\nMake-up workday,2026-06-13,,no,`;
  return (
    <Stack gap={4}>
      <Text size="sm">{text('formatColumns', { columns: formatList(locale, names), required: formatList(locale, REQUIRED_COLUMNS.map((c) => PAGE_TEXTS[locale][c])) })}</Text>
      <Text size="sm" fw={600} id="import-example">
        {text('example')}
      </Text>
      <Code block aria-labelledby="import-example" style={{ whiteSpace: 'pre', overflowX: 'auto' }} tabIndex={0}>
        {example}
      </Code>
    </Stack>
  );
}

interface HolidayModule {
  countries: typeof import('./publicHolidays').countries;
  linkableCalendarOf: typeof import('./publicHolidays').linkableCalendarOf;
}

function HolidaySource(props: {
  calendar: CalendarItem;
  country: string;
  onCountry: (country: string) => void;
  module?: HolidayModule;
  loading: boolean;
  failed: boolean;
  year: number;
  empty: boolean;
}) {
  const { calendar, country, onCountry, module, loading, failed, year, empty } = props;
  const { t, locale } = useI18n();
  const text = useImportText();
  const notify = useNotify();
  const update = useUpdateCalendar();
  const publicCalendars = usePublicHolidayCalendars();
  const options = useMemo(() => (module ? module.countries(locale) : []), [module, locale]);
  if (failed) return <Alert color="red" role="alert">{text('holidaysFailed')}</Alert>;
  if (loading || !module) return <Text size="sm">{text('holidaysLoading')}</Text>;

  const linkable = country ? module.linkableCalendarOf(country) : undefined;
  const linkedIds = calendar.extra_cal_ids ?? [];
  const name = linkable ? (publicCalendars.data?.find((c) => c.cal_id === linkable)?.cal_name ?? linkable) : '';
  const failure = update.isError ? failureOf(update.error) : undefined;
  return (
    <Stack gap="sm">
      <NativeSelect
        label={text('country')}
        value={country}
        onChange={(e) => onCountry(e.currentTarget.value)}
        data={[{ value: '', label: text('countryChoose') }, ...options.map((o) => ({ value: o.code, label: o.name }))]}
        maw={360}
      />
      {linkable &&
        (linkedIds.includes(linkable) ? (
          <Alert color="blue" data-testid="linkable">
            {text('linked', { name })}
          </Alert>
        ) : (
          <Alert color="blue" data-testid="linkable">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{text('linkable', { name })}</Text>
              <Button
                size="xs"
                variant="light"
                loading={update.isPending}
                onClick={() =>
                  update.mutate(
                    { cal_id: calendar.cal_id, extra_cal_ids: [...linkedIds, linkable] },
                    { onSuccess: () => notify({ color: 'teal', title: text('linkDone', { name }), message: '', closeLabel: t('dismiss') }) },
                  )
                }
              >
                {text('linkButton', { name })}
              </Button>
              {failure && <FailureText failure={failure} title={text('linkFailed')} />}
            </Stack>
          </Alert>
        ))}
      {country && empty && <Text size="sm">{text('holidaysNone', { year })}</Text>}
    </Stack>
  );
}

function FailureText({ failure, title }: { failure: ApiFailure; title?: string }) {
  const { t, locale } = useI18n();
  const message = errorText(failure, locale);
  const requestId = requestIdOf(failure);
  return (
    <Text size="sm" role="alert" c="red.9">
      {title && <>{title} </>}
      {message.what}
      {requestId && (
        <>
          {' '}
          {t('requestIdLabel')} <Code data-testid="request-id">{requestId}</Code>
        </>
      )}
    </Text>
  );
}

function ImpactText({ impact, year, text, locale }: { impact: YearImpact; year: number; text: ImportText; locale: Locale }) {
  const days = (list: IsoDate[]) => {
    const shown = list.slice(0, IMPACT_DAYS_SHOWN).map((d) => formatDay(d, locale));
    if (list.length > IMPACT_DAYS_SHOWN) shown.push(text('impactMore', { count: list.length - IMPACT_DAYS_SHOWN }));
    return shown.join(locale === 'zh-CN' ? '、' : '; ');
  };
  return (
    <Stack gap={2} data-testid="import-impact" aria-live="polite">
      <Text size="sm" fw={600}>
        {text('impactTitle', { year })}
      </Text>
      {impact.becomeOff.length === 0 && impact.becomeWorking.length === 0 && <Text size="sm">{text('impactNone', { year })}</Text>}
      {impact.becomeOff.length > 0 && (
        <Text size="sm" data-testid="impact-off">
          {text('impactOff', { count: impact.becomeOff.length, days: days(impact.becomeOff) })}
        </Text>
      )}
      {impact.becomeWorking.length > 0 && (
        <Text size="sm" data-testid="impact-working">
          {text('impactWorking', { count: impact.becomeWorking.length, days: days(impact.becomeWorking) })}
        </Text>
      )}
    </Stack>
  );
}

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

function PreviewTable({ rows, locale, text, isTicked, summaryOf, editable, onTick, onSummary, stateOf }: PreviewTableProps) {
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

function RunState({ state, text }: { state: RowRunState; text: ImportText }) {
  switch (state.state) {
    case 'pending':
      return <Text size="sm">{state.uncertain ? text('statePendingUncertain') : text('statePending')}</Text>;
    case 'saving':
      return <Text size="sm">{state.checking ? text('stateChecking') : text('stateSaving')}</Text>;
    case 'saved':
      return (
        <Text size="sm" c="teal.9">
          {text('stateSaved')}{' '}
          <Code data-testid="event-id" style={{ wordBreak: 'break-all' }}>
            {state.eventId}
          </Code>
        </Text>
      );
    case 'skipped':
      return (
        <Text size="sm" c="dimmed">
          {text('stateSkipped')}
        </Text>
      );
    case 'undone':
      return <Text size="sm">{text('stateUndone')}</Text>;
    case 'failed':
      return (
        <Stack gap={0}>
          <Text size="sm" c="red.9" fw={600}>
            {text('stateFailed')}
          </Text>
          <FailureText failure={state.failure} />
          {state.uncertain && <Text size="sm">{text('stateFailedUncertain')}</Text>}
        </Stack>
      );
  }
}

function useRunSnapshot(run: ImportRun): RunSnapshot {
  return useSyncExternalStore(
    useCallback(
      (onChange: () => void) => {
        const unsubscribe = run.subscribe(onChange);
        return () => void unsubscribe();
      },
      [run],
    ),
    run.getSnapshot,
  );
}

function RunView(props: {
  started: { run: ImportRun; preview: Preview; runIndex: (number | undefined)[] };
  locale: Locale;
  text: ImportText;
  onInvalidate: () => void;
  onAnother: () => void;
  onClose: () => void;
}) {
  const { started, locale, text, onInvalidate, onAnother, onClose } = props;
  const { run, preview: shown, runIndex } = started;
  const snapshot = useRunSnapshot(run);
  const { counts, phase, task } = snapshot;
  const stateOf = (i: number) => {
    const index = runIndex[i];
    return index === undefined ? undefined : snapshot.rows[index];
  };
  const busy = phase === 'running' || phase === 'waiting';
  const toSend = snapshot.rows.length - counts.skipped;
  const done = task === 'import' ? counts.saved + counts.failed : counts.undone;
  const total = task === 'import' ? toSend : counts.saved + counts.undone;
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  const invalid = shown.rows.length - snapshot.rows.length;
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
        <Text size="sm" data-testid="import-progress" aria-live="polite">
          {task === 'import' ? text('progress', { done: counts.saved, total: toSend }) : text('progressUndo', { done: counts.undone, total })}
        </Text>
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
              ? text('runSummary', { saved: counts.saved, skipped: counts.skipped + invalid, failed: counts.failed })
              : text('undoSummary', { count: counts.undone })}
          </Text>
          {snapshot.undoFailures.length > 0 && (
            <Text size="sm" c="red.9">
              {text('undoFailures', { count: snapshot.undoFailures.length, ids: formatList(locale, snapshot.undoFailures.map((f) => f.eventId)) })}
            </Text>
          )}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        {busy && (
          <Button variant="default" onClick={() => run.cancel()}>
            {text('cancel')}
          </Button>
        )}
        {task === 'import' && !busy && phase !== 'stopped' && (counts.failed > 0 || phase === 'paused') && (
          <Button onClick={() => void run.resume().then(onInvalidate)}>{text('retry')}</Button>
        )}
        {task === 'import' && phase === 'cancelled' && counts.pending > 0 && (
          <Button variant="default" onClick={() => void run.resume().then(onInvalidate)}>
            {text('goOn')}
          </Button>
        )}
        {!busy && phase !== 'stopped' && (counts.saved > 0 || snapshot.rows.some((r) => r.state === 'failed' && r.uncertain) || (task === 'undo' && phase !== 'undone')) && (
          <Button variant="default" c="red.9" onClick={() => void run.undo().then(onInvalidate)}>
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
            {text('close')}
          </Button>
        )}
      </Group>
      <PreviewTable rows={shown.rows} locale={locale} text={text} isTicked={(_p, i) => stateOf(i) !== undefined && stateOf(i)?.state !== 'skipped'} stateOf={stateOf} />
    </Stack>
  );
}
