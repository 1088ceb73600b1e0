// Every IANA time zone the browser knows, each with its UTC offset now, for the settings form's
// searchable list ("Asia/Shanghai (UTC+08:00)").

export interface TimeZoneOption {
  value: string;
  label: string;
}

/** "UTC+08:00", "UTC−03:30", "UTC+00:00": a zone's offset at `at`. */
export function utcOffset(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT+08:00", or "GMT" for an offset of zero.
  const offset = part && part !== 'GMT' ? part.slice(3) : '+00:00';
  return `UTC${offset.replace('-', '−')}`;
}

/**
 * The zones to choose from, by name. `current` is kept even when the browser does not list it (a
 * calendar's zone set elsewhere, or an alias such as "Asia/Calcutta"). `only`: these zones, not all.
 */
export function timeZoneOptions(current: string | undefined, at = new Date(), only?: readonly string[]): TimeZoneOption[] {
  const names = new Set(only ?? [...Intl.supportedValuesOf('timeZone'), 'UTC']);
  if (current) names.add(current);
  return [...names]
    .sort((a, b) => a.localeCompare(b))
    .flatMap((value) => {
      try {
        return [{ value, label: `${value} (${utcOffset(value, at)})` }];
      } catch {
        return []; // a name this browser cannot format: not offered
      }
    });
}
