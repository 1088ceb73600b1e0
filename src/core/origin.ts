// Origins as the browser writes them (`https://host:port`): what a portal, a framer or a caller is.

/** `https://portal.example.com` as given, or undefined for anything that is not exactly an origin. */
export function parseOrigin(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? value : undefined;
  } catch {
    return undefined;
  }
}
