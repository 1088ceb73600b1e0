import './styles';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readConfig } from './app/config';
import { FrameApp } from './embed/FrameApp';

const config = readConfig(window.location, navigator.languages);
document.documentElement.lang = config.locale;
const root = createRoot(document.getElementById('root')!);
// A transition lets React render the first screen in short slices instead of one long task, so the
// page stays responsive while it starts (measured by `npm run bench`: total blocking time).
startTransition(() =>
  root.render(
    <StrictMode>{config.embed ? <FrameApp config={config} /> : <App config={config} />}</StrictMode>,
  ),
);
