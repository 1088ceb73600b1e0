import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import type { CalendarPattern } from '../../core/effectiveDays';
import { impactOfSave, impactRange } from '../../core/saveImpact';
import { addDays, compareDates, isIsoDate, toInclusiveEnd } from '../../core/dates';
import { formatDayRange } from '../../core/formatDates';
import type { Locale } from '../../core/locale';
import { formatList } from '../../core/text';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { useRangeItems } from './rangeItems';
import { WORKSPACE_TEXTS } from './workspaceText';

interface ImpactSummaryProps {
  calendar: CalendarPattern;
  first: string;
  last: string;
  isOff: boolean;
  /** The event being edited, as it is saved now: the days it leaves change too. */
  original?: CalEventItem;
  /** Just saved, and not edited since: saving again changes no day (the list may still be the one before the save). */
  saved?: boolean;
}

/**
 * What saving would do to the days: the calendar before against the calendar after, over the event's
 * days and those it leaves (a move): which become days off, which working days, which already are
 * so, what it overlaps.
 */
export function ImpactSummary({ calendar, first, last, isOff, original, saved }: ImpactSummaryProps) {
  const locale = useLocale();
  const w = useTexts(WORKSPACE_TEXTS);
  const draft = { first, last, isOff };
  // Dates not yet a range (being typed) say nothing.
  const valid = isIsoDate(first) && isIsoDate(last) && compareDates(first, last) <= 0;
  const range = valid ? impactRange(draft, original) : draft;
  const items = useRangeItems(calendar, range.first, range.last);
  if (saved) return <ImpactBox title={w('impactTitle')}><Text size="sm">{w('impactSaved')}</Text></ImpactBox>;
  if (!items) return null;
  const impact = impactOfSave(calendar, items, draft, original);
  const list = (dates: string[]) => describeDates(dates, locale, (count) => w('impactMoreRuns', { count }));
  // "1 day becomes a day off", "5 days become days off": the text's plural form for the count.
  const say = (key: 'impactToOff' | 'impactToWork' | 'impactAlreadyOff' | 'impactAlreadyWork', dates: string[]) =>
    w(key, { count: dates.length, list: list(dates) });

  return (
    <ImpactBox title={w('impactTitle')}>
        {impact.toOff.length > 0 && <Text size="sm">{say('impactToOff', impact.toOff)}</Text>}
        {impact.toWork.length > 0 && <Text size="sm">{say('impactToWork', impact.toWork)}</Text>}
        {impact.unchanged.length > 0 && <Text size="sm">{say(isOff ? 'impactAlreadyOff' : 'impactAlreadyWork', impact.unchanged)}</Text>}
        {impact.overlapping.length > 0 && (
          <Text size="sm">
            {w('impactOverlaps', {
              list: formatList(
                locale,
                impact.overlapping.map((e) => w('eventWithDays', { summary: e.summary, days: formatDayRange(e.start_at, toInclusiveEnd(e.end_at), locale) })),
              ),
            })}
          </Text>
        )}
    </ImpactBox>
  );
}

function ImpactBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="sm" bg="var(--panel-subtle-bg)" aria-labelledby="impact-title" component="section" data-testid="impact">
      <Text size="sm" fw={600} id="impact-title">
        {title}
      </Text>
      <Stack gap={2} mt={4}>
        {children}
      </Stack>
    </Paper>
  );
}

/** How many runs of days are named: an event decades long (2206 typed for 2026) has thousands of weekends, and drawing them all froze the tab. */
const MAX_RUNS = 12;

/** Dates as runs: "Thu, 1 Oct 2026 – Sat, 3 Oct 2026 and Mon, 5 Oct 2026" (“10月1日周四 至 10月3日周六和10月5日周一”), the first MAX_RUNS and how many more. */
function describeDates(dates: string[], locale: Locale, more: (count: number) => string): string {
  const runs: [string, string][] = [];
  for (const date of dates) {
    const run = runs.at(-1);
    if (run && nextDay(run[1]) === date) run[1] = date;
    else runs.push([date, date]);
  }
  const named = runs.slice(0, MAX_RUNS).map(([a, b]) => formatDayRange(a, b, locale));
  return formatList(locale, runs.length > MAX_RUNS ? [...named, more(runs.length - MAX_RUNS)] : named);
}

const nextDay = (date: string) => addDays(date, 1);
