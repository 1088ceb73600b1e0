// Who is calling /api: by the browser's Origin header (this page, an allowed origin, or a stranger),
// and what the request's headers say once Node has read them.
import type { FastifyRequest } from 'fastify';

/**
 * Who is calling, by the browser's Origin header: this server's own page (the origin's scheme is
 * the one the page was served over, and its host the Host the request came to, or the allowed
 * X-Forwarded-Host a reverse proxy set), one of ALLOWED_ORIGINS (which also get CORS headers), or a
 * stranger. Without an Origin it is not a browser's cross-site call.
 */
export function callerOf(request: FastifyRequest, allowedOrigins: ReadonlySet<string>, isAllowedHost: (host: string | undefined) => boolean, trustProxy = false) {
  const origin = request.headers.origin;
  if (origin === undefined) return 'same';
  if (allowedOrigins.has(origin)) return 'allowed';
  let url: URL;
  try {
    url = new URL(origin);
    if (url.origin !== origin) return 'foreign';
  } catch {
    return 'foreign';
  }
  if (url.protocol !== `${pageScheme(request, trustProxy)}:`) return 'foreign';
  const forwarded = firstValue(request.headers['x-forwarded-host']);
  const sameHost = url.host === request.headers.host || (forwarded !== '' && isAllowedHost(forwarded) && url.host === forwarded);
  return sameHost ? 'same' : 'foreign';
}

/**
 * The scheme the panel's page was served over: this connection's (the server speaks plain HTTP), or
 * with TRUST_PROXY, the X-Forwarded-Proto of the proxy in front that terminates TLS.
 */
function pageScheme(request: FastifyRequest, trustProxy: boolean): string {
  const own = (request.raw.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const forwarded = trustProxy ? firstValue(request.headers['x-forwarded-proto']).toLowerCase() : '';
  return forwarded === 'https' || forwarded === 'http' ? forwarded : own;
}

function firstValue(header: string | string[] | undefined): string {
  return String(header ?? '').split(',')[0].trim();
}

/** How many times a header came (Node joins repeats of most headers into one value with ", "). */
export function headerCount(request: FastifyRequest, name: string): number {
  const raw = request.raw.rawHeaders;
  let count = 0;
  for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() === name) count++;
  return count;
}

/** A header's value as the UTF-8 it was sent in (Node reads header bytes as Latin-1). */
export function utf8Header(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? value : decoded;
}
