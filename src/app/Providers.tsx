import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiClientProvider } from '../api/ApiClientProvider';
import { createApiClient } from '../api/client';
import { isApiError } from '../api/errors';
import { isTransient, retryDelay } from '../api/retry';
import { errorText } from '../i18n/errorMessages';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../core/locale';
import { NotifyProvider, useNotify } from '../ui/notify';
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
  children: ReactNode;
}

export function Providers({ locale, apiBase, shadow, children }: ProvidersProps) {
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

  const panelTheme = useMemo(() => (shadow ? shadowTheme(shadow.portalTarget) : theme), [shadow]);

  return (
    <MantineProvider
      theme={panelTheme}
      cssVariablesResolver={cssVariablesResolver}
      getRootElement={shadow ? () => shadow.rootElement : undefined}
    >
      <I18nProvider locale={locale}>
        <ApiClientProvider client={client}>
          <QueryClientProvider client={queryClient}>
            <NotifyProvider>
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
  const { locale } = useI18n();
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
  const { locale, t } = useI18n();
  const notify = useNotify();
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error = event.action.error;
        if (event.query.state.data === undefined || !isApiError(error)) return;
        const text = errorText(error.failure, locale);
        notify({ color: 'red', title: text.what, message: text.todo, closeLabel: t('dismiss') });
      }),
    [queryClient, locale, t, notify],
  );
  return null;
}
