import { startTransition, useEffect, useState } from 'react';

/**
 * False in the build's prerender and while React hydrates it (and in a page's first render), true
 * after. What differs between the prerendered shell and the live page (data, today, the window's
 * width) waits for it, so that hydration meets the very markup the server sent. The switch is a
 * transition: React renders what it brings in slices, and keeps the shell on screen meanwhile.
 * (useSyncExternalStore's server snapshot did the same with a blocking render after hydration:
 * in the trace of a first load, a task of 700 ms at 4× CPU slow-down.)
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated;
}
