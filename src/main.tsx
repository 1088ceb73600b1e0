// The page's entry. The server sent the first screen prerendered (src/prerender.tsx): the browser
// paints it before the panel's code is even requested, then src/start.tsx hydrates it. Only the
// stylesheet comes first (the prerendered markup needs it).
import './styles';
import { showBootFailure } from './app/bootFailure';

let started = false;
function start() {
  if (started) return;
  started = true;
  // A chunk that failed stays failed in this page (the browser keeps the failed import): the notice
  // offers the reload that fetches it again.
  import('./start').catch(() => showBootFailure());
}
requestAnimationFrame(() => setTimeout(start));
// A page opened in a background tab (or a hidden portal frame) paints no frame until shown: it starts all the same.
setTimeout(start, 500);
