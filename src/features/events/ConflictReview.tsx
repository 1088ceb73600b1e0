// The conflict review (ui/forms/ConflictReview.tsx) as the event form shows it: its fields' labels,
// the kind as a word, the dates as days.
import type { PlainKey } from '../../core/text';
import type { PageTexts } from '../../i18n/messages';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { formatDay } from '../../core/formatDates';
import { ConflictReview, type ConflictReviewProps } from '../../ui/forms/ConflictReview';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';
import type { EventFieldName, EventFields } from './conflict';

const EVENT_LABELS: Record<EventFieldName, PlainKey<PageTexts>> = { summary: 'summary', description: 'description', is_off: 'dayOff', start_date: 'startDate', last_date: 'endDate' };

/** The review of an event's fields, as the event form shows it. */
export function EventConflictReview({ mine, theirs, ...props }: Omit<ConflictReviewProps<EventFieldName>, 'describe'> & { mine: EventFields; theirs: EventFields }) {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const c = useTexts(CONFLICT_TEXTS);
  const show = (fields: EventFields, field: EventFieldName) => {
    const value = fields[field];
    if (field === 'is_off') return value ? c('kindOff') : c('kindWork');
    if (field === 'start_date' || field === 'last_date') return formatDay(String(value), locale);
    return String(value);
  };
  return <ConflictReview {...props} describe={(field) => ({ label: t(EVENT_LABELS[field]), mine: show(mine, field), theirs: show(theirs, field) })} />;
}

