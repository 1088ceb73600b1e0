// Locally Playwright reuses a panel server already listening on its port (reuseExistingServer): one
// started before the last `npm run build` would test stale code. Each panel server must report on
// /healthz the build now on disk (server/buildId.ts), or the run stops here and says what to do.
// On CI every server is started for the run, of the build on disk.
import type { FullConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { buildIdOf } from '../server/buildId';

const onDisk = () => buildIdOf(fileURLToPath(new URL('../dist-server/main.js', import.meta.url)), fileURLToPath(new URL('../dist', import.meta.url)));

export default async function refuseStaleServers(config: Pick<FullConfig, 'metadata'>) {
  const expected = onDisk();
  for (const origin of (config.metadata.panelServers ?? []) as string[]) {
    const health = (await (await fetch(`${origin}/healthz`)).json()) as { build?: string };
    if (health.build !== expected) {
      const port = new URL(origin).port;
      throw new Error(
        `The server on ${origin} runs build ${health.build ?? '(unreported)'}, not the one on disk (${expected}): it was started before the last build. ` +
          `Stop it (fuser -k ${port}/tcp) and run again; Playwright then starts one of this build.`,
      );
    }
  }
}
