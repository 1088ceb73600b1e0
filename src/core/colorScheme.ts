// The colour scheme before any of the panel's code runs: a tiny script inlined into index.html (at
// build time, by the colorSchemeScript Vite plugin) sets `data-mantine-color-scheme` on <html>
// before the stylesheet applies, so a dark page never paints white first. The server allows this one
// script by its hash (its CSP has no 'unsafe-inline'), computed from this same text.

export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;
/** What a user or a portal chooses: `auto` follows the system's setting. */
export type ColorSchemeChoice = (typeof COLOR_SCHEMES)[number];

/** Where the page remembers the user's choice (Mantine's colour scheme manager reads the same key). */
export const COLOR_SCHEME_STORAGE_KEY = 'calendar-panel:color-scheme';

/**
 * In a portal's iframe (`embed=1`) the portal decides (`theme=light|dark|auto`, light without it);
 * the page of its own follows the remembered choice, or the system's setting. Kept ES5 and small:
 * it runs before anything else, on every page load.
 */
export const COLOR_SCHEME_SCRIPT =
  '(function(){var d=document.documentElement,q=new URLSearchParams(location.search),s=null;' +
  "if(q.get('embed')==='1'){s=q.get('theme');if(s!=='dark'&&s!=='auto')s='light'}" +
  "else{try{s=localStorage.getItem('" +
  COLOR_SCHEME_STORAGE_KEY +
  "')}catch(e){}}" +
  "if(s!=='light'&&s!=='dark')s=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';" +
  "d.setAttribute('data-mantine-color-scheme',s)})()";
