// Starts the panel's server. Settings come from the environment (see README, "Running against
// Flashduty"); a wrong one stops the server with a message that says which and how to fix it.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServer, type ApiBackend } from './app';
import { readServerConfig, startLines } from './config';
import { createFlashdutyProxy } from './proxy';
import { createSandbox } from './sandbox/sandbox';

const result = readServerConfig(process.env);
if (!result.ok) {
  console.error('The calendar panel cannot start:');
  for (const error of result.errors) console.error(`- ${error}`);
  process.exit(1);
}
const { config } = result;
const { mode } = config;

// Belt and braces: whatever a log line holds, it never holds the app key.
const log = (line: string) => console.log(mode.kind === 'live' ? line.replaceAll(mode.appKey, '[app key]') : line);

const api: ApiBackend =
  mode.kind === 'live'
    ? { kind: 'live', forward: createFlashdutyProxy(mode) }
    : { kind: 'sandbox', sandbox: createSandbox() };

// Built, this file is dist-server/main.js; the app is beside it in dist/, the module in dist-embed/.
const here = dirname(fileURLToPath(import.meta.url));
const server = createAppServer({
  staticDir: resolve(here, '../dist'),
  embedDir: resolve(here, '../dist-embed'),
  api,
  frameAncestors: config.frameAncestors,
  allowedOrigins: config.allowedOrigins,
  basePath: config.basePath,
  log,
});

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  for (const line of startLines(config, `http://${host}:${port}${config.basePath}`)) log(line);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
