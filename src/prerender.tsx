// The build's prerender (`npm run build`, scripts/prerender.js): the page's first screen for each
// shell and language, rendered by React at build time into the HTML the server sends
// (server/page.ts), so that it paints before any script has run; the browser then hydrates it
// (src/main.tsx). What needs data or today's date is not in it: the page renders it after hydration.
import { prerender } from 'react-dom/static';
import { FrameApp } from './embed/FrameApp';
import { Root } from './app/Root';
import type { PanelConfig } from './app/config';
import { parsePortalTheme } from './app/portalTheme';
import { LOCALES, type Locale } from './core/locale';
import { SHELLS, shellMark, type ShellKind } from './core/shell';
import { PAGE_TEXTS } from './i18n/messages';
import { textsFor } from './core/text';

export { LOCALES, SHELLS, shellMark };

/** The shell's markup, for the page's root element. */
export async function renderShell(kind: ShellKind, locale: Locale, apiBase: string): Promise<string> {
  const config: PanelConfig = { locale, apiBase, embed: kind === 'form' ? { view: 'form', theme: parsePortalTheme(new URLSearchParams()) } : undefined };
  // Every Suspense boundary inline, in order: React outlines a large one behind an inline script
  // that reveals it, and the page's policy runs no inline script (server/app.ts).
  const { prelude } = await prerender(<Root config={config} FrameApp={FrameApp} />, { progressiveChunkSize: Number.MAX_SAFE_INTEGER });
  return new Response(prelude).text();
}

/** The page's title in that language (the browser sets the same, src/app/documentLanguage.ts). */
export const pageTitle = (locale: Locale) => textsFor(PAGE_TEXTS, locale)('appTitle');
