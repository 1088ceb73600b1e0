// The year at a glance: twelve small months of effective days, each day's reason on hover and to
// screen readers, and per month what is notable. Loaded when the Year view is first shown.
import '../../print.css';
import { Alert, Button, Group, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalEventItem } from '../../core/apiContract';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import type { Locale } from '../../core/locale';
import { CALENDAR_TEXTS } from '../calendars/calendarText';
import type { CalendarPattern, EffectiveDay } from '../../core/effectiveDays';
import { monthNames, weekdayNames } from '../../core/formatDates';
import { yearEventsQueryOptions } from '../../api/events';
import { dayName, GridLegend } from './MonthGrid';
import { daysFromMonday, FIRST_YEAR, type Month } from '../../core/months';
import { isMakeUpDay, yearSummary, type MonthSummary, type NamedDays } from './yearSummary';
import classes from './YearView.module.css';
import hidden from '../../ui/visuallyHidden.module.css';
import { WORKSPACE_TEXTS, type WorkspaceText } from './workspaceText';

export interface YearViewProps {
  calendar: CalendarPattern;
  year: number;
  today: string;
  onYear: (year: number) => void;
  onOpenMonth: (month: Month) => void;
}

/** China's linked public-holiday calendar. */
const CHINA_HOLIDAYS = 'zh-cn.china.official';

/**
 * Whether the year's list holds China's public holidays without a single make-up working day: the
 * State Council has not published that year's schedule yet (every year since 2004 has some).
 */
function chinaScheduleMissing(items: readonly CalEventItem[]): boolean {
  const china = items.filter((e) => e.cal_id === CHINA_HOLIDAYS);
  return china.length > 0 && china.every((e) => e.is_off);
}

// A year's summary is kept with the list it was made from: showing the year again (Month, then Year)
// does not compute its 365 days again while the list is unchanged.
const summaries = new WeakMap<readonly CalEventItem[], { calendar: CalendarPattern; year: number; months: MonthSummary[] }>();
function cachedYearSummary(year: number, calendar: CalendarPattern, items: readonly CalEventItem[]): MonthSummary[] {
  const hit = summaries.get(items);
  if (hit && hit.year === year && hit.calendar.cal_id === calendar.cal_id && hit.calendar.workdays.join() === calendar.workdays.join()) return hit.months;
  const months = yearSummary(year, calendar, items);
  summaries.set(items, { calendar, year, months });
  return months;
}

export default memo(function YearView({ calendar, year, today, onYear, onOpenMonth }: YearViewProps) {
  const locale = useLocale();
  const text = useTexts(CALENDAR_TEXTS);
  const w = useTexts(WORKSPACE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const client = useApiClient();
  const list = useQuery(yearEventsQueryOptions(client, calendar.cal_id, year));
  const months = useMemo(() => (list.data ? cachedYearSummary(year, calendar, list.data.items) : undefined), [list.data, year, calendar]);
  const scheduleMissing = useMemo(() => (list.data ? chinaScheduleMissing(list.data.items) : false), [list.data]);
  // A phone has no hover, so no day's title shows: the month's name leads to each day's reason there.
  const noHover = useMediaQuery('(hover: none)', false, { getInitialValueInEffect: false });

  return (
    <section aria-labelledby="year-title" data-testid="year-view">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs" mb="xs">
        <Title order={2} size="h3" id="year-title" aria-live="polite">
          {text('yearTitle', { year })}
        </Title>
        <Group gap="xs" data-print-hide>
          <Button variant="default" onClick={() => onYear(year - 1)} disabled={year <= FIRST_YEAR} aria-label={text('previousYear')}>
            ‹
          </Button>
          <Button variant="default" onClick={() => onYear(year + 1)} aria-label={text('nextYear')}>
            ›
          </Button>
          <Button variant="default" onClick={() => window.print()}>
            {text('print')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm" data-print-hide>
        {text(noHover ? 'yearHelpTouch' : 'yearHelp')}
      </Text>
      {scheduleMissing && (
        <Alert color="orange" mb="sm" data-testid="schedule-missing" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
          {w('scheduleMissing', { year })}
        </Alert>
      )}
      {list.isError && !list.data ? (
        <Alert color="red" role="alert" title={text('yearFailed', { year })}>
          <Button variant="light" size="xs" mt="xs" onClick={() => void list.refetch()}>
            {common('retry')}
          </Button>
        </Alert>
      ) : !months ? (
        <Text size="sm" role="status">
          {text('yearLoading', { year })}
        </Text>
      ) : (
        <div className={classes.months}>
          {months.map((m) => (
            <SmallMonth
              key={m.month}
              year={year}
              summary={m}
              calendar={calendar}
              today={today}
              locale={locale}
              w={w}
              counts={text('yearCounts', { off: m.daysOff, work: m.makeUpDays, events: m.ownEvents })}
              named={m.named.map((n) => ({ ...n, text: text('yearNamedDays', { days: dayRange(n), summary: n.summary }) }))}
              makeUpMark={text('yearMakeUpMark')}
              onOpen={onOpenMonth}
            />
          ))}
        </div>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {text('yearCountsHelp')}
      </Text>
      <div style={{ marginTop: 'var(--mantine-spacing-xs)' }} data-print-hide>
        <GridLegend />
        <Text size="xs" c="var(--panel-gray-text)" mt={4}>
          {text('yearMakeUpLegend')}
        </Text>
      </div>
      {/* On paper: what the marks mean, without the screen's editable and read-only. */}
      <p className={`${classes.printOnly} ${classes.printKey}`}>{text('yearPrintKey')}</p>
    </section>
  );
});

/** "1–7", or "10" for one day. */
const dayRange = (n: NamedDays) => (n.first === n.last ? String(n.first) : `${n.first}–${n.last}`);

interface SmallMonthProps {
  year: number;
  summary: MonthSummary;
  calendar: CalendarPattern;
  /** The month's holidays, make-up working days and own events, by name (printed). */
  named: (NamedDays & { text: string })[];
  makeUpMark: string;
  today: string;
  locale: Locale;
  w: WorkspaceText;
  counts: string;
  onOpen: (month: Month) => void;
}

const SmallMonth = memo(function SmallMonth({ year, summary, calendar, named, makeUpMark, today, locale, w, counts, onOpen }: SmallMonthProps) {
  const name = monthNames(locale)[summary.month - 1];
  const short = weekdayNames(locale, 'short');
  const long = weekdayNames(locale, 'long');
  const headingId = `year-month-${summary.month}`;
  // Weeks from Monday: blanks before the 1st, then the days.
  const cells: (EffectiveDay | undefined)[] = [...Array(daysFromMonday(summary.days[0].date)).fill(undefined), ...summary.days];
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, i) => cells.slice(i * 7, i * 7 + 7));

  return (
    <section className={classes.month} aria-labelledby={headingId}>
      <h3 style={{ margin: 0 }} id={headingId}>
        <button type="button" className={classes.monthName} onClick={() => onOpen({ year, month: summary.month })}>
          {name}
        </button>
      </h3>
      <table className={classes.grid} aria-labelledby={headingId}>
        <thead>
          <tr>
            {[1, 2, 3, 4, 5, 6, 0].map((d) => (
              <th key={d} scope="col" abbr={long[d]}>
                {short[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {Array.from({ length: 7 }, (_, j) => {
                const day = week[j];
                if (!day) return <td key={j} />;
                const description = dayName(day, day.date === today, locale, w);
                const makeUp = isMakeUpDay(day, calendar);
                return (
                  <td
                    key={j}
                    className={classes.day}
                    title={description}
                    data-date={day.date}
                    data-off={day.off || undefined}
                    data-own={day.reason.kind === 'own' || undefined}
                    data-public={day.reason.kind === 'public' || undefined}
                    data-today={day.date === today || undefined}
                    data-make-up={makeUp || undefined}
                  >
                    <span aria-hidden="true">{Number(day.date.slice(8))}</span>
                    {makeUp && (
                      <span aria-hidden="true" className={classes.mark}>
                        {makeUpMark}
                      </span>
                    )}
                    <span className={hidden.visuallyHidden}>{description}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={classes.counts}>{counts}</p>
      {named.length > 0 && (
        <ul className={`${classes.named} ${classes.printOnly}`}>
          {named.map((n) => (
            <li key={`${n.first}-${n.summary}`} data-off={n.off || undefined}>
              <span className={classes.namedMark}>{n.off ? w('cellOff') : w('cellWork')}</span> {n.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
