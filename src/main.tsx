// The page's entry. The server sent the first screen prerendered (src/prerender.tsx): the browser
// paints it before the panel's code is even requested, then src/start.tsx hydrates it. Only the
// stylesheet comes first (the prerendered markup needs it).
import './styles';

requestAnimationFrame(() => setTimeout(() => void import('./start')));
