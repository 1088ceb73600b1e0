// The panel's HTTP server: the built app, and `POST /api/calendar/*` answered by the sandbox or
// forwarded to Flashduty, behind security headers and an Origin check.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ENDPOINT_PATHS } from '../src/api/types';
import { parseOrigin } from '../src/embed/origin';
import { newRequestId } from './requestId';
import { sendError, sendJson } from './http';
import { proxyFailureMessage, type ProxyAnswer, type ProxyRequest } from './proxy';
import { playFault } from './sandbox/faults';
import { localeOf } from './sandbox/messages';
import type { FaultRule, Sandbox } from './sandbox/sandbox';
import { createStaticHandler } from './staticFiles';

export type ApiBackend =
  | { kind: 'sandbox'; sandbox: Sandbox }
  | { kind: 'live'; forward: (request: ProxyRequest) => Promise<ProxyAnswer> };

export interface AppServerOptions {
  /** The built app (Vite's `dist`). */
  staticDir: string;
  /** The module build for portals (`dist-embed`), served at `/embed/` to any origin. */
  embedDir?: string;
  api: ApiBackend;
  /** CSP `frame-ancestors` sources (default `'self'`). */
  frameAncestors?: string;
  /** Origins besides the server's own that may call `/api`. */
  allowedOrigins?: readonly string[];
  /** Path prefix the panel is served under (default `/`). */
  basePath?: string;
  /** Largest request body accepted, in bytes (EntityTooLarge past it). */
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

/** Header that picks a sandbox account, so that parallel tests each get their own data. */
export const SANDBOX_ACCOUNT_HEADER = 'x-sandbox-account';

const ENDPOINTS = new Set<string>(ENDPOINT_PATHS);

/** The page's policy: scripts only from this server, none inline; Mantine needs inline styles. */
export function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
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

class BodyTooLarge extends Error {}

export function createAppServer(options: AppServerOptions): Server {
  const { api } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const log = options.log ?? ((line: string) => console.log(line));
  const basePath = options.basePath ?? '/';
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const csp = contentSecurityPolicy(options.frameAncestors ?? "'self'");
  const serveStatic = createStaticHandler(options.staticDir);
  const serveEmbed = options.embedDir ? createStaticHandler(options.embedDir, { index: false }) : undefined;

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBodyBytes) {
          reject(new BodyTooLarge());
          req.resume();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  /**
   * Who is calling, by the browser's Origin header: this server's own page (the origin's host is the
   * Host the request came to, or the one a reverse proxy forwarded), one of ALLOWED_ORIGINS (which
   * also get CORS headers), or a stranger. Without an Origin it is not a browser's cross-site call.
   */
  const callerOf = (req: IncomingMessage): 'same' | 'allowed' | 'foreign' => {
    const origin = req.headers.origin;
    if (origin === undefined) return 'same';
    if (allowedOrigins.has(origin)) return 'allowed';
    const host = parseOrigin(origin) && new URL(origin).host;
    const forwardedHost = String(req.headers['x-forwarded-host'] ?? '').split(',')[0].trim();
    return host && (host === req.headers.host || host === forwardedHost) ? 'same' : 'foreign';
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, requestId: string): Promise<number> {
    const locale = localeOf(req.headers['accept-language']);
    const caller = callerOf(req);
    if (caller === 'foreign') return sendError(res, requestId, 'AccessDenied', locale);
    if (caller === 'allowed') {
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin!);
      res.setHeader('Access-Control-Expose-Headers', 'Flashcat-Request-Id');
    }
    if (req.method === 'OPTIONS' && caller === 'allowed') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST',
        // The sandbox's account header lets parallel tests keep their data apart; Flashduty has none.
        'Access-Control-Allow-Headers': api.kind === 'sandbox' ? `Content-Type, ${SANDBOX_ACCOUNT_HEADER}` : 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return 204;
    }
    if (req.method !== 'POST') return sendError(res, requestId, 'MethodNotAllowed', locale);
    if (!ENDPOINTS.has(path)) return sendError(res, requestId, 'RouteNotFound', locale);
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, requestId, 'InvalidContentType', locale);
    }
    let text: string;
    let body: unknown;
    try {
      text = await readBody(req);
      body = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      return error instanceof BodyTooLarge
        ? sendError(res, requestId, 'EntityTooLarge', locale)
        : sendError(res, requestId, 'BadRequest', locale);
    }

    if (api.kind === 'live') {
      const answer = await api.forward({ path, body: text.trim() === '' ? '{}' : text, acceptLanguage: req.headers['accept-language'] });
      if (answer.kind === 'failed') {
        const message = proxyFailureMessage(answer.reason, locale);
        log(`upstream ${requestId}: ${answer.reason.type} ${JSON.stringify(answer.reason)}`);
        return sendJson(res, answer.status, requestId, { error: { code: 'ServiceUnavailable', message } });
      }
      res.writeHead(answer.status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Flashcat-Request-Id': answer.requestId ?? requestId,
        'Cache-Control': 'no-store',
      });
      res.end(answer.body);
      return answer.status;
    }

    const { sandbox } = api;
    const accountId = String(req.headers[SANDBOX_ACCOUNT_HEADER] ?? 'default');
    const fault = sandbox.takeFault(accountId, path);
    const answered = fault && (await playFault(fault, res, requestId, locale));
    if (answered !== undefined) return answered;

    const result = sandbox.handle(accountId, path, body, locale);
    return sendJson(res, result.status, requestId, 'error' in result ? { error: result.error } : { data: result.data });
  }

  /** Test controls of the sandbox: set a fault, or reset an account to the sample data. */
  async function handleSandboxControl(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse, path: string, requestId: string) {
    const accountId = String(req.headers[SANDBOX_ACCOUNT_HEADER] ?? 'default');
    if (req.method !== 'POST') return sendError(res, requestId, 'MethodNotAllowed', 'en');
    if (callerOf(req) === 'foreign') return sendError(res, requestId, 'AccessDenied', 'en');
    if (path === '/__sandbox/reset') {
      sandbox.reset(accountId);
      return sendJson(res, 200, requestId, { data: {} });
    }
    if (path === '/__sandbox/faults') {
      try {
        const rule = JSON.parse(await readBody(req)) as FaultRule;
        if (typeof rule?.fault?.type !== 'string') return sendError(res, requestId, 'InvalidParameter', 'en');
        sandbox.addFault(accountId, rule);
        return sendJson(res, 200, requestId, { data: {} });
      } catch {
        return sendError(res, requestId, 'BadRequest', 'en');
      }
    }
    return sendError(res, requestId, 'RouteNotFound', 'en');
  }

  function notFound(res: ServerResponse): number {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return 404;
  }

  function route(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<number> | number {
    if (basePath !== '/' && url.pathname === basePath.slice(0, -1)) {
      // `/tools/calendar` → `/tools/calendar/`, so that the page's relative URLs resolve inside it.
      res.writeHead(301, { Location: basePath + url.search }).end();
      return 301;
    }
    if (!url.pathname.startsWith(basePath)) return notFound(res);
    const path = '/' + url.pathname.slice(basePath.length);

    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api'.length), requestId);
    if (path.startsWith('/__sandbox/')) {
      return api.kind === 'sandbox' ? handleSandboxControl(api.sandbox, req, res, path, requestId) : notFound(res);
    }
    if (path.startsWith('/embed/') && serveEmbed) {
      // Public code, imported by portal pages on other origins (module scripts are fetched with CORS).
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, HEAD',
          'Access-Control-Allow-Headers': String(req.headers['access-control-request-headers'] ?? ''),
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return 204;
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, requestId, 'MethodNotAllowed', 'en');
    if (path.startsWith('/embed/') && serveEmbed) return serveEmbed(req, res, path.slice('/embed'.length));
    return serveStatic(req, res, path);
  }

  return createServer((req, res) => {
    const started = performance.now();
    const requestId = newRequestId();
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Vary', 'Origin, Accept-Encoding');

    Promise.resolve()
      .then(() => route(req, res, url, requestId))
      .catch((error: unknown) => {
        log(`error ${requestId}: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) return sendError(res, requestId, 'InternalError', 'en');
        res.destroy();
        return 500;
      })
      .then((status) => {
        const ms = (performance.now() - started).toFixed(1);
        log(`${req.method} ${url.pathname} ${status || 'dropped'} ${ms}ms ${requestId}`);
      });
  });
}
