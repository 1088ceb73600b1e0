// React.lazy keeps a failed load for good: a chunk that could not be fetched (the server restarted,
// or redeployed with new file names) would fail again on every render, Retry included. This lazy
// starts over after a failure, so an error boundary's Retry fetches the chunk again.
import { lazy, type ComponentProps, type ComponentType, type LazyExoticComponent } from 'react';

/** The lazies whose load failed: an error boundary's Retry starts them over (retryFailedLoads). */
const failed = new Set<() => void>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props of any component
export function retryableLazy<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): ComponentType<ComponentProps<C>> {
  // Started over only on Retry: swapped at once, React's own re-render after the failure would load
  // again, fail again, and never reach the boundary.
  const make = (): LazyExoticComponent<C> =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed.add(startOver);
        throw error;
      }),
    );
  const startOver = () => (current = make());
  let current = make();
  function Retryable(props: ComponentProps<C>) {
    const Current = current;
    return <Current {...props} />;
  }
  return Retryable;
}

/** Makes every lazy whose load failed load again when next rendered. */
export function retryFailedLoads() {
  for (const startOver of failed) startOver();
  failed.clear();
}

/** Whether an error is a script chunk that could not be loaded (each browser words it its own way; Vite's preload too). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|ChunkLoadError|Unable to preload CSS|error loading dynamically imported module/i.test(message);
}
