// Toasts, loaded on first use: the first paint does not carry the notifications code. Each panel
// has its own toasts (two panels mounted on one portal page do not show each other's).
import type { NotificationData, NotificationsStore } from '@mantine/notifications';
import { createContext, Suspense, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';

import { PartBoundary } from './PartBoundary';
import { retryableLazy } from './retryableLazy';

export type Notify = (data: NotificationData & { closeLabel: string }) => void;

const loadToaster = () => import('./Toaster');

function createNotifier(inFlow: boolean) {
  let wanted = false;
  const listeners = new Set<() => void>();
  // Loaded by the first toast only: until then nothing is fetched.
  let loaded: Promise<[typeof import('./Toaster'), NotificationsStore]> | undefined;
  const load = () =>
    (loaded ??= loadToaster().then(
      (m) => [m, m.createNotificationsStore()],
      (error: unknown) => {
        loaded = undefined; // the next toast fetches it again
        throw error;
      },
    ));
  let toaster: ReturnType<typeof retryableLazy> | undefined;

  const notify: Notify = ({ closeLabel, ...data }) => {
    if (!wanted) {
      wanted = true;
      listeners.forEach((listener) => listener());
    }
    void load().then(([m, store]) =>
      m.showNotification(
        {
          ...data,
          closeButtonProps: { 'aria-label': closeLabel },
          // Mantine's grey for a description under a title is below AA contrast. A long summary with
          // no spaces breaks anywhere: unbroken, it widened the page of a phone sideways.
          styles: { description: { color: 'var(--panel-gray-text)', overflowWrap: 'anywhere' } },
        },
        store,
      ),
      () => undefined, // its code could not be loaded: this toast is lost, the next one tries again
    );
  };

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  function Toasts() {
    // No toast in the prerendered page (src/prerender.tsx), nor while it hydrates.
    const isWanted = useSyncExternalStore(subscribe, () => wanted, () => false);
    if (!isWanted) return null;
    toaster ??= retryableLazy(() => load().then(([m, store]) => ({ default: () => <m.default store={store} inFlow={inFlow} /> })));
    const Toaster = toaster;
    // A toast whose code could not be loaded: the panel goes on without it (its own alerts say what happened).
    return (
      <PartBoundary fallback={() => null}>
        <Suspense fallback={null}>
          <Toaster />
        </Suspense>
      </PartBoundary>
    );
  }

  return { notify, Toasts };
}

const NotifyContext = createContext<Notify | null>(null);

/**
 * Provides `useNotify` to the panel, and renders its toasts once there is one: fixed on the screen,
 * or `inFlow` after the panel's content (in a portal's iframe, which is as tall as its content).
 */
export function NotifyProvider({ inFlow = false, children }: { inFlow?: boolean; children: ReactNode }) {
  const [{ notify, Toasts }] = useState(() => createNotifier(inFlow));
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Toasts />
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside NotifyProvider');
  return notify;
}
