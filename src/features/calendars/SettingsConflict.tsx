// The lost-update guard of calendar settings: the same check and review as the event form's
// (useConflictCheck, ConflictReview), with a calendar's fields. Before saving, the dialog reads the
// calendar again (/calendar/info, past every cache) and compares it with the version it opened.
import type { ApiClient } from '../../api/client';
import type { CalendarItem } from '../../core/apiContract';
import { sameSet, settingsOf, type CalendarSettings, type CalendarSettingsField } from '../../core/calendarSettingsSchema';
import { formatList } from '../../core/text';
import { useLocale } from '../../i18n/I18nProvider';
import { conflictsOf, type FieldConflict } from '../../core/fieldConflicts';
import { ConflictReview, type ConflictReviewProps } from '../../ui/forms/ConflictReview';
import { describeWorkdays } from '../../core/formatDates';
import type { ReadNow } from '../../ui/forms/useConflictCheck';

const NAMES: readonly CalendarSettingsField[] = ['cal_name', 'description', 'timezone', 'workdays', 'extra_cal_ids'];

function same(name: CalendarSettingsField, a: CalendarSettings, b: CalendarSettings): boolean {
  if (name === 'workdays') return sameSet(a.workdays, b.workdays);
  if (name === 'extra_cal_ids') return sameSet(a.extra_cal_ids, b.extra_cal_ids);
  if (name === 'cal_name') return a.cal_name.trim() === b.cal_name.trim();
  return a[name] === b[name];
}

/** The fields on which mine and theirs differ, when someone changed the calendar since `base`. */
export const settingsConflicts = (base: CalendarSettings, mine: CalendarSettings, theirs: CalendarSettings): FieldConflict<CalendarSettingsField>[] =>
  conflictsOf(base, mine, theirs, NAMES, same);

/** The calendar's settings as the server holds them now. */
export const readSettingsNow =
  (client: ApiClient, calId: string): ReadNow<CalendarSettings> =>
  async () => {
    const now: CalendarItem = await client.call('/calendar/info', { cal_id: calId });
    return { fields: settingsOf(now), updatedAt: now.updated_at };
  };

type Props = Omit<ConflictReviewProps<CalendarSettingsField>, 'describe'> & {
  mine: CalendarSettings;
  theirs: CalendarSettings;
  /** The public-holiday calendars' names by id. */
  holidayNames: ReadonlyMap<string, string>;
  /** The fields' labels, as the form shows them. */
  labels: Readonly<Record<CalendarSettingsField, string>>;
};

/** Both versions of each setting that differs, as the settings dialog shows them. */
export function SettingsConflictReview({ mine, theirs, holidayNames, labels, ...props }: Props) {
  const locale = useLocale();
  const show = (s: CalendarSettings, field: CalendarSettingsField): string => {
    if (field === 'workdays') return describeWorkdays(s.workdays, locale);
    if (field === 'extra_cal_ids') return formatList(locale, s.extra_cal_ids.map((id) => holidayNames.get(id) ?? id));
    return s[field];
  };
  return <ConflictReview {...props} describe={(field) => ({ label: labels[field], mine: show(mine, field), theirs: show(theirs, field) })} />;
}
