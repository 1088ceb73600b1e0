// Starts the real app server with a sandbox on a free loopback port, for tests.
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createAppServer } from '../app';
import { createSandbox, type SandboxOptions } from '../sandbox/sandbox';

export async function startServer(sandboxOptions: SandboxOptions = {}) {
  const sandbox = createSandbox(sandboxOptions);
  const logs: string[] = [];
  const server = createAppServer({
    staticDir: resolve(import.meta.dirname, '../../dist'),
    sandbox,
    log: (line) => logs.push(line),
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** POSTs a JSON body to an API path and returns status, headers and parsed body. */
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/api${path}`, {
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
