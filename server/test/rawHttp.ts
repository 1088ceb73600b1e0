// Sends bytes to a server over a raw TCP socket, as an attacker would: no client library normalises
// the request line, the path or the headers on the way. When no answer has begun after a second (a
// request that waits for more bytes), the socket is half-closed, so the server must answer or close;
// a server that does neither within the time is "hung".
import { connect } from 'node:net';

export interface RawExchange {
  /** What came back (latin1), possibly empty. */
  response: string;
  /** The status code of the first response, when one came. */
  status?: number;
  hung: boolean;
}

export function sendRaw(port: number, bytes: string | Buffer, timeoutMs = 5000): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (hung: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const response = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1];
      resolve({ response, status: status ? Number(status) : undefined, hung });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    const halfClose = setTimeout(() => socket.end(), 1000);
    let settle: NodeJS.Timeout | undefined;
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      clearTimeout(halfClose);
      // The answer has begun; the rest of it follows at once (or the connection closes).
      clearTimeout(settle);
      settle = setTimeout(() => finish(false), 150);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => {
      clearTimeout(halfClose);
      finish(false);
    });
    socket.on('connect', () => socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes));
  });
}

/** A request as raw text: request line, headers, blank line, body. */
export function rawRequest(method: string, target: string, headers: Record<string, string> = {}, body = ''): string {
  const lines = [`${method} ${target} HTTP/1.1`, ...Object.entries({ Host: '127.0.0.1', Connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}`)];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
