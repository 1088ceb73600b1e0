// `npm run build`, after the browser's build: writes dist/shell/<shell>.<language>.html, the page
// with its first screen prerendered (src/prerender.tsx, built for Node into dist-prerender/), one
// for each shell (the workspace, a portal frame's form) and language. The server picks one for each
// request (server/page.ts); dist/index.html stays the empty page for the frames without a shell.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// React's production build, as the browser gets it (React reads this when it is first imported).
process.env.NODE_ENV = 'production';
const dist = 'dist';
const entry = pathToFileURL(join('dist-prerender', 'prerender.js')).href;
const { LOCALES, SHELLS, renderShell, shellMark, pageTitle } = await import(entry);
const template = readFileSync(join(dist, 'index.html'), 'utf8');
if (!template.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty <div id="root"></div> to fill');

// The prerendered page paints from its HTML and stylesheet alone: its scripts (the entry and its
// modulepreloads) are fetched at low priority, so that on a slow link the stylesheet comes first.
// (The empty page, index.html, needs its scripts to paint and keeps them at the default priority.)
const lowPriorityScripts = (html) =>
  html.replace(/<script type="module" /g, '<script type="module" fetchpriority="low" ').replace(/<link rel="modulepreload" /g, '<link rel="modulepreload" fetchpriority="low" ');

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

mkdirSync(join(dist, 'shell'), { recursive: true });
for (const kind of SHELLS) {
  for (const locale of LOCALES) {
    const markup = await renderShell(kind, locale, './api');
    // The page's policy runs no inline script (server/app.ts): one here would be blocked.
    if (/<script(?![^>]*\bsrc=)/.test(markup)) throw new Error(`the ${kind} shell (${locale}) has an inline script`);
    const html = lowPriorityScripts(template)
      .replace('<html lang="en"', `<html lang="${locale}"`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(pageTitle(locale))}</title>`)
      .replace('<div id="root"></div>', `<div id="root" data-shell="${escapeAttr(shellMark(kind, locale))}">${markup}</div>`);
    writeFileSync(join(dist, 'shell', `${kind}.${locale}.html`), html);
  }
}
rmSync('dist-prerender', { recursive: true, force: true });
console.log(`Prerendered ${SHELLS.length * LOCALES.length} pages into ${dist}/shell/`);
