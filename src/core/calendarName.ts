// Calendars of one name. Flashduty allows two, but escalation and silence rules use the one they
// were set to: a scheduler who saves to the other one changes nothing. Names that differ only in
// case, spaces and characters that draw nothing (“值班”, “值 班”, “ Ops ”, “OPS”, full-width letters,
// “值\u200B班” with a zero-width space or a soft hyphen pasted from a chat) read alike in a list, so
// they count as the same; the calendar pickers then add the end of each one's ID. Such characters
// stay allowed in a name (a joiner is part of an emoji, a ZWNJ part of a Persian word); they are
// only left out of the comparison.
import type { CalendarItem } from './apiContract';
import { withoutInvisible } from './eventSchema';

type Named = Pick<CalendarItem, 'cal_id' | 'cal_name'>;

/** A calendar name as compared: full-width forms as ASCII (NFKC), without spaces or characters that draw nothing, in lower case. */
const nameKey = (name: string) => withoutInvisible(name.normalize('NFKC')).replace(/\s+/gu, '').toLowerCase();

/** Whether two calendar names read alike: the same but for case, spaces and characters that draw nothing. */
export const sameCalendarName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** The first of `calendars`, other than the one of `exceptId`, whose name reads as `name`. */
export const calendarNamed = <C extends Named>(calendars: readonly C[], name: string, exceptId?: string): C | undefined =>
  calendars.find((c) => c.cal_id !== exceptId && sameCalendarName(c.cal_name, name));

/** How many characters of the ID tell calendars of one name apart. */
const ID_END = 6;

/**
 * A calendar as the pickers name it: its name and its time zone, which its days follow; and the end
 * of its ID when another of `calendars` has the same name.
 */
export function calendarLabel(c: Pick<CalendarItem, 'cal_id' | 'cal_name' | 'timezone'>, calendars: readonly Named[]): string {
  const label = `${c.cal_name} · ${c.timezone}`;
  return calendarNamed(calendars, c.cal_name, c.cal_id) ? `${label} · ID …${c.cal_id.slice(-ID_END)}` : label;
}
