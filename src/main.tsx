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
// A page with nothing prerendered (a frame with look parameters, a build without shells) has nothing
// to paint first: it starts at once.
const prerendered = document.getElementById('root')?.dataset.shell !== undefined;
if (!prerendered) start();
// Otherwise after the first contentful paint has reached the screen (not merely a frame begun: in a
// slow browser the code's download and evaluation would otherwise land before the paint and hold it back).
else if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) {
      observer.disconnect();
      setTimeout(start);
    }
  }).observe({ type: 'paint', buffered: true });
} else {
  requestAnimationFrame(() => setTimeout(start));
}
// A page opened in a background tab paints nothing until shown: it starts at once. A frame the portal
// keeps hidden (display: none) paints nothing either, yet counts as shown: it starts a little later.
if (document.visibilityState === 'hidden') start();
setTimeout(start, 3000);
