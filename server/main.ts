// Starts the panel's server. Settings come from the environment (see README, "The server"); a wrong
// one stops the server with a message that says which and how to fix it. On SIGTERM or SIGINT it
// stops accepting, lets the requests in flight finish (SHUTDOWN_GRACE_MS), then exits 0.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiBackend } from './api';
import { buildApp } from './app';
import { buildIdOf } from './buildId';
import { openAuditTrail, type AuditTrail } from './audit';
import { readServerConfig, startLines } from './config';
import { createLogger } from './logger';
import { createFlashdutyProxy } from './proxy';
import { createSandbox } from './sandbox/sandbox';

function cannotStart(...errors: string[]): never {
  console.error('The calendar panel cannot start:');
  for (const error of errors) console.error(`- ${error}`);
  process.exit(1);
}

const result = readServerConfig(process.env);
if (!result.ok) cannotStart(...result.errors);
const { config } = result;
const { mode } = config;
const secrets = mode.kind === 'live' ? [mode.appKey] : [];
const logger = createLogger({ format: config.logFormat, secrets });

let audit: AuditTrail | undefined;
if (config.auditLog) {
  try {
    audit = openAuditTrail(config.auditLog, secrets);
  } catch (error) {
    cannotStart(`AUDIT_LOG: cannot append to "${config.auditLog}" (${(error as NodeJS.ErrnoException).code ?? error}). Give a writable file, or - for standard output.`);
  }
}

const proxy = mode.kind === 'live' ? createFlashdutyProxy(mode) : undefined;
const backend: ApiBackend = proxy ? { kind: 'live', proxy } : { kind: 'sandbox', sandbox: createSandbox(), accounts: mode.kind === 'sandbox' ? mode.accounts : 'shared' };

// Built, this file is dist-server/main.js; the app is beside it in dist/, the module in dist-embed/.
const here = dirname(fileURLToPath(import.meta.url));
const staticDir = resolve(here, '../dist');
const app = await buildApp({
  staticDir,
  buildId: buildIdOf(fileURLToPath(import.meta.url), staticDir),
  embedDir: resolve(here, '../dist-embed'),
  backend,
  logger,
  frameAncestors: config.frameAncestors,
  allowedOrigins: config.allowedOrigins,
  boundHost: config.host,
  allowedHosts: config.allowedHosts,
  basePath: config.basePath,
  audit,
  trustedUserHeader: config.trustedUserHeader,
  trustProxy: config.trustProxy,
  secrets,
  feedSecret: config.feedSecret,
});

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${config.host}:${config.port}`;
  cannotStart(
    code === 'EADDRINUSE' ? `Port ${config.port} on ${config.host} is already in use. Stop the other server, or set PORT to a free port.`
    : code === 'EACCES' ? `Listening on ${where} is not permitted. Use a port above 1023, or set PORT.`
    : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? `HOST ${config.host} is not an address of this machine. Use 127.0.0.1, 0.0.0.0 (all addresses) or one of its own.`
    : `Cannot listen on ${where}: ${error instanceof Error ? error.message : String(error)}.`,
  );
}
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
for (const line of startLines(config, `http://${shownHost}:${port}${config.basePath}`)) logger.info(line);

// Requests in flight per connection: at shutdown a connection with none (opened and silent, half a
// request, or kept alive between requests) is closed at once; one with a request is let finish.
const inFlight = new Map<Socket, number>();
app.server.on('connection', (socket: Socket) => {
  inFlight.set(socket, 0);
  socket.on('close', () => inFlight.delete(socket));
});
app.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
  const socket = request.socket;
  if (!inFlight.has(socket)) return;
  inFlight.set(socket, inFlight.get(socket)! + 1);
  response.on('close', () => inFlight.has(socket) && inFlight.set(socket, inFlight.get(socket)! - 1));
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info(`${signal}: no new connections; finishing the requests in flight (up to ${config.shutdownGraceMs} ms)`);
  let cut = false;
  const grace = setTimeout(() => {
    cut = true;
    logger.warn(`Requests still in flight after ${config.shutdownGraceMs} ms are cut`);
    app.server.closeAllConnections();
  }, config.shutdownGraceMs);
  const closed = app.close();
  for (const [socket, requests] of inFlight) if (requests === 0) socket.destroy();
  await closed;
  clearTimeout(grace);
  await proxy?.close(); // gives up what still waits on Flashduty (only after a cut)
  audit?.close();
  logger.info('Stopped');
  process.exit(cut ? 1 : 0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
