// The panel's start, loaded by src/main.tsx once the page has painted.
import { startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadWorkspace } from './app/App';
import { readConfig } from './app/config';
import { Root } from './app/Root';
import { showBootFailure } from './app/bootFailure';
import { shellKindOf, shellMark } from './core/shell';
import { watchChunkStyles } from './ui/retryableLazy';

// Before the first lazy import: a chunk's stylesheet that is refused fails as its script would (retryableLazy.tsx).
watchChunkStyles();

const config = readConfig(window.location, navigator.languages);
document.documentElement.lang = config.locale;
// A portal's iframe (`?embed=1`) loads its own view (the event form, with its form library and
// schema); the page of its own loads none of it before its first paint. Started at once, beside
// nothing else, so the frame waits one small request for it.
const frameModule = config.embed ? import('./embed/FrameApp') : undefined;
// Without it the frame cannot be used (an inert form, or nothing): said as the start's own failure is.
frameModule?.catch(() => showBootFailure());
// The page of its own starts the workspace's download as early (App.tsx). A failure is said by the
// workspace's place when it renders (its load tries again): here it would be an uncaught error.
if (!config.embed) loadWorkspace().catch(() => undefined);

const container = document.getElementById('root')!;
// The server sent the first screen prerendered (src/prerender.tsx) in this page's shell and
// language: React hydrates it, and what was painted stays. Otherwise (another language than the
// server guessed, a frame with no shell) the page renders from scratch over it.
const kind = shellKindOf(new URLSearchParams(window.location.search));
// Either way in a transition: React renders (or hydrates) the first screen in short slices instead
// of one long task, so the page stays responsive while it starts (`npm run bench`: total blocking time).
const prerendered = kind !== undefined && container.dataset.shell === shellMark(kind, config.locale);
const show = (root: ReactNode) => startTransition(() => void (prerendered ? hydrateRoot(container, root) : createRoot(container).render(root)));
// The frame's code comes before its first render, so that nothing suspends (its form is in the HTML).
if (frameModule) void frameModule.then(({ FrameApp }) => show(<Root config={config} FrameApp={FrameApp} />), () => undefined);
else show(<Root config={config} />);
