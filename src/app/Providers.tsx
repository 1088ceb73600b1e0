import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClientProvider } from '../api/ApiClientProvider';
import { createApiClient } from '../api/client';
import { isApiError } from '../api/errors';
import { isTransient } from '../api/retry';
import { errorText } from '../i18n/errorMessages';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import { notify, useToasterWanted } from './notify';
import { cssVariablesResolver, theme } from './theme';

interface ProvidersProps {
  locale: Locale;
  apiBase: string;
  children: ReactNode;
}

export function Providers({ locale, apiBase, children }: ProvidersProps) {
  const client = useMemo(() => createApiClient({ baseUrl: apiBase, language: () => locale }), [apiBase, locale]);
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: (count, error) => count < 2 && isTransient(error), refetchOnWindowFocus: false },
          mutations: { retry: false },
        },
      }),
  );

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider locale={locale}>
        <ApiClientProvider client={client}>
          <QueryClientProvider client={queryClient}>
            {children}
            <BackgroundRefreshErrors />
            <LazyToaster />
          </QueryClientProvider>
        </ApiClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}

/**
 * A failed background refresh keeps what is on screen and says so in a toast. (A first load shows
 * its error where the data would be; a save shows its error in the form.)
 */
function BackgroundRefreshErrors() {
  const queryClient = useQueryClient();
  const { locale, t } = useI18n();
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error = event.action.error;
        if (event.query.state.data === undefined || !isApiError(error)) return;
        const text = errorText(error.failure, locale);
        notify({ color: 'red', title: text.what, message: text.todo, closeLabel: t('dismiss') });
      }),
    [queryClient, locale, t],
  );
  return null;
}

const Toaster = lazy(() => import('./Toaster'));

function LazyToaster() {
  return useToasterWanted() ? (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  ) : null;
}
