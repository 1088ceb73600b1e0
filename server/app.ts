// The panel's HTTP server, on Fastify: the built app and the module build (files compressed at build
// time), `/api` answered by the sandbox or forwarded to Flashduty, health checks; behind the Host
// allowlist and security headers on every answer, one log line per request.
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { randomBytes } from 'node:crypto';
import { apiRoutes, feedCall, type ApiBackend } from './api';
import { sendError } from './envelope';
import type { AuditTrail } from './audit';
import { createFeeds, feedRoutes } from './feed';
import { pageRoute } from './page';
import { createHostCheck, hostNameOf } from './hosts';
import { COLOR_SCHEME_SCRIPT_SOURCE } from './inlineScript';
import { newRequestId } from './requestId';
import { sandboxControls } from './sandbox/controls';

export interface AppOptions {
  /** The built app (Vite's `dist`). */
  staticDir: string;
  /** Which build this server runs (buildId.ts), reported on /healthz. */
  buildId?: string;
  /** The module build for portals (`dist-embed`), served at `/embed/` to any origin. */
  embedDir?: string;
  backend: ApiBackend;
  logger: Logger;
  /** CSP `frame-ancestors` sources (default `'self'`). */
  frameAncestors?: string;
  /** Origins besides the server's own that may call `/api`. */
  allowedOrigins?: readonly string[];
  /** The address the server listens on (HOST): requests addressed to it by name are answered. */
  boundHost?: string;
  /** Host names besides loopback and IP addresses that requests may be addressed to. */
  allowedHosts?: readonly string[];
  /** Path prefix the panel is served under (default `/`). */
  basePath?: string;
  /** Largest request body accepted, in bytes (EntityTooLarge past it). */
  maxBodyBytes?: number;
  audit?: AuditTrail;
  trustedUserHeader?: string;
  /** TRUST_PROXY: the page's scheme is the proxy's X-Forwarded-Proto (TLS terminated in front). */
  trustProxy?: boolean;
  /** Never sent back in an API answer (the app key). */
  secrets?: readonly string[];
  /** The key of the subscription feeds' tokens (FEED_SECRET); a random one when absent. */
  feedSecret?: string;
  /** How long a feed keeps what the API said (default 5 minutes). */
  feedCacheMs?: number;
  /** The feeds' clock (tests): its year picks the window, last year to next year. */
  feedNow?: () => number;
}

/**
 * The page's policy: scripts only from this server, and inline only the colour scheme's script,
 * by its hash (server/inlineScript.ts); Mantine needs inline styles.
 */
export function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${COLOR_SCHEME_SCRIPT_SOURCE}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** One log line per request, when its answer has gone: request id, method, path (no query), status, duration. */
class OneLinePerRequest extends LogController {
  incomingRequest() {}
  routeNotFound() {}
  requestCompleted(_error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const path = request.url.split('?')[0].slice(0, 300);
    const ms = Math.round(reply.elapsedTime * 10) / 10;
    const status = reply.raw.headersSent || !request.raw.destroyed ? reply.statusCode : 0;
    request.log.info({ method: request.method, path, status, ms }, `${request.method} ${path} ${status || 'cut'} ${ms}ms`);
  }
}

// Hashed file names (Vite's assets/ and the module build's chunks) never change content.
const IMMUTABLE = /\/assets\/|-[A-Za-z0-9_-]{8}\.(?:js|css)(?:\.br|\.gz)?$/;

export async function buildApp(options: AppOptions) {
  const { backend } = options;
  const basePath = options.basePath ?? '/';
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const csp = contentSecurityPolicy(options.frameAncestors ?? "'self'");
  const isAllowedHost = createHostCheck(options.boundHost ?? '127.0.0.1', options.allowedHosts ?? []);

  // Set on the raw response, so that every answer carries them: hijacked ones and static files too.
  const secure = (reply: FastifyReply) => {
    reply.raw.setHeader('content-security-policy', csp);
    reply.raw.setHeader('x-content-type-options', 'nosniff');
    reply.raw.setHeader('referrer-policy', 'no-referrer');
  };
  const text = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/plain; charset=utf-8').send(body);
  const isApiPath = (url: string) => url.startsWith(`${basePath}api/`);

  const app = Fastify({
    loggerInstance: options.logger,
    logController: new OneLinePerRequest(),
    genReqId: () => newRequestId(),
    bodyLimit: maxBodyBytes,
    // Slow senders are cut off: the whole request must arrive within a minute.
    requestTimeout: 60_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    frameworkErrors: (error, request, reply) => {
      secure(reply);
      request.log.info({ code: error.code }, 'malformed request');
      return isApiPath(request.url) ? sendError(reply, 'BadRequest', 'en') : text(reply, 400, 'Bad request');
    },
    // Requests Node's parser refuses (bad framing, oversized headers) get an answer with the same headers.
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || !socket.writable) return;
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
      const body = status === 431 ? 'Request headers too large' : 'Bad request';
      socket.end(
        `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
          `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nContent-Security-Policy: ${csp}\r\n` +
          `X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });

  // The Host allowlist runs first: a request for another host name gets no further.
  app.addHook('onRequest', async (request, reply) => {
    secure(reply);
    if (isAllowedHost(request.headers.host)) return;
    const host = String(hostNameOf(request.headers.host ?? '') ?? request.headers.host).slice(0, 100);
    const message = `Blocked request: this server does not answer to the host name "${host}". To allow it, add it to ALLOWED_HOSTS on the panel's server.`;
    return isApiPath(request.url) ? sendError(reply, 'AccessDenied', 'en', message) : text(reply, 403, message);
  });
  // Shutting down: an answer that was in flight when it began closes its connection behind it, so
  // that no kept-alive connection holds the server open once the last request is answered.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.setNotFoundHandler((_request, reply) => text(reply, 404, 'Not found'));
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return text(reply, 500, 'Internal error');
    }
    // The static files refuse paths that are not canonical (`//`, `/./x`) with 403: to a visitor, no such file.
    return status === 403 || status === 404 ? text(reply, 404, 'Not found') : text(reply, 400, 'Bad request');
  });

  // For the portal's orchestrator: the process is up; it is ready (its settings were valid, or it
  // would not have started). Neither asks Flashduty. After SIGTERM both answer 503 (closing).
  app.get('/healthz', async () => ({ status: 'ok', ...(options.buildId ? { build: options.buildId } : {}) }));
  app.get('/readyz', async () => ({ status: 'ready', api: backend.kind }));

  if (basePath !== '/') {
    // `/tools/calendar` → `/tools/calendar/`, so that the page's relative URLs resolve inside it.
    app.get(basePath.slice(0, -1), async (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(basePath + (query >= 0 ? request.url.slice(query) : ''), 301);
    });
  }

  // A built folder: its .br and .gz copies for browsers that take them, no dotfile, no source map,
  // hashed files cached for a year and the others revalidated.
  const builtFiles = (root: string) =>
    ({
      root,
      redirect: false,
      preCompressed: true,
      dotfiles: 'ignore',
      allowedPath: (path: string) => !path.endsWith('.map'),
      cacheControl: false,
      setHeaders: (reply: FastifyReply, path: string) => reply.header('cache-control', IMMUTABLE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }) as const;
  // The app has one page: its state lives in the query string. Other paths are files or 404.
  await app.register(fastifyStatic, { ...builtFiles(options.staticDir), prefix: basePath, index: ['index.html'] });
  await app.register(pageRoute, { staticDir: options.staticDir, basePath });
  const { embedDir } = options;
  if (embedDir) {
    // Public code, imported by portal pages on other origins: module scripts are fetched with CORS.
    await app.register(
      async (embed) => {
        await embed.register(cors, { origin: '*', methods: ['GET', 'HEAD'], maxAge: 600, strictPreflight: false });
        await embed.register(fastifyStatic, { ...builtFiles(embedDir), prefix: '/', decorateReply: false, index: false });
      },
      { prefix: `${basePath}embed` },
    );
  }

  const perHeader = backend.kind === 'sandbox' && backend.accounts === 'per-header';
  const feeds = createFeeds({
    secret: options.feedSecret ?? randomBytes(32).toString('base64url'),
    call: feedCall(backend),
    cacheMs: options.feedCacheMs,
    now: options.feedNow,
    accountInUrl: perHeader,
    secrets: options.secrets,
  });
  await app.register(feedRoutes, { prefix: `${basePath}feed`, feeds });
  await app.register(apiRoutes, {
    prefix: `${basePath}api`,
    backend,
    allowedOrigins: options.allowedOrigins ?? [],
    isAllowedHost,
    maxBodyBytes,
    audit: options.audit,
    trustedUserHeader: options.trustedUserHeader,
    trustProxy: options.trustProxy,
    secrets: options.secrets,
    feeds,
  });
  if (perHeader) {
    await app.register(sandboxControls, { prefix: `${basePath}__sandbox`, sandbox: backend.sandbox, isAllowedHost });
  }
  return app;
}
