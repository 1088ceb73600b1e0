import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiClientProvider } from '../api/ApiClientProvider';
import { createApiClient } from '../api/client';
import { isApiError } from '../api/errors';
import { isTransient } from '../api/retry';
import { errorText } from '../i18n/errorMessages';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import { MESSAGES } from '../i18n/messages';
import { notify, useToasterWanted } from './notify';
import { cssVariablesResolver, theme } from './theme';

interface ProvidersProps {
  locale: Locale;
  apiBase: string;
  children: ReactNode;
}

export function Providers({ locale, apiBase, children }: ProvidersProps) {
  const localeRef = useRef(locale);
  useEffect(() => {
    localeRef.current = locale;
  }, [locale]);
  const client = useMemo(() => createApiClient({ baseUrl: apiBase, language: () => locale }), [apiBase, locale]);
  const [queryClient] = useState(() => createQueryClient(localeRef));

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider locale={locale}>
        <ApiClientProvider client={client}>
          <QueryClientProvider client={queryClient}>
            {children}
            <LazyToaster />
          </QueryClientProvider>
        </ApiClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}

const Toaster = lazy(() => import('./Toaster'));

function LazyToaster() {
  return useToasterWanted() ? (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  ) : null;
}

function createQueryClient(locale: { readonly current: Locale }) {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: (count, error) => count < 2 && isTransient(error), refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
    queryCache: new QueryCache({
      // A failed background refresh keeps what is on screen and says so in a toast; a first load
      // shows its error where the data would be.
      onError: (error, query) => {
        if (query.state.data === undefined || !isApiError(error)) return;
        const text = errorText(error.failure, locale.current);
        notify({ color: 'red', title: text.what, message: text.todo, closeLabel: MESSAGES[locale.current].dismiss });
      },
    }),
    mutationCache: new MutationCache(),
  });
}
