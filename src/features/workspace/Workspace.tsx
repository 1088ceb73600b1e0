// The calendar workspace: a calendar's days for a month, its own events, and the event form beside
// them. The view (calendar, month, event being edited) lives in the URL.
import '@mantine/core/styles/Table.css';
import { Alert, Box, Button, CloseButton, Group, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { CalendarActions } from '../calendars/CalendarActions';
import { useCalendarInfo } from '../calendars/calendarInfo';
import { effectiveDays, isOwnEvent, type EffectiveDay } from '../calendars/effectiveDays';
import { usePersonalCalendars, usePublicHolidayCalendars } from '../calendars/listCalendars';
import { compareDates, toInclusiveEnd } from '../events/dates';
import { EventForm, type EventPrefill, type SavedEvent } from '../events/EventForm';
import { formatDayRange, formatLongDay, formatMonthName } from '../events/formatDates';
import { findOwnEvent, monthEventsQueryOptions, useMonthEvents } from '../events/listEvents';
import { CalendarBar } from './CalendarBar';
import { DeleteEventDialog, DiscardChangesDialog } from './dialogs';
import { EventList } from './EventList';
import { ImpactSummary } from './ImpactSummary';
import { GridLegend, MonthGrid, type DayRange } from './MonthGrid';
import { MonthNav } from './MonthNav';
import { addMonths, firstDay, formatMonth, lastDay, monthOf, parseMonth, todayIn, type Month } from './months';
import { useWorkspaceView } from './viewUrl';
import { WorkspaceSkeleton } from './WorkspaceSkeleton';
import classes from './Workspace.module.css';
import { useWorkspaceText } from './workspaceText';
import { ViewSwitch } from './ViewSwitch';

const YearView = lazy(() => import('./YearView'));

/** What the form beside the grid holds: an existing event (by id), or a new one for chosen days. */
/**
 * What the form beside the grid holds: an existing event (by id), or a new one for chosen days. A new
 * one over days that hold the calendar's own events lists them (`overlaps`): edit or extend one of
 * them, or add an overlapping event on purpose.
 */
type Session = { key: number; eventId?: string; event?: CalEventItem; prefill?: EventPrefill; explain?: EffectiveDay; overlaps?: CalEventItem[] };

let sessionKeys = 0;

/** Where the form becomes a sheet (Workspace.module.css). */
const PHONE = '(max-width: 40em)';

interface WorkspaceProps {
  onSaved?: (saved: SavedEvent) => void;
  /**
   * In a portal's iframe, which grows with its content: no phone sheet there (a fixed sheet at the
   * bottom of a frame as tall as its content is out of sight); the form stays below the month.
   */
  framed?: boolean;
}

export default function Workspace({ onSaved, framed = false }: WorkspaceProps = {}) {
  const { t, locale } = useI18n();
  const w = useWorkspaceText();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [view, go] = useWorkspaceView();
  const calendars = usePersonalCalendars();
  const publicCalendars = usePublicHolidayCalendars();
  const calendarName = (id: string) => publicCalendars.data?.find((c) => c.cal_id === id)?.cal_name ?? id;

  // The calendar: the URL's, or the account's first.
  const calId = view.calId ?? calendars.data?.[0]?.cal_id;
  const knownCalendar = calendars.data?.find((c) => c.cal_id === calId);
  const info = useCalendarInfo(knownCalendar ? calId : undefined);
  const timeZone = info.data?.timezone ?? knownCalendar?.timezone ?? 'Asia/Shanghai';
  const today = todayIn(timeZone);
  const month: Month = parseMonth(view.month) ?? monthOf(today);
  const monthName = formatMonthName(month.year, month.month, locale);
  // A link that names an event but no month shows the event's month: this month's days are not
  // fetched (nor drawn) while that month is being found, unless the event turns out unknown.
  const [unknownEventId, setUnknownEventId] = useState<string>();
  const awaitingEventMonth = !!view.eventId && !view.month && unknownEventId !== view.eventId;
  const events = useMonthEvents(knownCalendar && !awaitingEventMonth ? calId : undefined, month.year, month.month);
  const pattern = useMemo(() => (info.data ? { cal_id: info.data.cal_id, workdays: info.data.workdays ?? [] } : undefined), [info.data]);

  // The month's grid renders in a background pass that yields to input (a month of cells is the
  // panel's heaviest render); its caption and days change together.
  const current = useMemo(() => ({ month, data: events.data }), [month.year, month.month, events.data]); // eslint-disable-line react-hooks/exhaustive-deps -- the month by value
  const shown = useDeferredValue(current);
  const shownName = formatMonthName(shown.month.year, shown.month.month, locale);
  const days = useMemo(() => {
    if (!pattern || !shown.data) return undefined;
    return new Map(effectiveDays(firstDay(shown.month), lastDay(shown.month), pattern, shown.data.items).map((d) => [d.date, d]));
  }, [pattern, shown]);
  const ownEvents = useMemo(() => (calId && events.data ? events.data.items.filter((e) => isOwnEvent(calId, e)) : []), [calId, events.data]);

  // Paging feels instant: the months on either side are fetched ahead.
  useEffect(() => {
    if (!knownCalendar || !calId) return;
    for (const m of [addMonths(month, -1), addMonths(month, 1)]) {
      void queryClient.prefetchQuery(monthEventsQueryOptions(client, calId, m.year, m.month));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the month by value
  }, [queryClient, client, calId, knownCalendar, month.year, month.month]);

  // A calendar chosen by default is written into the URL, so that the link says what is shown.
  useEffect(() => {
    if (!view.calId && calId) go({ ...view, calId }, 'replace');
  }, [view, calId, go]);

  // The form, the days chosen in the grid, and the guard for unsaved edits.
  const [session, setSession] = useState<Session>();
  const [selection, setSelection] = useState<DayRange>();
  const [dirty, setDirty] = useState(false);
  const [pendingDiscard, setPendingDiscard] = useState<{ discard: () => void; keep?: () => void }>();
  const guard = (action: () => void) => {
    if (dirty) setPendingDiscard({ discard: action });
    else action();
  };
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const openSession = (next: Session | undefined) => {
    setDirty(false);
    setSession(next);
  };
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

  // The URL's event is the one being edited: a link, reload, back and forward open it. (State
  // adjusted while rendering, when the URL changed.)
  // The event stays with its form while other months are shown; the month's list has it fresh.
  const listedEvent = session?.eventId ? ownEvents.find((e) => e.event_id === session.eventId) : undefined;
  const editedEvent = listedEvent ?? (session?.event?.event_id === session?.eventId ? session?.event : undefined);
  if (session && listedEvent && session.event !== listedEvent) setSession({ ...session, event: listedEvent });
  const [seenEventId, setSeenEventId] = useState<string>();
  if (view.eventId !== seenEventId) {
    setSeenEventId(view.eventId);
    if (view.eventId !== session?.eventId && (view.eventId || session?.eventId)) {
      const next = view.eventId ? { key: ++sessionKeys, eventId: view.eventId } : undefined;
      const back = { ...view, eventId: session?.eventId };
      // Back or forward away from unsaved edits: ask first; staying puts the URL back.
      if (dirty) setPendingDiscard({ discard: () => openSession(next), keep: () => go(back, 'push') });
      else openSession(next);
    }
  }

  // The event being edited is in no list at hand (a link, a reload, a month paged to, a save
  // before the list is fresh): look it up in the lists of that year and the years on either side. A link without a month
  // then shows the event's month; otherwise the month stays as the user or the link chose it, and
  // the event stays with its form. Only when no list holds it is the link's event called unknown.
  const lookupEventId = session?.eventId && !editedEvent ? session.eventId : undefined;
  const monthInLink = view.month !== undefined;
  useEffect(() => {
    if (!lookupEventId || !calId) return;
    let cancelled = false;
    findOwnEvent(queryClient, client, calId, lookupEventId, month.year)
      .then((found) => {
        if (cancelled) return;
        if (!found) return setUnknownEventId(lookupEventId);
        setSession((s) => (s?.eventId === found.event_id ? { ...s, event: found } : s));
        setSelection({ from: found.start_at, to: toInclusiveEnd(found.end_at) });
        if (!monthInLink) go({ calId, eventId: found.event_id, month: formatMonth(monthOf(found.start_at)) }, 'replace');
      })
      .catch(() => !cancelled && setUnknownEventId(lookupEventId));
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- looked up once per event and calendar, not again on paging
  }, [lookupEventId, calId, client, queryClient, go]);

  // The grid's keyboard focus.
  const [anchor, setAnchor] = useState<string>();
  const [focusDate, setFocusDate] = useState(today);
  const focusInMonth = focusDate.startsWith(formatMonth(shown.month)) ? focusDate : today.startsWith(formatMonth(shown.month)) ? today : firstDay(shown.month);

  const [focusRequest, setFocusRequest] = useState<string>();
  const goMonth = (m: Month, focus?: string) => {
    go({ ...view, calId, month: formatMonth(m) }, 'push');
    setFocusDate(focus ?? firstDay(m));
    setFocusRequest(focus);
  };

  /** New event for these days, set to the opposite of what they are now. */
  const startDraft = (range: DayRange) => {
    if (!days) return;
    const chosen = [...days.values()].filter((d) => compareDates(d.date, range.from) >= 0 && compareDates(d.date, range.to) <= 0);
    const prefill: EventPrefill = { start_date: range.from, last_date: range.to, is_off: !chosen.every((d) => d.off) };
    const single = range.from === range.to ? days.get(range.from) : undefined;
    const explain = single && (single.reason.kind === 'weekly-rest' || single.reason.kind === 'public') ? single : undefined;
    const overlaps = [...new Map(chosen.flatMap((d) => d.ownEvents).map((e) => [e.event_id, e])).values()];
    setSelection(range);
    if (session && !session.eventId) {
      setSession({ ...session, prefill, explain, overlaps }); // the same new event, other days: nothing typed is lost
    } else {
      guard(() => {
        openSession({ key: ++sessionKeys, prefill, explain, overlaps });
        if (view.eventId) go({ ...view, eventId: undefined }, 'push');
      });
    }
  };

  const openEvent = (event: CalEventItem) =>
    guard(() => {
      setSelection({ from: event.start_at, to: toInclusiveEnd(event.end_at) });
      openSession({ key: ++sessionKeys, eventId: event.event_id, event });
      go({ calId, month: formatMonth(month), eventId: event.event_id }, 'push');
    });

  /** The event made to cover the chosen days as well as its own. */
  const extendEvent = (event: CalEventItem, range: DayRange) =>
    guard(() => {
      const last = toInclusiveEnd(event.end_at);
      const from = compareDates(range.from, event.start_at) < 0 ? range.from : event.start_at;
      const to = compareDates(range.to, last) > 0 ? range.to : last;
      setSelection({ from, to });
      openSession({ key: ++sessionKeys, eventId: event.event_id, event, prefill: { start_date: from, last_date: to, is_off: event.is_off } });
      go({ calId, month: formatMonth(month), eventId: event.event_id }, 'push');
    });

  const closePanel = () =>
    guard(() => {
      setSelection(undefined);
      openSession(undefined);
      if (view.eventId) go({ ...view, eventId: undefined }, 'push');
    });

  const onPick = (date: string) => {
    setAnchor(date);
    const day = days?.get(date);
    if (day?.reason.kind === 'own') openEvent(day.reason.event);
    else startDraft({ from: date, to: date });
  };
  const onExtend = (date: string, from?: string) => {
    const start = from ?? anchor ?? date;
    setAnchor(start);
    startDraft(compareDates(start, date) <= 0 ? { from: start, to: date } : { from: date, to: start });
  };

  const switchCalendar = (next: string) =>
    guard(() => {
      setSelection(undefined);
      openSession(undefined);
      setUnknownEventId(undefined);
      go({ calId: next, month: view.month }, 'push');
    });

  const [deleting, setDeleting] = useState<CalEventItem>();
  const onDeleted = (event: CalEventItem) => {
    setDeleting(undefined);
    setSelection(undefined);
    if (session?.eventId === event.event_id) {
      openSession(undefined);
      go({ ...view, eventId: undefined }, 'replace');
    }
  };

  const badMonth = view.month && !parseMonth(view.month) ? view.month : undefined;
  // In the form's header: delete the event being edited, close the form.
  const panelActions = (
    <>
      {session?.eventId && editedEvent && (
        <Button variant="subtle" color="red" c="red.9" onClick={() => setDeleting(editedEvent)}>
          {w('delete')}
        </Button>
      )}
      <CloseButton size="lg" onClick={closePanel} aria-label={w('closeForm')} />
    </>
  );
  const formOpen = session && (session.eventId ? editedEvent : true);

  if (calendars.isPending) return <WorkspaceSkeleton label={t('calendarLoading')} />;
  if (calendars.isError) {
    return (
      <Alert color="red" role="alert" title={t('calendarLoadFailed')}>
        <Button variant="light" size="xs" mt="xs" onClick={() => void calendars.refetch()}>
          {t('retry')}
        </Button>
      </Alert>
    );
  }

  return (
    <div className={classes.layout} data-with-form={session ? true : undefined} data-framed={framed || undefined}>
      <div className={classes.calendar}>
        <Stack gap="md">
          <CalendarBar
            calendars={calendars.data}
            calId={calId}
            info={info.data}
            onChange={switchCalendar}
            actions={
              <CalendarActions
                calendars={calendars.data}
                calendar={knownCalendar && info.data}
                year={month.year}
                thisYear={monthOf(today).year}
                onCreated={switchCalendar}
                onDeleted={() => go({ month: view.month, view: view.view }, 'push')}
              />
            }
          />
          {badMonth && (
            <Alert color="yellow" role="status">
              {w('badMonth', { month: badMonth, shown: monthName })}
            </Alert>
          )}
          {unknownEventId && unknownEventId === view.eventId && (
            <Alert color="red" role="alert">
              {w('unknownEvent', { id: unknownEventId })}
            </Alert>
          )}
          {knownCalendar && info.data && pattern && view.view === 'year' && (
            <Suspense fallback={<Loader size="sm" />}>
              <ViewSwitch view="year" onChange={() => go({ ...view, view: undefined }, 'push')} />
              <YearView
                calendar={pattern}
                calendarName={info.data.cal_name}
                year={month.year}
                today={today}
                onYear={(year) => go({ ...view, calId, month: formatMonth({ year, month: month.month }) }, 'push')}
                onOpenMonth={(m) => go({ ...view, calId, view: undefined, month: formatMonth(m) }, 'push')}
              />
            </Suspense>
          )}
          {knownCalendar && info.data && view.view !== 'year' && (
            <section aria-labelledby="month-title" ref={monthRef}>
              <ViewSwitch view="month" onChange={() => go({ ...view, calId, month: formatMonth(month), view: 'year' }, 'push')} />
              <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs" mb="xs">
                <Title order={2} size="h3" id="month-title" aria-live="polite">
                  {shownName}
                </Title>
                <MonthNav month={month} today={monthOf(today)} onChange={(m) => goMonth(m)} />
              </Group>
              <Text size="sm" c="dimmed" id="grid-help" mb="xs">
                {w('gridHelp')} <span className={classes.keysHelp}>{w('gridKeys')}</span>
              </Text>
              {events.isError && !events.data ? (
                <Alert color="red" role="alert" title={w('loadFailed', { month: monthName })}>
                  <Button variant="light" size="xs" mt="xs" onClick={() => void events.refetch()}>
                    {w('retry')}
                  </Button>
                </Alert>
              ) : (
                <>
                  {!days && (
                    <VisuallyHidden role="status">{w('loading', { month: monthName })}</VisuallyHidden>
                  )}
                  <MonthGrid
                    month={shown.month}
                    days={days}
                    today={today}
                    selection={selection}
                    focusDate={focusInMonth}
                    onFocusDate={setFocusDate}
                    onPick={onPick}
                    onExtend={onExtend}
                    onLeaveMonth={(date) => {
                      const m = monthOf(date);
                      if (m.year >= 2023) goMonth(m, date);
                    }}
                    focusRequest={focusRequest}
                    onFocusRequestDone={() => setFocusRequest(undefined)}
                    labelledBy="month-title"
                    describedBy="grid-help"
                  />
                </>
              )}
              <Box mt="xs">
                <GridLegend />
              </Box>
            </section>
          )}
          {knownCalendar && info.isError && (
            <Alert color="red" role="alert" title={w('loadFailed', { month: monthName })}>
              <Button variant="light" size="xs" mt="xs" onClick={() => void info.refetch()}>
                {w('retry')}
              </Button>
            </Alert>
          )}
          {knownCalendar && info.data && events.data && view.view !== 'year' && <EventList monthName={monthName} events={ownEvents} onEdit={openEvent} onDelete={setDeleting} timeZone={timeZone} />}
        </Stack>
      </div>
      {session && (
        <div className={classes.form} data-print-hide>
          <div className={classes.formInner} ref={panelRef}>
            {session.explain && (
              <Alert color="gray" mb="sm" role="note" data-testid="read-only-day">
                {explainDay(session.explain, locale, w, calendarName)}
              </Alert>
            )}
            {!session.eventId && session.overlaps && session.overlaps.length > 0 && selection && (
              <Alert color="yellow" mb="sm" role="note" data-testid="overlap-choice">
                <Text size="sm">{w('overlapChoice', { list: session.overlaps.map((e) => `“${e.summary}” (${formatDayRange(e.start_at, toInclusiveEnd(e.end_at), locale)})`).join(locale === 'zh-CN' ? '、' : ', ') })}</Text>
                <Group gap="xs" mt="xs">
                  {session.overlaps.slice(0, 3).map((e) => (
                    <Group key={e.event_id} gap="xs">
                      <Button size="compact-sm" variant="default" onClick={() => openEvent(e)}>
                        {w('overlapEdit', { summary: e.summary })}
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => extendEvent(e, selection)}>
                        {w('overlapExtend', { summary: e.summary })}
                      </Button>
                    </Group>
                  ))}
                </Group>
                <Text size="sm" mt="xs">
                  {w('overlapAdd')}
                </Text>
              </Alert>
            )}
            {formOpen && calId ? (
              <EventForm
                key={session.key}
                fixedCalId={calId}
                event={editedEvent}
                prefill={session.prefill}
                onDirtyChange={setDirty}
                onEditingChange={(eventId) => {
                  setSession((s) => s && { ...s, eventId, explain: undefined });
                  go({ ...view, calId, eventId }, 'replace');
                }}
                renderImpact={(values, eventId) =>
                  pattern && <ImpactSummary calendar={pattern} first={values.start_date} last={values.last_date} isOff={values.is_off} eventId={eventId} />
                }
                actions={panelActions}
                onSaved={onSaved}
              />
            ) : (
              <Paper withBorder radius="md" p="md">
                <Group justify="space-between">
                  {unknownEventId !== session.eventId ? <Loader size="sm" /> : <span />}
                  {panelActions}
                </Group>
              </Paper>
            )}
          </div>
        </div>
      )}
      <DeleteEventDialog event={deleting} onClose={() => setDeleting(undefined)} onDeleted={onDeleted} />
      <DiscardChangesDialog
        opened={!!pendingDiscard}
        onKeep={() => {
          pendingDiscard?.keep?.();
          setPendingDiscard(undefined);
        }}
        onDiscard={() => {
          const action = pendingDiscard?.discard;
          setPendingDiscard(undefined);
          setDirty(false);
          action?.();
        }}
      />
    </div>
  );
}

function explainDay(day: EffectiveDay, locale: Parameters<typeof formatLongDay>[1], w: ReturnType<typeof useWorkspaceText>, calendarName: (id: string) => string): string {
  const date = formatLongDay(day.date, locale);
  if (day.reason.kind === 'public') return w('explainPublic', { date, name: day.reason.event.summary, calendar: calendarName(day.reason.event.cal_id) });
  return w('explainWeeklyRest', { date });
}
