import { StrictMode, Suspense, type ComponentType } from 'react';
import { App } from './App';
import type { PanelConfig } from './config';

/**
 * The whole panel as a page: the one tree that the build prerenders (src/prerender.tsx) and the
 * browser renders or hydrates (src/main.tsx). `FrameApp` is the portal frame's view, passed in so
 * that the page of its own does not load its code.
 */
export function Root({ config, FrameApp }: { config: PanelConfig; FrameApp?: ComponentType<{ config: PanelConfig }> }) {
  return (
    <StrictMode>
      {config.embed ? (
        <Suspense fallback={null}>{FrameApp && <FrameApp config={config} />}</Suspense>
      ) : (
        <App config={config} />
      )}
    </StrictMode>
  );
}
