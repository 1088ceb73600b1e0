// Toasts, loaded on first use: the first paint does not carry the notifications code. Each panel
// has its own toasts (two panels mounted on one portal page do not show each other's).
import type { NotificationData, NotificationsStore } from '@mantine/notifications';
import { createContext, lazy, Suspense, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';

export type Notify = (data: NotificationData & { closeLabel: string }) => void;

const loadToaster = () => import('./Toaster');

function createNotifier() {
  let wanted = false;
  const listeners = new Set<() => void>();
  // Loaded by the first toast only: until then nothing is fetched.
  let loaded: Promise<[typeof import('./Toaster'), NotificationsStore]> | undefined;
  const load = () => (loaded ??= loadToaster().then((m) => [m, m.createNotificationsStore()]));
  let toaster: ReturnType<typeof lazy> | undefined;

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
          styles: { description: { color: 'var(--mantine-color-gray-8)', overflowWrap: 'anywhere' } },
        },
        store,
      ),
    );
  };

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  function Toasts() {
    const isWanted = useSyncExternalStore(subscribe, () => wanted);
    if (!isWanted) return null;
    toaster ??= lazy(() => load().then(([m, store]) => ({ default: () => <m.default store={store} /> })));
    const Toaster = toaster;
    return (
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    );
  }

  return { notify, Toasts };
}

const NotifyContext = createContext<Notify | null>(null);

/** Provides `useNotify` to the panel, and renders its toasts once there is one. */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const [{ notify, Toasts }] = useState(createNotifier);
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
