// An iCalendar text read into its calendars and events, as far as it can be: dates written without
// VALUE=DATE are taken, events ical.js cannot parse are set aside (and reported by their line), and a
// recurring series is kept apart from its changed occurrences.
import ICAL from 'ical.js';

export type Component = InstanceType<typeof ICAL.Component>;

/**
 * Some producers write an all-day date without `VALUE=DATE` (`DTSTART:20261001`), which ical.js
 * would read as a broken date-time. The parameter is added where a value is eight digits alone.
 */
export function tolerateBareDates(text: string): string {
  return text.replace(/^(DTSTART|DTEND|EXDATE|RDATE|RECURRENCE-ID)((?:;[^:\r\n]*)?):(\d{8})(?=\r?$)/gim, (whole, name: string, params: string, value: string) =>
    /;VALUE=/i.test(params) ? whole : `${name}${params};VALUE=DATE:${value}`,
  );
}

/**
 * The VCALENDAR components of the text (files pasted together hold several), or undefined. ical.js
 * fails a whole text for one value it cannot parse (an RRULE of FREQ=SOMETIMES, BYMONTH=13): then
 * each event is tried alone, and those that fail are set aside (their lines blanked, so that the
 * others keep their line numbers) and reported on their own.
 */
export function readCalendars(text: string): { calendars: Component[]; source: string; broken: BrokenEvent[] } | undefined {
  const calendars = parseCalendars(text);
  if (calendars) return { calendars, source: text, broken: [] };
  const { source, broken } = setAsideBrokenEvents(text);
  const rest = broken.length > 0 ? parseCalendars(source) : undefined;
  return rest && { calendars: rest, source, broken };
}

function parseCalendars(source: string): Component[] | undefined {
  try {
    const parsed: unknown = ICAL.parse(source);
    if (!Array.isArray(parsed) || parsed.length === 0) return undefined;
    const all = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    const calendars = all.map((jcal) => new ICAL.Component(jcal as ConstructorParameters<typeof ICAL.Component>[0]));
    return calendars.every((c) => c.name === 'vcalendar') ? calendars : undefined;
  } catch {
    return undefined;
  }
}

interface BrokenEvent {
  line: number;
  summary: string;
}

/** The text with every event ical.js cannot parse alone replaced, line for line, by a property nobody reads. */
function setAsideBrokenEvents(text: string): { source: string; broken: BrokenEvent[] } {
  const lines = text.split(/\r\n|\n|\r/);
  const broken: BrokenEvent[] = [];
  for (let begin = 0; begin < lines.length; begin++) {
    if (!/^BEGIN:VEVENT\s*$/i.test(lines[begin])) continue;
    let end = begin + 1;
    while (end < lines.length && !/^END:VEVENT\s*$/i.test(lines[end])) end++;
    const block = lines.slice(begin, end + 1);
    try {
      ICAL.parse(['BEGIN:VCALENDAR', ...block, 'END:VCALENDAR', ''].join('\r\n'));
    } catch {
      const summary = block.find((l) => /^SUMMARY[;:]/i.test(l));
      broken.push({ line: begin + 1, summary: summary ? unescapeText(summary.slice(summary.indexOf(':') + 1)) : '' });
      lines.fill('X-SET-ASIDE:1', begin, end + 1);
    }
    begin = end;
  }
  return { source: lines.join('\r\n'), broken };
}

const unescapeText = (value: string) => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** The line (from 1) of each BEGIN:VEVENT, in order: the rows' lines, since ical.js keeps none. */
export function veventLines(source: string): number[] {
  const lines: number[] = [];
  source.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) lines.push(index + 1);
  });
  return lines;
}

export const uidOf = (vevent: Component) => String(vevent.getFirstPropertyValue('uid') ?? '');

/**
 * Events, and the changed occurrences of recurring ones (same UID with a RECURRENCE-ID), kept apart
 * so each occurrence is read from its own changed copy. A changed occurrence without its series
 * stands as an event of its own.
 */
export function groupSeries(vevents: readonly Component[]) {
  const isException = (v: Component) => v.hasProperty('recurrence-id');
  const seriesUids = new Set(vevents.filter((v) => !isException(v)).map(uidOf));
  const exceptions = new Map<string, Component[]>();
  const series: Component[] = [];
  for (const v of vevents) {
    if (isException(v) && seriesUids.has(uidOf(v))) exceptions.set(uidOf(v), [...(exceptions.get(uidOf(v)) ?? []), v]);
    else series.push(v);
  }
  return { series, exceptions };
}
