// The panel's HTTP server: the built app, and `POST /api/calendar/*` answered by the sandbox.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { newRequestId } from './requestId';
import { sendError, sendJson } from './http';
import { playFault } from './sandbox/faults';
import { localeOf } from './sandbox/messages';
import type { FaultRule, Sandbox } from './sandbox/sandbox';
import { createStaticHandler } from './staticFiles';

export interface AppServerOptions {
  /** The built app (Vite's `dist`). */
  staticDir: string;
  sandbox: Sandbox;
  /** Largest request body accepted, in bytes (EntityTooLarge past it). */
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

/** Header that picks a sandbox account, so that parallel tests each get their own data. */
export const SANDBOX_ACCOUNT_HEADER = 'x-sandbox-account';

class BodyTooLarge extends Error {}

export function createAppServer(options: AppServerOptions): Server {
  const { sandbox } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const log = options.log ?? ((line: string) => console.log(line));
  const serveStatic = createStaticHandler(options.staticDir);

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

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, requestId: string): Promise<number> {
    const locale = localeOf(req.headers['accept-language']);
    const accountId = String(req.headers[SANDBOX_ACCOUNT_HEADER] ?? 'default');
    if (req.method !== 'POST') return sendError(res, requestId, 'MethodNotAllowed', locale);
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, requestId, 'InvalidContentType', locale);
    }
    let body: unknown;
    try {
      const text = await readBody(req);
      body = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      return error instanceof BodyTooLarge
        ? sendError(res, requestId, 'EntityTooLarge', locale)
        : sendError(res, requestId, 'BadRequest', locale);
    }

    const fault = sandbox.takeFault(accountId, path);
    const answered = fault && (await playFault(fault, res, requestId, locale));
    if (answered !== undefined) return answered;

    const result = sandbox.handle(accountId, path, body, locale);
    return sendJson(res, result.status, requestId, 'error' in result ? { error: result.error } : { data: result.data });
  }

  /** Test controls of the sandbox: set a fault, or reset an account to the sample data. */
  async function handleSandboxControl(req: IncomingMessage, res: ServerResponse, path: string, requestId: string) {
    const accountId = String(req.headers[SANDBOX_ACCOUNT_HEADER] ?? 'default');
    if (req.method !== 'POST') return sendError(res, requestId, 'MethodNotAllowed', 'en');
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

  return createServer((req, res) => {
    const started = performance.now();
    const requestId = newRequestId();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');

    const answer =
      path.startsWith('/api/') ? handleApi(req, res, path.slice('/api'.length), requestId)
      : path.startsWith('/__sandbox/') ? handleSandboxControl(req, res, path, requestId)
      : req.method === 'GET' || req.method === 'HEAD' ? serveStatic(req, res, path)
      : Promise.resolve(sendError(res, requestId, 'MethodNotAllowed', 'en'));

    answer
      .catch((error: unknown) => {
        log(`error ${requestId}: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) return sendError(res, requestId, 'InternalError', 'en');
        res.destroy();
        return 500;
      })
      .then((status) => {
        const ms = (performance.now() - started).toFixed(1);
        log(`${req.method} ${path} ${status || 'dropped'} ${ms}ms ${requestId}`);
      });
  });
}
