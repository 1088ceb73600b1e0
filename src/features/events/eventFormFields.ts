// The event form's fields in the order the form shows them: each one's input id (the error summary
// links to it) and label.
import type { EventFormField } from '../../core/eventSchema';
import type { PlainKey } from '../../core/text';
import type { PageTexts } from '../../i18n/messages';

export const FIELDS: { field: EventFormField; id: string; label: PlainKey<PageTexts> }[] = [
  { field: 'cal_id', id: 'event-calendar', label: 'calendar' },
  { field: 'summary', id: 'event-summary', label: 'summary' },
  { field: 'description', id: 'event-description', label: 'description' },
  { field: 'is_off', id: 'event-is-off', label: 'dayOff' },
  { field: 'start_date', id: 'event-start-date', label: 'startDate' },
  { field: 'last_date', id: 'event-end-date', label: 'endDate' },
];

export const inputId = (field: EventFormField) => FIELDS.find((f) => f.field === field)!.id;
