// Starts the real app server on a free loopback port, for tests: with a sandbox by default, or in
// live mode when `live` is given (the proxy then forwards to `live.apiBase`).
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createAppServer, type AppServerOptions } from '../app';
import { createFlashdutyProxy, type ProxyOptions } from '../proxy';
import { createSandbox, type SandboxOptions } from '../sandbox/sandbox';

export interface TestServerOptions extends Pick<AppServerOptions, 'frameAncestors' | 'allowedOrigins' | 'basePath' | 'maxBodyBytes'> {
  sandbox?: SandboxOptions;
  live?: ProxyOptions;
}

export async function startServer(options: TestServerOptions = {}) {
  const { sandbox: sandboxOptions, live, ...appOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  const logs: string[] = [];
  const server = createAppServer({
    ...appOptions,
    staticDir: resolve(import.meta.dirname, '../../dist'),
    embedDir: resolve(import.meta.dirname, '../../dist-embed'),
    api: live ? { kind: 'live', forward: createFlashdutyProxy(live) } : { kind: 'sandbox', sandbox },
    log: (line) => logs.push(line),
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const apiUrl = `${url}${(options.basePath ?? '/').replace(/\/$/, '')}/api`;

  /** POSTs a JSON body to an API path and returns status, headers and parsed body. */
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any envelope
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  };

  return {
    url,
    sandbox,
    logs,
    post,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
