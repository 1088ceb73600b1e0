// React.lazy keeps a failed load for good: a chunk that could not be fetched (the server restarted,
// or redeployed with new file names) would fail again on every render, Retry included. This lazy
// starts over after a failure, so an error boundary's Retry fetches the chunk again. The browser
// keeps a failed import too (Chromium 150 answers the same URL with the same failure, asking
// nothing): a Retry imports the chunk the failure names under a new query, a module of its own whose
// shared chunks, loaded already, are the page's. (A chunk without a default export, or a failure
// that names no URL, is loaded as at first: a reload is then what brings it.)
import { lazy, type ComponentProps, type ComponentType, type LazyExoticComponent } from 'react';

/** The lazies whose load failed: an error boundary's Retry starts them over (retryFailedLoads). */
const failed = new Set<() => void>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props of any component
export function retryableLazy<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): ComponentType<ComponentProps<C>> {
  // Started over only on Retry: swapped at once, React's own re-render after the failure would load
  // again, fail again, and never reach the boundary.
  let failedUrl: string | undefined;
  let retries = 0;
  const make = (): LazyExoticComponent<C> =>
    lazy(() =>
      (failedUrl ? importAgain<C>(failedUrl, ++retries, load) : load()).then(afterMissingStyles).catch((error: unknown) => {
        failedUrl = failedUrl ?? urlOfFailedImport(error);
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

/** The chunk a failed import names ("Failed to fetch dynamically imported module: https://…/X.js"). */
function urlOfFailedImport(error: unknown): string | undefined {
  const url = error instanceof Error ? /dynamically imported module:?\s+(\S+)/i.exec(error.message)?.[1] : undefined;
  return url && new URL(url, window.location.href).origin === window.location.origin ? url : undefined;
}

/** The chunk at `url` imported under a new query, its default export the part; without one, `load` again. */
async function importAgain<C>(url: string, retry: number, load: () => Promise<{ default: C }>): Promise<{ default: C }> {
  const fresh = new URL(url);
  fresh.searchParams.set('retry', String(retry));
  const module = (await import(/* @vite-ignore */ fresh.href)) as Partial<{ default: C }>;
  return module.default !== undefined ? { default: module.default } : load();
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

// A stylesheet of a lazily loaded chunk that is refused (the server redeployed while the page was
// open) fails as its script does. Vite's preload helper takes a stylesheet it could not load as
// loaded from then on: the next import that needs it went on without it, and the part showed
// unstyled (the year view as bare text after Retry); and the first import's failure was an uncaught
// error where nothing awaited it yet (the workspace's download, started before it renders). So a
// refused stylesheet is taken here instead (its vite:preloadError's default prevented: no import
// fails for it), kept as missing, and fetched again before the next lazy part shows: still refused,
// that part fails as a chunk that could not be loaded (isChunkLoadError), and its boundary says so
// with Retry, which fetches it again, then a reload.

/** Stylesheets found missing, each with its new load while one is under way. */
const missingStyles = new Map<string, Promise<void> | undefined>();

/** Listens for the stylesheets Vite's preload helper could not load (src/start.tsx, before the panel's first lazy import). */
export function watchChunkStyles() {
  window.addEventListener('vite:preloadError', (event) => {
    const { payload } = event as Event & { payload?: unknown };
    const href = payload instanceof Error ? /^Unable to preload CSS for (\S+)$/.exec(payload.message)?.[1] : undefined;
    if (href === undefined) return; // a script: its import fails, and where it is awaited says so
    if (!missingStyles.has(href)) missingStyles.set(href, undefined);
    event.preventDefault();
  });
}

/** The module once every stylesheet found missing has loaded; rejects as Vite's helper does if one is still refused. */
export async function afterMissingStyles<M>(module: M): Promise<M> {
  await Promise.all([...missingStyles.keys()].map(loadStylesheet));
  return module;
}

function loadStylesheet(href: string): Promise<void> {
  const loading =
    missingStyles.get(href) ??
    new Promise<void>((resolve, reject) => {
      for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) if (link.href === href) link.remove();
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.crossOrigin = ''; // as Vite's helper asks for it
      link.href = href;
      link.addEventListener('load', () => {
        missingStyles.delete(href);
        resolve();
      });
      link.addEventListener('error', () => {
        link.remove();
        missingStyles.set(href, undefined); // the next part to load asks again
        reject(new Error(`Unable to preload CSS for ${href}`));
      });
      document.head.append(link);
    });
  missingStyles.set(href, loading);
  return loading;
}
