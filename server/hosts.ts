// The Host allowlist, against DNS rebinding: a page on evil.example whose name is made to resolve to
// this server reaches it with `Host: evil.example`, and its Origin then looks like the panel's own.
// As Vite's dev server does (server.allowedHosts), a request is answered only when its Host is an IP
// address, localhost (or a name under .localhost), the address the server listens on, or a name
// listed in ALLOWED_HOSTS (".example.com" takes example.com and its subdomains).
import { isIP } from 'node:net';

/** The host name of a Host header value, lower case, without port or IPv6 brackets; undefined when malformed. */
export function hostNameOf(header: string): string | undefined {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/.exec(header.trim());
  if (!match) return undefined;
  return (match[1] ?? match[2]).toLowerCase().replace(/\.$/, '');
}

export function createHostCheck(boundHost: string, allowedHosts: readonly string[]) {
  const exact = new Set([boundHost.toLowerCase(), ...allowedHosts.filter((h) => !h.startsWith('.'))]);
  const suffixes = allowedHosts.filter((h) => h.startsWith('.'));
  /** Whether a request addressed to this Host header value may be answered. */
  return function isAllowedHost(header: string | undefined): boolean {
    // HTTP/1.0 without Host: no browser sends that, so no rebinding either.
    if (header === undefined) return true;
    const name = hostNameOf(header);
    if (name === undefined) return false;
    if (isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || exact.has(name)) return true;
    return suffixes.some((s) => name === s.slice(1) || name.endsWith(s));
  };
}
