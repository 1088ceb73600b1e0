// The page itself (GET of the base path): the HTML the build prerendered for its shell and language
// (scripts/prerender.js writes dist/shell/<shell>.<language>.html), so that the first screen paints
// from the HTML in the language the browser will choose too (src/core/shell.ts). A frame without a
// shell, or a build without them, gets the empty page (index.html) as before.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { FastifyPluginAsync } from 'fastify';
import { LOCALES } from '../src/core/locale';
import { SHELLS, requestLocale, shellKindOf } from '../src/core/shell';

interface Page {
  etag: string;
  raw: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** The prerendered pages of a built folder, compressed once at start; undefined when it has none. */
function readPages(staticDir: string): Map<string, Page> | undefined {
  const pages = new Map<string, Page>();
  for (const kind of SHELLS) {
    for (const locale of LOCALES) {
      const file = join(staticDir, 'shell', `${kind}.${locale}.html`);
      if (!existsSync(file)) return undefined;
      const raw = readFileSync(file);
      pages.set(`${kind} ${locale}`, {
        etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"`,
        raw,
        br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(raw, { level: 9 }),
      });
    }
  }
  return pages;
}

export const pageRoute: FastifyPluginAsync<{ staticDir: string; basePath: string }> = async (app, { staticDir, basePath }) => {
  const pages = readPages(staticDir);
  if (!pages) return;
  app.get(basePath, async (request, reply) => {
    const query = request.url.indexOf('?');
    const params = new URLSearchParams(query >= 0 ? request.url.slice(query + 1) : '');
    const kind = shellKindOf(params);
    reply.header('cache-control', 'no-cache');
    if (!kind) return reply.sendFile('index.html');
    const page = pages.get(`${kind} ${requestLocale(params, request.headers['accept-language'])}`)!;
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    reply.header('vary', 'Accept-Language, Accept-Encoding').header('etag', page.etag);
    if (request.headers['if-none-match'] === page.etag) return reply.code(304).send();
    reply.type('text/html; charset=utf-8');
    if (encoding) reply.header('content-encoding', encoding);
    return reply.send(encoding ? page[encoding] : page.raw);
  });
};
