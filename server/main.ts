// Starts the panel's server: `PORT` (default 4173), `HOST` (default 127.0.0.1).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServer } from './app';
import { createSandbox } from './sandbox/sandbox';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not "${process.env.PORT}".`);
  process.exit(1);
}

// Built, this file is dist-server/main.js; the app is beside it in dist/.
const staticDir = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const server = createAppServer({ staticDir, sandbox: createSandbox() });

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Calendar panel on http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/`);
  console.log('API mode: sandbox (built-in sample data in memory; nothing reaches Flashduty)');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
