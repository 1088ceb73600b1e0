// Toasts, loaded on first use: the first paint does not carry the notifications code.
import type { NotificationData } from '@mantine/notifications';
import { useSyncExternalStore } from 'react';

let wanted = false;
const listeners = new Set<() => void>();

/** Shows a toast. `closeLabel` names its close button (in the interface language). */
export function notify({ closeLabel, ...data }: NotificationData & { closeLabel: string }): void {
  if (!wanted) {
    wanted = true;
    listeners.forEach((listener) => listener());
  }
  void import('@mantine/notifications').then(({ notifications }) =>
    notifications.show({
      ...data,
      closeButtonProps: { 'aria-label': closeLabel },
      // Mantine's grey for a description under a title is below AA contrast.
      styles: { description: { color: 'var(--mantine-color-gray-8)' } },
    }),
  );
}

/** Whether a toast was ever asked for, so the toaster is mounted only then. */
export function useToasterWanted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => wanted,
  );
}
