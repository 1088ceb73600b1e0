// The calendar workspace: a calendar's days for a month, its own events, and the event form beside
// them. The view (calendar, month, event being edited) lives in the URL; the rest of the view's
// state is one reducer (workspaceState.ts, workspaceReducer.ts), and the data comes from useWorkspaceData.ts.
import '@mantine/core/styles/Table.css';
import { Alert, Box, Button, CloseButton, Group, Loader, Paper, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';
import { CalendarActions } from './CalendarActions';
import { EventForm, type ReopenedDraft, type SavedEvent } from '../events/EventForm';
import { useReopenKeptNewEvent } from '../events/formDraft';
import { CalendarBar } from './CalendarBar';
import { CalendarsUnreadable } from '../../ui/CalendarsUnreadable';
import { PartBoundary } from '../../ui/PartBoundary';
import { UnreadableNotice } from '../../ui/UnreadableNotice';
import { retryableLazy } from '../../ui/retryableLazy';
import { FormSheet } from './FormSheet';
import { OverlapChoice, ReadOnlyDayNote } from './FormNotes';
import { DeleteEventDialog } from './dialogs';
import { LeaveFormQuestion } from './LeaveFormQuestion';
import { EventList } from './EventList';
import { ImpactSummary } from './ImpactSummary';
import { GridLegend, MonthGrid } from './MonthGrid';
import { MonthNav } from './MonthNav';
import { firstDay, formatMonth, monthOf, parseMonth, type Month } from '../../core/months';
import { useStable } from './useStable';
import { useWorkspaceData } from './useWorkspaceData';
import { UrlNotices } from './UrlNotices';
import type { WorkspaceView } from './viewUrl';
import { GridHelp, WorkspaceShell } from './WorkspaceShell';
import classes from './Workspace.module.css';
import { useWorkspaceState } from './useWorkspaceState';
import { WORKSPACE_TEXTS } from './workspaceText';
import { ViewSwitch } from './ViewSwitch';
import { SettingsUnreadable } from './SettingsUnreadable';
import { FIRST_YEAR } from '../../core/months';

const YearView = retryableLazy(() => import('./YearView'));

/** Where the form becomes a sheet (Workspace.module.css). */
const PHONE = '(max-width: 40em)';

interface WorkspaceProps {
  onSaved?: (saved: SavedEvent) => void;
  /**
   * In a portal's iframe, which grows with its content: no phone sheet there (a fixed sheet at the
   * bottom of a frame as tall as its content is out of sight); the form stays below the month.
   */
  framed?: boolean;
  /** The portal's calendars (set-calendar): each goes the way of the picker's, asking first about unsaved edits. Returns the cleanup. */
  calendarRequests?: (onCalendar: (calId: string) => void) => () => void;
}

export default function Workspace({ onSaved, framed = false, calendarRequests }: WorkspaceProps = {}) {
  const t = useTexts(PAGE_TEXTS);
  const w = useTexts(WORKSPACE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  // The view's state (useWorkspaceState.ts), in step with the URL; the data it shows.
  const { view, state, dispatch } = useWorkspaceState();
  const { session, selection, pendingDiscard, deleting, lookupMiss } = state;
  const { calendars, calendarName, calId, knownCalendar, info, calendar, settingsFailure, timeZone, today, month, monthName, events, pattern, shown, shownName, days, ownEvents, editedEvent, lookup, here } =
    useWorkspaceData(view, state, dispatch);

  // On a phone (outside a portal's frame) the form is a sheet over the month (FormSheet.tsx); it can
  // be collapsed to its header, until another form session opens.
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const sheet = phone && !framed;
  const [collapsedFor, setCollapsedFor] = useState<number>();
  const collapsed = session !== undefined && collapsedFor === session.key;

  // On a narrow screen the form is below the calendar: bring a newly opened one into view.
  const panelRef = useRef<HTMLDivElement>(null);
  const monthRef = useRef<HTMLElement>(null);
  const sessionKey = session?.key;
  useEffect(() => {
    const panel = panelRef.current;
    if (sessionKey === undefined || !panel) return;
    const { top, bottom } = panel.getBoundingClientRect();
    // On a phone the form is a sheet over the screen's lower part: the month moves up above it.
    if (!framed && window.matchMedia(PHONE).matches) monthRef.current?.querySelector('[role="grid"]')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    else if (top > window.innerHeight || bottom < 0) panel.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [sessionKey, framed]);

  // The grid's keyboard focus.
  const focusDate = state.focusDate ?? today;
  const focusInMonth = focusDate.startsWith(formatMonth(shown.month)) ? focusDate : today.startsWith(formatMonth(shown.month)) ? today : firstDay(shown.month);
  const onFocusDate = useCallback((date: string) => dispatch({ type: 'focusDay', date }), [dispatch]);
  const onFocusRequestDone = useCallback(() => dispatch({ type: 'focusRequestDone' }), [dispatch]);
  const onFormDates = useCallback((from: string, to: string) => dispatch({ type: 'formDates', range: { from, to } }), [dispatch]);
  const onDirtyChange = useCallback((dirty: boolean) => dispatch({ type: 'setDirty', dirty }), [dispatch]);
  const onSavingChange = useCallback((saving: boolean) => dispatch({ type: 'setSaving', saving }), [dispatch]);
  // What the grid, the year, the list and the bar call back: the same functions every render (they
  // read the render's values when called), so that those parts render again only when what they show
  // changes (a month switch or the Year button renders the workspace two or three times).
  const goMonth = useStable((m: Month, focus?: string) => dispatch({ type: 'showMonth', month: m, focus, here }));
  const openEvent = useStable((event: CalEventItem) => dispatch({ type: 'openEvent', event, here }));
  const onRestored = useStable((event: CalEventItem) => dispatch({ type: 'restored', event, here }));
  const onReopen = useStable((draft: ReopenedDraft) => dispatch({ type: 'reopened', draft }));
  const askDelete = useStable((event: CalEventItem) => dispatch({ type: 'askDelete', event }));
  const switchCalendar = useStable((next: string) => dispatch({ type: 'switchCalendar', calId: next, here }));
  useEffect(() => calendarRequests?.(switchCalendar), [calendarRequests, switchCalendar]);
  const showView = (to: WorkspaceView) => dispatch({ type: 'showView', to });
  const onPick = useStable((date: string) => dispatch({ type: 'pickDay', date, days, here }));
  const onExtend = useStable((date: string, from?: string) => dispatch({ type: 'extendTo', date, from, days, here }));
  // A new event typed before a reload of the page's code opens again on its days (formDraft.ts).
  useReopenKeptNewEvent(calId, days, (range) => dispatch({ type: 'extendTo', from: range.from, date: range.to, days, here }));
  const onLeaveMonth = useStable((date: string) => {
    const m = monthOf(date);
    if (m.year >= FIRST_YEAR) goMonth(m, date);
  });
  const onYear = useStable((year: number) => showView({ ...view, calId, month: formatMonth({ year, month: month.month }) }));
  const onOpenMonth = useStable((m: Month) => showView({ ...view, calId, view: undefined, month: formatMonth(m) }));
  const onCalendarDeleted = useStable(() => showView({ month: view.month, view: view.view }));
  const thisYear = monthOf(today).year;
  const calendarActions = useMemo(
    () =>
      calendars.data && (
        <CalendarActions calendars={calendars.data} calendar={knownCalendar && calendar} settingsFailure={settingsFailure} year={month.year} thisYear={thisYear} onSwitch={switchCalendar} onDeleted={onCalendarDeleted} />
      ),
    [calendars.data, knownCalendar, calendar, settingsFailure, month.year, thisYear, switchCalendar, onCalendarDeleted],
  );

  const badMonth = view.month && !parseMonth(view.month) ? view.month : undefined;
  const closeForm = () => dispatch({ type: 'closeForm', here });
  // In the form's header: delete the event being edited, close the form (in the sheet's own header on a phone).
  const panelActions = (
    <>
      {session?.eventId && editedEvent && (
        <Button variant="subtle" color="red" c="var(--panel-red-text)" onClick={() => askDelete(editedEvent)}>
          {w('delete')}
        </Button>
      )}
      {!sheet && <CloseButton size="lg" onClick={closeForm} aria-label={w('closeForm')} />}
    </>
  );
  // A form opened again waits for its calendar on screen (the URL follows a moment later).
  const formOpen = session && (session.eventId ? editedEvent : true) && (!session.reopened || session.reopened.values.cal_id === calId);

  if (calendars.isPending) return <WorkspaceShell />;
  if (calendars.isError) {
    return (
      <CalendarsUnreadable title={t('calendarLoadFailed')} error={calendars.error} retrying={calendars.isFetching} onRetry={() => void calendars.refetch()} />
    );
  }

  return (
    <div className={classes.layout} data-with-form={session ? true : undefined} data-framed={framed || undefined} data-sheet-collapsed={collapsed || undefined}>
      <div className={classes.calendar}>
        <Stack gap="md">
          <CalendarBar
            calendars={calendars.data}
            calId={calId}
            info={calendar}
            onChange={switchCalendar}
            actions={calendarActions}
          />
          <UnreadableNotice />
          {knownCalendar && settingsFailure && <SettingsUnreadable failure={settingsFailure} fallback={!!calendar} retrying={info.isFetching} onRetry={() => void info.refetch()} />}
          <UrlNotices badMonth={badMonth} monthName={monthName} lookupMiss={lookupMiss} eventId={view.eventId} retrying={lookup.isFetching} onRetry={() => void lookup.refetch()} />
          {knownCalendar && calendar && pattern && view.view === 'year' && (
            <Suspense fallback={<Loader size="sm" />}>
              <ViewSwitch view="year" onChange={() => showView({ ...view, view: undefined })} />
              <PartBoundary>
              <YearView
                calendar={pattern}
                year={month.year}
                today={today}
                onYear={onYear}
                onOpenMonth={onOpenMonth}
              />
              </PartBoundary>
            </Suspense>
          )}
          {knownCalendar && calendar && view.view !== 'year' && (
            <section aria-labelledby="month-title" ref={monthRef}>
              <ViewSwitch view="month" onChange={() => showView({ ...view, calId, month: formatMonth(month), view: 'year' })} />
              <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs" mb="xs">
                <Title order={2} size="h3" id="month-title" aria-live="polite">
                  {shownName}
                </Title>
                <MonthNav month={month} today={monthOf(today)} onChange={goMonth} />
              </Group>
              <GridHelp />
              {events.isError && !events.data ? (
                <Alert color="red" role="alert" title={w('loadFailed', { month: monthName })}>
                  <Button variant="light" size="xs" mt="xs" onClick={() => void events.refetch()}>
                    {common('retry')}
                  </Button>
                </Alert>
              ) : (
                <>
                  {!days && (
                    <VisuallyHidden role="status">{w('loading', { month: monthName })}</VisuallyHidden>
                  )}
                  <PartBoundary>
                  <MonthGrid
                    month={shown.month}
                    days={days}
                    today={today}
                    selection={selection}
                    focusDate={focusInMonth}
                    onFocusDate={onFocusDate}
                    onPick={onPick}
                    onExtend={onExtend}
                    onLeaveMonth={onLeaveMonth}
                    focusRequest={state.focusRequest}
                    onFocusRequestDone={onFocusRequestDone}
                    labelledBy="month-title"
                    describedBy="grid-help"
                  />
                  </PartBoundary>
                </>
              )}
              <Box mt="xs">
                <GridLegend />
              </Box>
            </section>
          )}
          {knownCalendar && calendar && events.data && view.view !== 'year' && (
            <PartBoundary>
              <EventList monthName={monthName} events={ownEvents} onEdit={openEvent} onDelete={askDelete} timeZone={timeZone} />
            </PartBoundary>
          )}
        </Stack>
      </div>
      {session && (
        <FormSheet
          sheet={sheet}
          sessionKey={session.key}
          title={session.eventId ? t('formTitleEdit') : t('formTitleNew')}
          collapsed={collapsed}
          onCollapsedChange={(c) => setCollapsedFor(c ? session.key : undefined)}
          onClose={closeForm}
          closeLabel={w('closeForm')}
          innerRef={panelRef}
        >
          {session.explain && <ReadOnlyDayNote day={session.explain} calendarName={calendarName} />}
          {!session.eventId && session.overlaps && session.overlaps.length > 0 && selection && (
            <OverlapChoice overlaps={session.overlaps} onEdit={openEvent} onExtend={(e) => dispatch({ type: 'extendEvent', event: e, range: selection, here })} />
          )}
          {formOpen && calId ? (
            <EventForm
              key={session.key}
              fixedCalId={calId}
              event={editedEvent}
              prefill={session.prefill}
              onDirtyChange={onDirtyChange}
              onSavingChange={onSavingChange}
              onEditingChange={(eventId) => dispatch({ type: 'editingChanged', eventId, here })}
              onDatesChange={onFormDates}
              renderImpact={(values, eventId, saved) =>
                pattern && (
                  <ImpactSummary
                    saved={saved}
                    calendar={pattern}
                    first={values.start_date}
                    last={values.last_date}
                    isOff={values.is_off}
                    original={editedEvent?.event_id === eventId ? editedEvent : undefined}
                  />
                )
              }
              actions={panelActions}
              onSaved={onSaved}
              onUndone={onRestored}
              onOpenEvent={openEvent}
              onReopen={onReopen}
              reopened={session.reopened}
            />
          ) : (
            <Paper withBorder radius="md" p="md">
              <Group justify="space-between">
                {lookupMiss?.eventId !== session.eventId ? <Loader size="sm" /> : <span />}
                {panelActions}
              </Group>
            </Paper>
          )}
        </FormSheet>
      )}
      <DeleteEventDialog event={deleting} onClose={() => dispatch({ type: 'cancelDelete' })} onDeleted={(event) => dispatch({ type: 'deleted', event, here })} onRestored={onRestored} onOpen={openEvent} />
      <LeaveFormQuestion opened={!!pendingDiscard} saving={state.saving} onKeep={() => dispatch({ type: 'keepEditing' })} onDiscard={() => dispatch({ type: 'confirmDiscard' })} />
    </div>
  );
}
