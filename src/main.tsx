import './styles';
import { StrictMode, Suspense, lazy, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadWorkspace } from './app/App';
import { readConfig } from './app/config';

const config = readConfig(window.location, navigator.languages);
document.documentElement.lang = config.locale;
// A portal's iframe (`?embed=1`) loads its own view (the event form, with its form library and
// schema); the page of its own loads none of it before its first paint. Started at once, beside
// nothing else, so the frame waits one small request for it.
const frameModule = config.embed ? import('./embed/FrameApp') : undefined;
// The page of its own starts the workspace's download as early (App.tsx).
if (!config.embed) void loadWorkspace();
const FrameApp = lazy(async () => ({ default: (await frameModule!).FrameApp }));
const root = createRoot(document.getElementById('root')!);
// A transition lets React render the first screen in short slices instead of one long task, so the
// page stays responsive while it starts (measured by `npm run bench`: total blocking time).
startTransition(() =>
  root.render(
    <StrictMode>
      {config.embed ? (
        <Suspense fallback={null}>
          <FrameApp config={config} />
        </Suspense>
      ) : (
        <App config={config} />
      )}
    </StrictMode>,
  ),
);
