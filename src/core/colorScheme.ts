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
 * the page of its own follows the remembered choice, or the system's setting.
 * The header's switches work from the first paint, before React has hydrated them: a click on a
 * colour-scheme choice (`data-color-scheme-choice`) stores and applies it (Mantine reads the same
 * stored choice when it starts); a click on a language (`data-lang-choice`) loads the page in it,
 * keeping the rest of the address. Once hydrated, React's handlers do it and mark the click handled
 * (preventDefault), and this listener leaves it. Kept ES5 and small: it runs before anything else,
 * on every page load.
 */
export const COLOR_SCHEME_SCRIPT =
  "(function(){var d=document.documentElement,k='" +
  COLOR_SCHEME_STORAGE_KEY +
  "',q=new URLSearchParams(location.search),s=null;" +
  "function a(s){if(s!=='light'&&s!=='dark')s=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';d.setAttribute('data-mantine-color-scheme',s)}" +
  "if(q.get('embed')==='1'){s=q.get('theme');if(s!=='dark'&&s!=='auto')s='light'}" +
  'else{try{s=localStorage.getItem(k)}catch(e){}}' +
  'a(s);' +
  "document.addEventListener('click',function(e){var t=e.target,b=!e.defaultPrevented&&t&&t.closest&&t.closest('[data-color-scheme-choice],[data-lang-choice]'),c,u;if(!b)return;" +
  "c=b.getAttribute('data-color-scheme-choice');if(c){try{localStorage.setItem(k,c)}catch(x){}a(c);return}" +
  "if(b.getAttribute('aria-pressed')==='true')return;u=new URL(location.href);u.searchParams.set('lang',b.getAttribute('data-lang-choice'));location.assign(u.href)})})()";
