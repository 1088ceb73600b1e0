import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False in the build's prerender and while React hydrates it; true right after hydration, and from
 * the first render of anything the browser renders itself. For what the prerendered HTML cannot know
 * (a stored choice), or must not offer before React is there to keep it (a field to type into).
 */
export function usePastHydration(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
