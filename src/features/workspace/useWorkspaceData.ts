// What the workspace shows, from the server: the calendars, the chosen calendar's settings, the
// month's days and own events (the months on either side fetched ahead), and the lookup of an event
// that no list at hand holds. What the data says about the view goes to the reducer.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, type Dispatch } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { failureOf } from '../../api/errors';
import { useLocale } from '../../i18n/I18nProvider';
import { useCalendarInfo, usePersonalCalendars, usePublicHolidayCalendars } from '../../api/calendars';
import { effectiveDays, isOwnEvent } from '../../core/effectiveDays';
import { formatMonthName } from '../../core/formatDates';
import { monthEventsQueryOptions, useFindOwnEvent, useMonthEvents } from '../../api/events';
import { addMonths, firstDay, formatMonth, isListedMonth, lastDay, monthOf, parseMonth, todayIn, type Month } from '../../core/months';
import type { WorkspaceView } from './viewUrl';
import type { Here, WorkspaceAction, WorkspaceState } from './workspaceState';
import { DEFAULT_TIME_ZONE } from '../../core/timeZone';

export function useWorkspaceData(view: WorkspaceView, state: WorkspaceState, dispatch: Dispatch<WorkspaceAction>) {
  const locale = useLocale();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const calendars = usePersonalCalendars();
  const publicCalendars = usePublicHolidayCalendars();
  const calendarName = (id: string) => publicCalendars.data?.find((c) => c.cal_id === id)?.cal_name ?? id;

  // The calendar: the URL's, or the account's first.
  const calId = view.calId ?? calendars.data?.[0]?.cal_id;
  const knownCalendar = calendars.data?.find((c) => c.cal_id === calId);
  const info = useCalendarInfo(knownCalendar ? calId : undefined);
  // Its settings: from /calendar/info; until it answers, or when it failed, the calendar list's
  // record of it (read with the same schema: its time zone and working days are as safe to draw the
  // days from), so that a slow /calendar/info does not hide the month.
  const calendar = info.data ?? knownCalendar;
  const settingsFailure = useMemo(() => (info.isError ? failureOf(info.error) : undefined), [info.isError, info.error]);
  const timeZone = calendar?.timezone ?? knownCalendar?.timezone ?? DEFAULT_TIME_ZONE;
  const today = todayIn(timeZone);
  const month: Month = parseMonth(view.month) ?? monthOf(today);
  const monthName = formatMonthName(month.year, month.month, locale);
  // A link that names an event but no month shows the event's month: this month's days are not
  // fetched (nor drawn, nor those on either side) while that month is being found, unless the event
  // turns out unknown or cannot be looked up.
  const awaitingEventMonth = !!view.eventId && !view.month && state.lookupMiss?.eventId !== view.eventId;
  const listedCalId = knownCalendar && !awaitingEventMonth ? calId : undefined;
  const events = useMonthEvents(listedCalId, month.year, month.month);
  const pattern = useMemo(() => (calendar ? { cal_id: calendar.cal_id, workdays: calendar.workdays ?? [] } : undefined), [calendar]);

  // The month's grid (plain cells, memoised) renders with the click that asked for it, its caption,
  // days and list of events together: no background pass, whose result a stream of urgent updates
  // could keep off the screen (a link's event found, the URL corrected, its form opened).
  const shown = useMemo(() => ({ month, data: events.data }), [month.year, month.month, events.data]); // eslint-disable-line react-hooks/exhaustive-deps -- the month by value
  const shownName = formatMonthName(shown.month.year, shown.month.month, locale);
  const days = useMemo(() => {
    if (!pattern || !shown.data) return undefined;
    return new Map(effectiveDays(firstDay(shown.month), lastDay(shown.month), pattern, shown.data.items).map((d) => [d.date, d]));
  }, [pattern, shown]);
  const ownEvents = useMemo(() => (calId && events.data ? events.data.items.filter((e) => isOwnEvent(calId, e)) : []), [calId, events.data]);

  // Paging feels instant: the months on either side are fetched ahead.
  useEffect(() => {
    if (!listedCalId) return;
    for (const m of [addMonths(month, -1), addMonths(month, 1)].filter(isListedMonth)) {
      void queryClient.prefetchQuery(monthEventsQueryOptions(client, listedCalId, m.year, m.month));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the month by value
  }, [queryClient, client, listedCalId, month.year, month.month]);

  useEffect(() => {
    if (!view.calId && calId) dispatch({ type: 'calendarDefaulted', calId, view });
  }, [view, calId, dispatch]);

  const here: Here = { view, calId, month: formatMonth(month) };

  // The event being edited: the month's list has it fresh; it stays with its form while other
  // months are shown. (What the data says goes to the reducer before the browser paints.)
  const { session } = state;
  const listedEvent = session?.eventId ? ownEvents.find((e) => e.event_id === session.eventId) : undefined;
  const editedEvent = listedEvent ?? (session?.event?.event_id === session?.eventId ? session?.event : undefined);
  useLayoutEffect(() => {
    if (listedEvent) dispatch({ type: 'eventListed', event: listedEvent });
  }, [listedEvent, dispatch]);

  // The event being edited is in no list at hand (a link, a reload, a month paged to, a save before
  // the list is fresh): it is looked up in the lists of that year and the years on either side.
  // Found, a link without a month then shows the event's month; otherwise the month stays as the
  // user or the link chose it. Only when no list holds it is the link's event called unknown.
  const lookupEventId = session?.eventId && !editedEvent ? session.eventId : undefined;
  const lookup = useFindOwnEvent(calId, lookupEventId, month.year, { fetchItsMonth: !view.month });
  const found = useEffectEvent((event: NonNullable<typeof lookup.data>) => dispatch({ type: 'eventFound', event, here }));
  const { data: lookedUp, isError: lookupFailed } = lookup;
  useLayoutEffect(() => {
    if (!lookupEventId) return;
    if (lookedUp) found(lookedUp);
    else if (lookedUp === null) dispatch({ type: 'eventNotFound', eventId: lookupEventId });
    else if (lookupFailed) dispatch({ type: 'eventLookupFailed', eventId: lookupEventId });
  }, [lookupEventId, lookedUp, lookupFailed, dispatch]);

  return { calendars, calendarName, calId, knownCalendar, info, calendar, settingsFailure, timeZone, today, month, monthName, events, pattern, shown, shownName, days, ownEvents, editedEvent, lookup, here };
}
