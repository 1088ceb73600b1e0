// A stand-in for api.flashcat.cloud in tests: the sandbox on its own loopback HTTP server, answering
// at the API's own paths and demanding one app key, as Flashduty does. It records what arrives.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendError, sendJson } from '../http';
import { newRequestId } from '../requestId';
import { playFault } from '../sandbox/faults';
import { localeOf } from '../messages';
import { createSandbox, type Fault } from '../sandbox/sandbox';

export interface ArrivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export async function startFakeFlashduty(appKey: string) {
  const sandbox = createSandbox();
  const arrived: ArrivedRequest[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      arrived.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body });
      const requestId = newRequestId();
      const locale = localeOf(req.headers['accept-language']);
      if (url.searchParams.get('app_key') !== appKey) return sendError(res, requestId, 'Unauthorized', locale);
      const fault = sandbox.takeFault('default', url.pathname);
      if (fault?.type === 'commit-then-error') sandbox.handle('default', url.pathname, JSON.parse(body || '{}'), locale);
      if (fault && (await playFault(fault, res, requestId, locale)) !== undefined) return;
      const result = sandbox.handle('default', url.pathname, JSON.parse(body || '{}'), locale);
      if ('data' in result) return sendJson(res, result.status, requestId, { data: result.data });
      // Flashduty's rate limit says when to come back, as the sandbox's does.
      sendJson(res, result.status, requestId, { error: result.error }, result.retryAfterSeconds ? { 'Retry-After': String(result.retryAfterSeconds) } : {});
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrived,
    /** Makes the next request (to `path`, or any) fail this way. */
    fault: (fault: Fault, path?: string) => {
      if (!sandbox.addFault('default', { fault, path })) throw new Error(`not a fault the sandbox plays: ${JSON.stringify(fault)}`);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
