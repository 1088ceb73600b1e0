// The "Public holidays" source: a country (or region), and the offer to link Flashduty's own
// public-holiday calendar for it instead of importing.
import { Alert, Button, NativeSelect, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { failureOf } from '../../api/errors';
import type { CalendarItem } from '../../core/apiContract';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { useNotify } from '../../ui/notify';
import { usePublicHolidayCalendars, useUpdateCalendar } from '../../api/calendars';
import { FailureText } from './FailureText';
import { IMPORT_TEXTS } from './importText';

interface HolidayModule {
  countries: typeof import('./publicHolidays').countries;
  linkableCalendarOf: typeof import('./publicHolidays').linkableCalendarOf;
  chinaScheduleKnown: typeof import('./publicHolidays').chinaScheduleKnown;
}

export function HolidaySource(props: {
  calendar: CalendarItem;
  country: string;
  onCountry: (country: string) => void;
  module?: HolidayModule;
  loading: boolean;
  failed: boolean;
  year: number;
  empty: boolean;
}) {
  const { calendar, country, onCountry, module, loading, failed, year, empty } = props;
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const text = useTexts(IMPORT_TEXTS);
  const notify = useNotify();
  const update = useUpdateCalendar();
  const publicCalendars = usePublicHolidayCalendars();
  const options = useMemo(() => (module ? module.countries(locale) : []), [module, locale]);
  if (failed) return <Alert color="red" role="alert">{text('holidaysFailed')}</Alert>;
  if (loading || !module) return <Text size="sm">{text('holidaysLoading')}</Text>;

  const linkable = country ? module.linkableCalendarOf(country) : undefined;
  const linkedIds = calendar.extra_cal_ids ?? [];
  const name = linkable ? (publicCalendars.data?.find((c) => c.cal_id === linkable)?.cal_name ?? linkable) : '';
  const failure = update.isError ? failureOf(update.error) : undefined;
  return (
    <Stack gap="sm">
      <NativeSelect
        label={text('country')}
        value={country}
        onChange={(e) => onCountry(e.currentTarget.value)}
        data={[{ value: '', label: text('countryChoose') }, ...options.map((o) => ({ value: o.code, label: o.name }))]}
        maw={360}
      />
      {linkable &&
        (linkedIds.includes(linkable) ? (
          <Alert color="blue" data-testid="linkable">
            {text('linked', { name })}
          </Alert>
        ) : (
          <Alert color="blue" data-testid="linkable">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{text('linkable', { name })}</Text>
              <Button
                size="xs"
                variant="light"
                loading={update.isPending}
                onClick={() =>
                  update.mutate(
                    { cal_id: calendar.cal_id, extra_cal_ids: [...linkedIds, linkable] },
                    { onSuccess: () => notify({ color: 'teal', title: text('linkDone', { name }), message: '', closeLabel: t('dismiss') }) },
                  )
                }
              >
                {text('linkButton', { name })}
              </Button>
              {failure && <FailureText failure={failure} title={text('linkFailed')} />}
            </Stack>
          </Alert>
        ))}
      {country === 'CN' &&
        (module.chinaScheduleKnown(year) ? (
          <Text size="sm" data-testid="holidays-source">
            {text('holidaysChina', { year })}
          </Text>
        ) : (
          <Alert color="orange" role="status" data-testid="schedule-missing" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
            {text('scheduleMissing', { year })}
          </Alert>
        ))}
      {country && empty && <Text size="sm">{text('holidaysNone', { year })}</Text>}
    </Stack>
  );
}
