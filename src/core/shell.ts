// Which prerendered first screen a page address gets (the build writes one per shell and language,
// src/prerender.tsx; the server sends it, server/page.ts; the browser hydrates it, src/main.tsx).
// The three read the same rule here, so that the browser hydrates only the markup it would render.
import { pickLocale, type Locale } from './locale';

export const SHELLS = ['workspace', 'form'] as const;
export type ShellKind = (typeof SHELLS)[number];

/**
 * The page of its own gets the workspace's shell; a portal's iframe showing a new event's form
 * (`embed=1`, no calendar, no event, not the workspace, no look of the portal's: `theme`, `primary`,
 * `radius`) gets the form. Any other frame renders in the browser from an empty page, as before.
 */
export function shellKindOf(params: URLSearchParams): ShellKind | undefined {
  if (params.get('embed') !== '1') return 'workspace';
  const plainForm =
    params.get('view') !== 'workspace' && !params.get('event_id')?.trim() && !params.get('cal_id')?.trim() && !['theme', 'primary', 'radius'].some((p) => params.has(p));
  return plainForm ? 'form' : undefined;
}

/** The mark a prerendered page's root carries (`data-shell`): its shell and language. */
export const shellMark = (kind: ShellKind, locale: Locale) => `${kind} ${locale}`;

/**
 * The languages an Accept-Language header lists, most wanted first (what `navigator.languages`
 * gives the browser's own code, so that the server and the page pick the same language).
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim().match(/^q=([0-9.]+)$/)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

/** The language of a page request: `?lang=`, then Accept-Language, then English (src/core/locale.ts). */
export const requestLocale = (params: URLSearchParams, acceptLanguage: string | undefined): Locale =>
  pickLocale(params.get('lang'), acceptedLanguages(acceptLanguage));
