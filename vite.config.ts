/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './server/precompress.ts';
import { COLOR_SCHEME_SCRIPT } from './src/core/colorScheme.ts';

// The colour scheme before the first paint: its script first in <head>, before the stylesheet (the
// server's CSP allows it by its hash, server/inlineScript.ts).
const colorSchemeScript = (): Plugin => ({
  name: 'color-scheme-script',
  transformIndexHtml: () => [{ tag: 'script', children: COLOR_SCHEME_SCRIPT, injectTo: 'head-prepend' }],
});

// The prerendered workspace shell's own styles (src/styles.ts imports them): in the page's stylesheet,
// so that they paint with the HTML, before src/start.tsx and the components that use them arrive. A
// CSS module imported for its styles alone would otherwise be dropped as unused.
const firstScreenStyles = (): Plugin => ({
  name: 'first-screen-styles',
  enforce: 'post',
  transform: (code, id) => (/\/src\/features\/workspace\/(WorkspaceShell|CalendarBar|MonthGrid)\.module\.css$/.test(id) ? { code, moduleSideEffects: 'no-treeshake' } : undefined),
});

export default defineConfig({
  plugins: [react(), colorSchemeScript(), firstScreenStyles(), precompress()],
  // Relative asset URLs, so the built panel also works under a sub-path.
  base: './',
  // No source maps in dist: the server would hand every source file to anyone who asks.
  // The manifest says which files each chunk loads (`npm run bench`: the first page's size).
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // A lazy part's scripts are fetched by the part's own imports, not preloaded beside it: a browser
    // keeps a failed preload for the page's life (Chromium 150), so after the server was unreachable a
    // moment, the part's Retry (src/ui/retryableLazy.tsx) failed on the scripts preloaded during the
    // outage. Its stylesheets are still preloaded (a refused one is fetched again there). The page's
    // own first scripts (index.html) are preloaded as before.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))) },
  },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 4173}` } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    // Component tests type into Mantine in jsdom against the real server: on a 2-core machine kept
    // busy (CI beside other work, or two busy loops) one took 6 s. Time to finish, not a weaker test.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
