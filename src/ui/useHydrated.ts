import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while React hydrates HTML the build prerendered (and in that prerender), true in every
 * render after it, and in a page rendered in the browser from the start. What differs between the
 * prerendered shell and the live page (data, today, the browser's width) waits for it, so that
 * hydration meets the very markup the server sent.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
