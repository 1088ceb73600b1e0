import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from './client';

const ApiClientContext = createContext<ApiClient | null>(null);

export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient outside ApiClientProvider');
  return client;
}

const noUnreadable = { count: () => 0, subscribe: () => () => undefined };

/** How many records of the lists last read could not be read and were left out (0 when none). */
export function useUnreadableRecords(): number {
  const store = useApiClient().unreadable ?? noUnreadable;
  return useSyncExternalStore(store.subscribe, store.count);
}
