import { localStorageColorSchemeManager, MantineProvider, mergeThemeOverrides, type MantineColorSchemeManager } from '@mantine/core';
import { useColorScheme } from '@mantine/hooks';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiClientProvider } from '../api/ApiClientProvider';
import { createApiClient } from '../api/client';
import { isApiError } from '../api/errors';
import { isTransient, retryDelay } from '../api/retry';
import { errorText } from '../i18n/errorMessages';
import { I18nProvider, useLocale, useTexts } from '../i18n/I18nProvider';
import { PAGE_TEXTS } from '../i18n/messages';
import { COLOR_SCHEME_STORAGE_KEY } from '../core/colorScheme';
import type { Locale } from '../core/locale';
import { NotifyProvider, useNotify } from '../ui/notify';
import { portalColorScheme, portalThemeOverride, type PortalTheme } from './portalTheme';
import { cssVariablesResolver, shadowTheme, theme } from './theme';

interface ProvidersProps {
  locale: Locale;
  apiBase: string;
  /**
   * Where the panel lives when it is mounted into a portal's page (inside a shadow root): popovers
   * and toasts render into `portalTarget`, and the colour scheme is set on `rootElement`, so that
   * nothing is added to or changed on the host page.
   */
  shadow?: { rootElement: HTMLElement; portalTarget: HTMLElement };
  /**
   * In a portal (iframe or module) the portal's look decides, and nothing is remembered; the page of
   * its own follows the user's choice (the header's switch), remembered in localStorage, or the system.
   */
  portalTheme?: PortalTheme;
  /** In a portal's iframe: toasts below the content, in the flow, not fixed over its bottom (src/ui/Toaster.tsx). */
  toastsInFlow?: boolean;
  children: ReactNode;
}

// The key the inline script (core/colorScheme.ts) reads before the first paint.
const pageColorScheme = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });
const portalColorSchemeManager: MantineColorSchemeManager = {
  get: (fallback) => fallback,
  set: () => undefined,
  subscribe: () => undefined,
  unsubscribe: () => undefined,
  clear: () => undefined,
};

export function Providers({ locale, apiBase, shadow, portalTheme, toastsInFlow, children }: ProvidersProps) {
  const client = useMemo(() => createApiClient({ baseUrl: apiBase, language: () => locale }), [apiBase, locale]);
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: (count, error) => count < 2 && isTransient(error), retryDelay, refetchOnWindowFocus: false },
          mutations: { retry: false },
        },
      }),
  );

  const panelTheme = useMemo(() => {
    const base = shadow ? shadowTheme(shadow.portalTarget) : theme;
    return portalTheme ? mergeThemeOverrides(base, portalThemeOverride(portalTheme)) : base;
  }, [shadow, portalTheme]);
  // Read at once (not in an effect): a portal's `auto` on a dark system is dark from the first render.
  const system = useColorScheme('light', { getInitialValueInEffect: false });

  return (
    <MantineProvider
      theme={panelTheme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={portalTheme ? portalColorSchemeManager : pageColorScheme}
      defaultColorScheme="auto"
      forceColorScheme={portalTheme ? portalColorScheme(portalTheme, system) : undefined}
      // In a shadow root the variables go on the host element (mount() gives it the colour scheme).
      cssVariablesSelector={shadow ? ':host' : undefined}
      getRootElement={shadow ? () => shadow.rootElement : undefined}
    >
      <I18nProvider locale={locale}>
        <ApiClientProvider client={client}>
          <QueryClientProvider client={queryClient}>
            <NotifyProvider inFlow={toastsInFlow}>
              {children}
              <BackgroundRefreshErrors />
              <RefetchOnLanguage />
            </NotifyProvider>
          </QueryClientProvider>
        </ApiClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}

/** The API names public holidays in the caller's language: a switch of language asks again. */
function RefetchOnLanguage() {
  const queryClient = useQueryClient();
  const locale = useLocale();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    void queryClient.invalidateQueries();
  }, [queryClient, locale]);
  return null;
}

/**
 * A failed background refresh keeps what is on screen and says so in a toast. (A first load shows
 * its error where the data would be; a save shows its error in the form.)
 */
function BackgroundRefreshErrors() {
  const queryClient = useQueryClient();
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const notify = useNotify();
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error = event.action.error;
        if (event.query.state.data === undefined || !isApiError(error)) return;
        const text = errorText(error.failure, locale, 'read');
        notify({ color: 'red', title: text.what, message: text.todo, closeLabel: t('dismiss') });
      }),
    [queryClient, locale, t, notify],
  );
  return null;
}
