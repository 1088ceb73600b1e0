import { Box } from '@mantine/core';
import { Suspense, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { PortalTheme } from '../app/portalTheme';
import type { PanelConfig } from '../app/config';
import { useDocumentLanguage } from '../app/documentLanguage';
import { Providers } from '../app/Providers';
import { EventForm } from '../features/events/EventForm';
import { navigateView } from '../features/workspace/viewUrl';
import { WorkspaceSkeleton } from '../features/workspace/WorkspaceSkeleton';
import { PAGE_TEXTS } from '../i18n/messages';
import { textsFor } from '../core/text';
import { PartBoundary } from '../ui/PartBoundary';
import { retryableLazy } from '../ui/retryableLazy';
import { matchLocale } from '../core/locale';
import { createFrameBridge } from './frameBridge';
import { frameReducer } from './frameState';

// Loaded only when used: the form view (a new event) fetches neither the workspace's code nor the
// editor of a named event, whose delete dialog brings Mantine's modal.
const Workspace = retryableLazy(() => import('../features/workspace/Workspace'));
const EmbeddedEventEditor = retryableLazy(() => import('./EmbeddedEventEditor').then((m) => ({ default: m.EmbeddedEventEditor })));
const CalendarSwitchQuestion = retryableLazy(() => import('./CalendarSwitchQuestion'));

/**
 * The panel in a portal's iframe (`?embed=1`), without page chrome, reporting saves and its height
 * to the portal, which may change the calendar, the language or the look (colour scheme, primary
 * colour, radius). It shows the event form (a new
 * event, or `event_id`'s, with Delete), or with `view=workspace` the whole workspace.
 */
export function FrameApp({ config }: { config: PanelConfig }) {
  const [locale, setLocale] = useState(config.locale);
  // The form's calendar and event, and the question before a portal's calendar drops unsaved edits (frameState.ts).
  const [frame, dispatch] = useReducer(frameReducer, { calId: config.calId, eventId: config.embed?.eventId, dirty: false });
  const { calId, eventId } = frame;
  // Once the portal has sent a calendar, the question's code is loaded (and stays, so that its close returns the focus).
  const [calendarSent, setCalendarSent] = useState(false);
  const [portalTheme, setPortalTheme] = useState<PortalTheme>(config.embed?.theme ?? {});
  const [bridge] = useState(() => createFrameBridge(config.embed?.parentOrigin));
  const contentRef = useRef<HTMLDivElement>(null);
  const workspace = config.embed?.view === 'workspace';
  // The workspace takes the portal's calendar as its picker's (asking first about unsaved edits);
  // until it has loaded, nothing can be unsaved, and the URL takes the calendar.
  const workspaceCalendar = useRef<(calId: string) => void>(undefined);
  const listenCalendar = useCallback((listener: (calId: string) => void) => {
    workspaceCalendar.current = listener;
    return () => {
      if (workspaceCalendar.current === listener) workspaceCalendar.current = undefined;
    };
  }, []);
  useDocumentLanguage(locale);

  useEffect(
    () =>
      bridge.listen({
        setCalendar: (next) => {
          if (!workspace) {
            setCalendarSent(true);
            dispatch({ type: 'portalCalendar', calId: next });
          } else if (workspaceCalendar.current) workspaceCalendar.current(next);
          else navigateView({ calId: next }, 'push');
        },
        setLanguage: (lang) => setLocale((current) => matchLocale(lang) ?? current),
        setTheme: (theme) => setPortalTheme((current) => ({ ...current, ...theme })),
      }),
    [bridge, workspace],
  );
  const onDirtyChange = useCallback((dirty: boolean) => dispatch({ type: 'dirty', dirty }), []);
  const onSavingChange = useCallback((saving: boolean) => dispatch({ type: 'saving', saving }), []);
  // The frame's root: the content and, below it, the toasts (in the flow here: Providers' toastsInFlow).
  useEffect(() => bridge.reportHeight(contentRef.current!.parentElement!), [bridge]);
  useEffect(() => bridge.post({ type: 'calendar-panel:ready' }), [bridge]);

  return (
    <Providers locale={locale} apiBase={config.apiBase} portalTheme={portalTheme} toastsInFlow>
      <Box ref={contentRef} p="xs" component="main">
        <PartBoundary>
        {workspace ? (
          <Suspense fallback={<WorkspaceSkeleton label={textsFor(PAGE_TEXTS, locale)('calendarLoading')} />}>
            <Workspace onSaved={bridge.postSaved} framed calendarRequests={listenCalendar} />
          </Suspense>
        ) : eventId ? (
          <Suspense fallback={<WorkspaceSkeleton label={textsFor(PAGE_TEXTS, locale)('calendarLoading')} />}>
            <EmbeddedEventEditor key={`${calId} ${eventId}`} calId={calId} eventId={eventId} onSaved={bridge.postSaved} onDeleted={() => dispatch({ type: 'deleted' })} onDirtyChange={onDirtyChange} onSavingChange={onSavingChange} />
          </Suspense>
        ) : (
          // Another calendar is another form: what the portal switches to starts a new event.
          <EventForm key={calId ?? ''} fixedCalId={calId} onSaved={bridge.postSaved} onDirtyChange={onDirtyChange} onSavingChange={onSavingChange} />
        )}
        {calendarSent && (
          <Suspense fallback={null}>
            <CalendarSwitchQuestion opened={frame.asked !== undefined} saving={frame.saving} onKeep={() => dispatch({ type: 'keepEditing' })} onDiscard={() => dispatch({ type: 'discard' })} />
          </Suspense>
        )}
        </PartBoundary>
      </Box>
    </Providers>
  );
}
