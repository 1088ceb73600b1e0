// Serves the built panel: hashed assets cached for a year, index.html always revalidated, text
// compressed (brotli or gzip, once per file). The app has one page: its state lives in the query string,
// so any other path is a 404 (an index.html served at a deeper path would load its assets from there).
import { readdir, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';

// Compression runs on libuv's thread pool, so the server answers while it compresses at start.
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.map', '.txt']);

// Hashed file names (Vite's assets/ and the module build's chunks) never change content.
const IMMUTABLE = /\/assets\/|-[A-Za-z0-9_-]{8}\.(?:js|css)$/;

export function createStaticHandler(root: string, { index = true } = {}) {
  // Compressed once, shared by concurrent requests, and started for every file at once so that the
  // first visitor does not wait for brotli.
  const cache = new Map<string, Promise<Buffer>>();

  const load = (file: string, encoding: 'br' | 'gzip' | 'identity') => {
    const key = `${encoding}:${file}`;
    let body = cache.get(key);
    if (!body) {
      body = readFile(file).then((raw) =>
        encoding === 'br' ? brotliAsync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : encoding === 'gzip' ? gzipAsync(raw, { level: 9 })
        : raw,
      );
      cache.set(key, body);
    }
    return body;
  };

  readdir(root, { recursive: true })
    .then((files) => {
      for (const file of files) {
        if (COMPRESSIBLE.has(extname(file)) && extname(file) !== '.map') for (const encoding of ['br', 'gzip'] as const) void load(join(root, file), encoding).catch(() => {});
      }
    })
    .catch(() => {}); // no build yet: pages answer 404 until there is one

  const resolveFile = async (urlPath: string): Promise<string | undefined> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    const file = normalize(join(root, decoded));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
    if (decoded === '/' && index) return join(root, 'index.html');
    return undefined;
  };

  /** Answers a GET or HEAD; returns the status it sent. */
  return async function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<number> {
    const file = await resolveFile(urlPath);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return 404;
    }
    const ext = extname(file);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext) ? 'identity' : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
    const body = await load(file, encoding);
    res.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': IMMUTABLE.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return 200;
  };
}
