// The page's one inline script (src/core/colorScheme.ts: the colour scheme before the first paint):
// the Vite plugin writes it into index.html, and the server's CSP allows exactly it by its hash.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { COLOR_SCHEME_SCRIPT } from '../src/core/colorScheme';

/** The CSP source that allows the inline script, e.g. `'sha256-…'`. */
export const COLOR_SCHEME_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(COLOR_SCHEME_SCRIPT).digest('base64')}'`;

/** Vite plugin: the script first in <head>, before the stylesheet, so it runs before anything paints. */
export function colorSchemeScript(): Plugin {
  return {
    name: 'color-scheme-script',
    transformIndexHtml: () => [{ tag: 'script', children: COLOR_SCHEME_SCRIPT, injectTo: 'head-prepend' }],
  };
}
