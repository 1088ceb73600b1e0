import { Alert, NativeSelect, Stack, Text } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import type { CalendarItem } from '../../core/apiContract';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useKeyboardSelect } from '../../ui/keyboardSelect';
import { calendarLabel } from '../../core/calendarName';
import { usePublicHolidayCalendars } from '../../api/calendars';
import { describeWorkdays } from '../../core/formatDates';
import classes from './CalendarBar.module.css';
import { WORKSPACE_TEXTS } from './workspaceText';
import { CalendarDetail } from './WorkspaceShell';
import { formatList } from '../../core/text';

interface CalendarBarProps {
  calendars: CalendarItem[];
  calId?: string;
  info?: CalendarItem;
  onChange: (calId: string) => void;
  /** The calendar buttons (new, settings, delete), beside the switcher. */
  actions?: ReactNode;
}

/** The calendar switcher, and what the chosen calendar is: time zone, working days, linked holidays. */
export const CalendarBar = memo(function CalendarBar({ calendars, calId, info, onChange, actions }: CalendarBarProps) {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const w = useTexts(WORKSPACE_TEXTS);
  const publicCalendars = usePublicHolidayCalendars();
  const known = calendars.some((c) => c.cal_id === calId);
  const select = useKeyboardSelect(known && calId ? calId : '', onChange);
  const linked = (info?.extra_cal_ids ?? []).map((id) => publicCalendars.data?.find((c) => c.cal_id === id)?.cal_name ?? id);

  return (
    <div>
      {/* The buttons on a row of their own: beside the switcher they wrapped below it when the form
          opened and narrowed the column, and everything under them moved down. */}
      <Stack gap="xs" data-print-hide>
        <NativeSelect
          id="workspace-calendar"
          label={t('calendar')}
          {...select}
          data={[{ value: '', label: t('calendarPlaceholder'), disabled: true }, ...calendars.map((c) => ({ value: c.cal_id, label: calendarLabel(c, calendars) }))]}
          w={480}
          maw="100%"
        />
        {actions}
      </Stack>
      {calendars.length === 0 && (
        <Text size="sm" mt="xs" role="status">
          {t('calendarNone')}
        </Text>
      )}
      {calId && !known && (
        <Alert color="red" mt="xs" role="alert">
          {t('calendarUnknown', { id: calId })}
        </Alert>
      )}
      {known && info && <p className={classes.printName}>{info.cal_name}</p>}
      {known && (
        // One line a detail, the same lines before and after they load: nothing below moves.
        <dl className={classes.details} aria-label={w('calendarDetails')} aria-busy={!info}>
          <CalendarDetail term={w('timeZone')} value={info?.timezone} />
          <CalendarDetail
            term={w('workingDays')}
            value={info && (describeWorkdays(info.workdays ?? [], locale) || w('noWorkingDays'))}
          />
          <CalendarDetail term={w('publicHolidays')} value={info && (formatList(locale, linked, 'unit') || w('noPublicHolidays'))} />
        </dl>
      )}
    </div>
  );
});
