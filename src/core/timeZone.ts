// Time zones as the panel meets them: the default Flashduty gives a calendar that names none, a name
// as a calendar's settings may hold it, and a name a date formatter can use (what an API record may
// carry and still be drawn).

/** Flashduty's time zone for a calendar that names none. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A zone the browser's date formatting knows, in any spelling it accepts (`asia/shanghai` too). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA zone name, as written in the tz database: what Intl knows, in its own spelling (a Go
 * server loads "asia/shanghai" from a file that does not exist), and no offset like "+08:00".
 */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+/-]*$/.test(name)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    // An alias resolves to another name (US/Eastern to America/New_York); a miscased name to itself.
    return resolved === name || resolved.toLowerCase() !== name.toLowerCase();
  } catch {
    return false;
  }
}
