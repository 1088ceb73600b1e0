// Starts the real app server on a free loopback port, for tests: with a sandbox by default (one
// account per X-Sandbox-Account header, as the e2e tests run it), or in live mode when `live` is
// given (the proxy then forwards to `live.apiBase`). Its log lines are kept in `logs`.
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { buildApp, type AppOptions } from '../app';
import type { AuditEntry } from '../audit';
import { createLogger } from '../logger';
import { createFlashdutyProxy, type ProxyOptions } from '../proxy';
import { createSandbox, type SandboxOptions } from '../sandbox/sandbox';

export interface TestServerOptions
  extends Partial<Pick<AppOptions, 'frameAncestors' | 'allowedOrigins' | 'basePath' | 'maxBodyBytes' | 'allowedHosts' | 'trustedUserHeader' | 'trustProxy' | 'staticDir' | 'buildId' | 'feedSecret' | 'feedCacheMs' | 'feedNow'>> {
  sandbox?: SandboxOptions;
  accounts?: 'shared' | 'per-header';
  live?: ProxyOptions;
  /** Keep an audit trail in `audit`. */
  audit?: boolean;
}

export async function startServer(options: TestServerOptions = {}) {
  const { sandbox: sandboxOptions, live, accounts = 'per-header', audit: withAudit, ...appOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  const proxy = live ? createFlashdutyProxy(live) : undefined;
  const logs: string[] = [];
  const audit: AuditEntry[] = [];
  const app = await buildApp({
    staticDir: resolve(import.meta.dirname, '../../dist'),
    embedDir: resolve(import.meta.dirname, '../../dist-embed'),
    ...appOptions,
    backend: proxy ? { kind: 'live', proxy } : { kind: 'sandbox', sandbox, accounts },
    logger: createLogger({ format: 'json', secrets: live ? [live.appKey] : [], sink: { write: (line) => logs.push(line) } }),
    audit: withAudit ? { record: (entry) => audit.push(entry), close: () => {} } : undefined,
    secrets: live ? [live.appKey] : [],
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
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
    port,
    app,
    sandbox,
    logs,
    audit,
    post,
    close: async () => {
      await app.close();
      await proxy?.close();
    },
  };
}
