// The server's configuration, read from the environment and checked at start: a wrong value stops
// the server with a message that names the variable and says how to fix it. Messages never repeat
// the app key's value.
import { parseOrigin } from '../src/core/origin';

export const DEFAULT_API_BASE = 'https://api.flashcat.cloud';
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export type ApiMode =
  /** `accounts`: one shared account, or one per `X-Sandbox-Account` header (for tests, with the fault controls). */
  | { kind: 'sandbox'; accounts: 'shared' | 'per-header' }
  | { kind: 'live'; appKey: string; apiBase: string; timeoutMs: number };

export interface ServerConfig {
  port: number;
  host: string;
  mode: ApiMode;
  /** The CSP `frame-ancestors` source list: who may show the panel in a frame. */
  frameAncestors: string;
  /** Origins besides the server's own that may call `/api` (the module embedding on a portal's page). */
  allowedOrigins: readonly string[];
  /** The path the panel is served under, with leading and trailing slash (`/` or `/tools/calendar/`). */
  basePath: string;
  /** Host names besides loopback, IP addresses and HOST that requests may be addressed to (a leading "." takes subdomains). */
  allowedHosts: readonly string[];
  logFormat: 'json' | 'pretty';
  /** How long requests in flight may take to finish after SIGTERM or SIGINT. */
  shutdownGraceMs: number;
  /** Where the audit trail of writes goes: a file, `-` for standard output, or nowhere. */
  auditLog?: string;
  /** The header in which the portal's authenticating proxy names the user (lower case), if it does. */
  trustedUserHeader?: string;
  /** The key that signs the subscription feeds' URLs; unset, a random one is made at each start. */
  feedSecret?: string;
  /** TRUST_PROXY: a proxy in front sets X-Forwarded-Proto (it terminates TLS), -Host and -For, and they are believed. */
  trustProxy: boolean;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

type Env = Readonly<Record<string, string | undefined>>;

// Letters, digits and URL-safe marks: what an app key is made of, and safe in a query string.
const APP_KEY = /^[A-Za-z0-9._~-]{8,256}$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function readServerConfig(env: Env): ConfigResult {
  const errors: string[] = [];
  const fail = (message: string) => {
    errors.push(message);
    return undefined;
  };

  const port = parsePort(env.PORT) ?? fail(`PORT must be a whole number from 0 to 65535, not "${env.PORT}".`);
  const host = env.HOST?.trim() || '127.0.0.1';
  const mode = readMode(env, fail);
  const frameAncestors = readFrameAncestors(env.FRAME_ANCESTORS, fail);
  const allowedOrigins = readAllowedOrigins(env.ALLOWED_ORIGINS, fail);
  const basePath = readBasePath(env.BASE_PATH, fail);
  const allowedHosts = readAllowedHosts(env.ALLOWED_HOSTS, fail);
  const logFormat = readLogFormat(env.LOG_FORMAT, fail);
  const shutdownGraceMs = readShutdownGrace(env.SHUTDOWN_GRACE_MS, fail);
  const auditLog = env.AUDIT_LOG?.trim() || undefined;
  const trustedUserHeader = readTrustedUserHeader(env.TRUSTED_USER_HEADER, fail);
  const feedSecret = readFeedSecret(env.FEED_SECRET, fail);
  const trustProxy = readTrustProxy(env.TRUST_PROXY, fail);

  if (
    errors.length > 0 || port === undefined || !mode || !frameAncestors || !allowedOrigins || !basePath ||
    !allowedHosts || !logFormat || shutdownGraceMs === undefined || trustProxy === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    config: { port, host, mode, frameAncestors, allowedOrigins, basePath, allowedHosts, logFormat, shutdownGraceMs, auditLog, trustedUserHeader, feedSecret, trustProxy },
  };
}

/** The lines the server prints when it starts: where it listens and which API it talks to. */
export function startLines(config: ServerConfig, url: string): string[] {
  const api =
    config.mode.kind === 'live'
      ? `API mode: live: /api/calendar/* is forwarded to ${config.mode.apiBase} with the configured app key`
      : 'API mode: sandbox (built-in sample data in memory; nothing reaches Flashduty)';
  return [
    `Calendar panel on ${url}`,
    api + (config.mode.kind === 'sandbox' && config.mode.accounts === 'per-header' ? '; one account per X-Sandbox-Account header, fault controls on (tests)' : ''),
    `Frames allowed from: ${config.frameAncestors}; other origins allowed to call /api: ${config.allowedOrigins.join(' ') || 'none'}; ` +
      `host names besides loopback and IP addresses: ${[config.host, ...config.allowedHosts].filter((h) => !LOCAL_BIND.has(h)).join(' ') || 'none'}` +
      (config.trustProxy ? '; the page’s scheme, host and the client’s address from the proxy’s X-Forwarded-Proto, -Host and -For (TRUST_PROXY)' : ''),
    config.feedSecret
      ? 'Subscription feeds: URLs signed with FEED_SECRET (a new secret revokes every URL)'
      : 'Subscription feeds: FEED_SECRET is not set, so feed URLs are signed with a random secret made at this start: they change on every restart. Set FEED_SECRET to keep them.',
    ...(config.auditLog ? [`Audit trail of writes: ${config.auditLog === '-' ? 'standard output' : config.auditLog}${config.trustedUserHeader ? `, user from the ${config.trustedUserHeader} header` : ''}`] : []),
  ];
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return 4173;
  const port = Number(value);
  return /^\d+$/.test(value.trim()) && port <= 65535 ? port : undefined;
}

function readMode(env: Env, fail: (message: string) => undefined): ApiMode | undefined {
  const appKey = env.FLASHDUTY_APP_KEY;
  const accounts = env.SANDBOX_ACCOUNTS?.trim() || undefined;
  if (appKey === undefined) {
    if (env.FLASHDUTY_API_BASE !== undefined) {
      return fail(
        'FLASHDUTY_API_BASE is set but FLASHDUTY_APP_KEY is not. Set FLASHDUTY_APP_KEY to run against Flashduty, or unset FLASHDUTY_API_BASE to run on the sandbox.',
      );
    }
    if (accounts !== undefined && accounts !== 'shared' && accounts !== 'per-header') {
      return fail(`SANDBOX_ACCOUNTS must be "shared" (the default) or "per-header" (for tests), not "${env.SANDBOX_ACCOUNTS}".`);
    }
    return { kind: 'sandbox', accounts: accounts ?? 'shared' };
  }
  if (accounts !== undefined) fail('SANDBOX_ACCOUNTS is for the sandbox only; unset it when FLASHDUTY_APP_KEY is set.');
  let ok = true;
  if (appKey.trim() === '') {
    ok = !!fail('FLASHDUTY_APP_KEY is set but empty. Set it to the app key from the Flashduty console, or unset it to run on the sandbox.');
  } else if (!APP_KEY.test(appKey)) {
    ok = !!fail(
      'FLASHDUTY_APP_KEY is malformed: an app key is 8 to 256 letters, digits, "-", "_", "." or "~". Copy it again from the Flashduty console, without quotes or spaces.',
    );
  }
  const apiBase = readApiBase(env.FLASHDUTY_API_BASE, fail);
  const timeoutMs = readTimeout(env.UPSTREAM_TIMEOUT_MS, fail);
  return ok && apiBase && timeoutMs ? { kind: 'live', appKey, apiBase, timeoutMs } : undefined;
}

function readApiBase(value: string | undefined, fail: (message: string) => undefined): string | undefined {
  if (value === undefined || value.trim() === '') return DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fail(`FLASHDUTY_API_BASE must be a URL such as ${DEFAULT_API_BASE}, not "${value}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    return fail(`FLASHDUTY_API_BASE must be a plain URL without a query, fragment or credentials, such as ${DEFAULT_API_BASE}.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    return fail(
      `FLASHDUTY_API_BASE must use https (plain http only to this machine, for tests): the app key travels with every request. "${value}" does not.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function readTimeout(value: string | undefined, fail: (message: string) => undefined): number | undefined {
  if (value === undefined || value.trim() === '') return DEFAULT_UPSTREAM_TIMEOUT_MS;
  const ms = Number(value);
  return /^\d+$/.test(value.trim()) && ms >= 100 && ms <= 120_000
    ? ms
    : fail(`UPSTREAM_TIMEOUT_MS must be a number of milliseconds from 100 to 120000, not "${value}".`);
}

// A CSP source: a keyword, a scheme, or a host source such as https://portal.example.com or https://*.example.com:8443.
const FRAME_SOURCE = /^(?:'self'|'none'|https?:|https?:\/\/(?:\*\.)?[A-Za-z0-9.-]+(?::\d{1,5})?|\[[0-9a-fA-F:]+\](?::\d{1,5})?)$/;

function readFrameAncestors(value: string | undefined, fail: (message: string) => undefined): string | undefined {
  if (value === undefined || value.trim() === '') return "'self'";
  const sources = value.trim().split(/\s+/);
  const bad = sources.filter((s) => !FRAME_SOURCE.test(s));
  if (bad.length > 0) {
    return fail(
      `FRAME_ANCESTORS must list CSP sources separated by spaces, such as "'self' https://portal.example.com"; these are not: ${bad.join(' ')}.`,
    );
  }
  if (sources.includes("'none'") && sources.length > 1) return fail("FRAME_ANCESTORS: 'none' cannot be combined with other sources.");
  return sources.join(' ');
}

function readAllowedOrigins(value: string | undefined, fail: (message: string) => undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return [];
  const tokens = value.trim().split(/[\s,]+/);
  const bad = tokens.filter((t) => parseOrigin(t) === undefined);
  if (bad.length > 0) {
    return fail(
      `ALLOWED_ORIGINS must list origins (scheme, host and port, no path or trailing slash) separated by commas, such as "https://portal.example.com"; these are not: ${bad.join(' ')}.`,
    );
  }
  return tokens;
}

function readBasePath(value: string | undefined, fail: (message: string) => undefined): string | undefined {
  if (value === undefined || value.trim() === '' || value.trim() === '/') return '/';
  const path = value.trim().replace(/\/*$/, '/');
  return /^\/(?:[A-Za-z0-9._~-]+\/)+$/.test(path) && !/(^|\/)\.\.?\//.test(path)
    ? path
    : fail(`BASE_PATH must be a path such as /tools/calendar/, not "${value}".`);
}

// The addresses that mean "every interface": not a host name anyone sends in Host.
const LOCAL_BIND = new Set(['0.0.0.0', '::', '[::]', '127.0.0.1', 'localhost', '::1', '[::1]']);
const HOST_NAME = /^\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function readAllowedHosts(value: string | undefined, fail: (message: string) => undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return [];
  const names = value.trim().toLowerCase().split(/[\s,]+/);
  // ".com" would take every .com name and undo the allowlist: a suffix needs two labels at least.
  const bad = names.filter((n) => !HOST_NAME.test(n) || (n.startsWith('.') && !n.slice(1).includes('.')));
  if (bad.length > 0) {
    return fail(
      `ALLOWED_HOSTS must list host names without scheme or port, separated by commas, such as "calendar.example.com" or ".example.com" (with its subdomains); these are not: ${bad.join(' ')}.`,
    );
  }
  return names;
}

function readLogFormat(value: string | undefined, fail: (message: string) => undefined): 'json' | 'pretty' | undefined {
  const format = value?.trim() || 'json';
  return format === 'json' || format === 'pretty' ? format : fail(`LOG_FORMAT must be "json" (the default) or "pretty", not "${value}".`);
}

function readShutdownGrace(value: string | undefined, fail: (message: string) => undefined): number | undefined {
  if (value === undefined || value.trim() === '') return DEFAULT_SHUTDOWN_GRACE_MS;
  const ms = Number(value);
  return /^\d+$/.test(value.trim()) && ms <= 600_000
    ? ms
    : fail(`SHUTDOWN_GRACE_MS must be a number of milliseconds from 0 to 600000, not "${value}".`);
}

// An HTTP header name (RFC 9110 token), not one the browser or this server controls.
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const UNTRUSTWORTHY_HEADERS = new Set(['host', 'origin', 'cookie', 'authorization', 'content-type', 'content-length', 'accept-language', 'referer', 'user-agent']);

function readTrustedUserHeader(value: string | undefined, fail: (message: string) => undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const name = value.trim().toLowerCase();
  if (!HEADER_NAME.test(name)) return fail(`TRUSTED_USER_HEADER must be a header name such as X-Forwarded-User, not "${value}".`);
  if (UNTRUSTWORTHY_HEADERS.has(name)) {
    return fail(`TRUSTED_USER_HEADER cannot be ${value}: name the header your authenticating proxy sets, such as X-Forwarded-User.`);
  }
  return name;
}

/** FEED_SECRET: at least 32 characters (e.g. `openssl rand -base64 32`); it is never printed. */
function readFeedSecret(value: string | undefined, fail: (message: string) => undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value.trim().length >= 32 ? value.trim() : fail('FEED_SECRET must be at least 32 characters, such as the output of `openssl rand -base64 32`.');
}

function readTrustProxy(value: string | undefined, fail: (message: string) => undefined): boolean | undefined {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === '0' || text === 'false') return false;
  if (text === '1' || text === 'true') return true;
  return fail(`TRUST_PROXY must be 1 (a proxy in front terminates TLS and sets X-Forwarded-Proto) or 0, not "${value}".`);
}
