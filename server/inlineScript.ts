// The page's one inline script (src/core/colorScheme.ts: the colour scheme before the first paint):
// vite.config.ts writes it into index.html, and the server's CSP allows exactly it by its hash.
import { createHash } from 'node:crypto';
import { COLOR_SCHEME_SCRIPT } from '../src/core/colorScheme';

/** The CSP source that allows the inline script, e.g. `'sha256-…'`. */
export const COLOR_SCHEME_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(COLOR_SCHEME_SCRIPT).digest('base64')}'`;
