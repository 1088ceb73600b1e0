import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { useApiClient } from '../api/ApiClientProvider';
import { calendarInfoQueryOptions, personalCalendarsQueryOptions } from '../api/calendars';
import { findOwnEventQueryOptions, monthEventsQueryOptions } from '../api/events';
import { monthOf, parseMonth, todayIn } from '../core/months';
import { readView } from '../features/workspace/viewUrl';
import { WorkspaceShell } from '../features/workspace/WorkspaceShell';
import { LOCALES, type Locale } from '../core/locale';
import { PAGE_TEXTS } from '../i18n/messages';
import { textsFor } from '../core/text';
import type { PanelConfig } from './config';
import { useDocumentLanguage } from './documentLanguage';
import { PartBoundary } from '../ui/PartBoundary';
import { retryableLazy } from '../ui/retryableLazy';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
import { useHydrated } from '../ui/useHydrated';
import { Providers } from './Providers';
import { DEFAULT_TIME_ZONE } from '../core/timeZone';

// The workspace (grid, list, dialogs) loads right after the first paint; main.tsx starts its
// download at once, beside the first render and the calendar list's request. Not on import of this
// module: main.tsx starts it for the page only, not for the iframe's form view (?embed=1), whose
// event form needs none of that code.
let workspaceModule: Promise<typeof import('../features/workspace/Workspace')> | undefined;
export const loadWorkspace = () =>
  (workspaceModule ??= import('../features/workspace/Workspace').catch((error: unknown) => {
    workspaceModule = undefined; // a Retry fetches it again
    throw error;
  }));

// The workspace mounts once the first month's data has come (or failed), or after MOUNT_WAIT_MS at
// most: its first render is then React's retry of the Suspense boundary below, which React renders
// in slices between which the page stays responsive. Data arriving into a workspace already mounted
// re-renders it in one blocking task instead (a query's update is always urgent): on a mid-range
// phone that was the page's longest task. Measured (Lighthouse mobile, workspace, 5 runs each): total
// blocking time median 475 → 394 ms, performance 81 → 84.
const MOUNT_WAIT_MS = 2000;
let firstDataSettled: () => void = () => undefined;
const firstData = new Promise<void>((resolve) => (firstDataSettled = resolve));
const Workspace = retryableLazy(async () => {
  const [module] = await Promise.all([loadWorkspace(), Promise.race([firstData, new Promise((r) => setTimeout(r, MOUNT_WAIT_MS))])]);
  return module;
});

/** Asks for the calendars (and the linked one's details, and the event a link names) while the workspace's code downloads. */
function StartLoading({ calId }: { calId?: string }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    const { eventId, month, view } = readView(window.location.search);
    // The month the workspace shows first is asked for as soon as its calendar is known (the URL's,
    // or the account's first), not after the workspace's code has loaded and rendered: the month's
    // days then arrive with the page (a year, or a link's event without a month, is found otherwise).
    const asked: Promise<unknown>[] = [];
    const calendarsAsked = queryClient.fetchQuery(personalCalendarsQueryOptions(client)).then(
      (list) => {
        const personal = list.items.filter((c) => c.kind === 'personal' && c.status !== 'deleted');
        const calendar = calId ? personal.find((c) => c.cal_id === calId) : personal[0];
        if (!calendar || view === 'year' || (eventId && !month)) return;
        const shown = parseMonth(month) ?? monthOf(todayIn(calendar.timezone ?? DEFAULT_TIME_ZONE));
        return Promise.all([
          calId ? undefined : queryClient.prefetchQuery(calendarInfoQueryOptions(client, calendar.cal_id)),
          queryClient.prefetchQuery(monthEventsQueryOptions(client, calendar.cal_id, shown.year, shown.month)),
        ]);
      },
      () => undefined, // the workspace says so, and retries
    );
    asked.push(calendarsAsked);
    if (calId) asked.push(queryClient.prefetchQuery(calendarInfoQueryOptions(client, calId)));
    // The workspace looks the link's event up as useWorkspaceData does (a link without a month then shows its month).
    if (calId && eventId) {
      const year = parseMonth(month)?.year ?? new Date().getFullYear();
      asked.push(queryClient.prefetchQuery(findOwnEventQueryOptions(queryClient, client, calId, eventId, year, { fetchItsMonth: !month })));
    }
    void Promise.all(asked).then(firstDataSettled);
  }, [client, queryClient, calId]);
  return null;
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '中文' };

/** The panel as a page of its own: title, language switch, and the calendar workspace. */
export function App({ config }: { config: PanelConfig }) {
  const [locale, setLocale] = useState(config.locale);
  // The prerendered page (src/prerender.tsx) holds the shell; the workspace replaces it once hydrated.
  const hydrated = useHydrated();

  useDocumentLanguage(locale);
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get('lang') !== locale && (url.searchParams.has('lang') || locale !== config.locale)) {
      url.searchParams.set('lang', locale);
      window.history.replaceState(window.history.state, '', url);
    }
  }, [locale, config.locale]);

  // App owns the language and renders the provider, so it reads its texts as code outside React does.
  const t = textsFor(PAGE_TEXTS, locale);
  return (
    <Providers locale={locale} apiBase={config.apiBase}>
      <Container size={1280} py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }}>
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap" component="header" data-print-hide>
            <div>
              <Title order={1} size="h2">
                {t('appTitle')}
              </Title>
              <Text size="sm" c="dimmed" mt={4} visibleFrom="xs">
                {t('appIntro')}
              </Text>
            </div>
            <Stack gap={6} align="flex-end">
              <Group gap={4} role="group" aria-label={t('languageLabel')} wrap="nowrap">
                {LOCALES.map((l) => (
                  <Button
                    key={l}
                    size="compact-sm"
                    variant={l === locale ? 'filled' : 'subtle'}
                    aria-pressed={l === locale}
                    lang={l}
                    data-lang-choice={l}
                    onClick={(event) => {
                      event.preventDefault(); // handled: the page's inline script leaves it (src/core/colorScheme.ts)
                      setLocale(l);
                    }}
                  >
                    {LANGUAGE_NAMES[l]}
                  </Button>
                ))}
              </Group>
              <ColorSchemeSwitch />
            </Stack>
          </Group>
          <main>
            <StartLoading calId={config.calId} />
            <PartBoundary>
              <Suspense fallback={<WorkspaceShell />}>{hydrated ? <Workspace /> : <WorkspaceShell />}</Suspense>
            </PartBoundary>
          </main>
        </Stack>
      </Container>
    </Providers>
  );
}
