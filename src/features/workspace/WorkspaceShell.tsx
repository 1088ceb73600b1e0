// The workspace's first screen before its code and data have come: the calendar bar with its
// labels, and the month's frame (weekdays, empty days) under its help text. The build prerenders it
// into the page's HTML (src/prerender.tsx), so it paints before any script has run; the workspace
// then takes its place at the same size. It is in the first chunk: keep it light.
import { NativeSelect, Text, VisuallyHidden } from '@mantine/core';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { weekdayNames } from '../../core/formatDates';
import barClasses from './CalendarBar.module.css';
import gridClasses from './MonthGrid.module.css';
import classes from './WorkspaceShell.module.css';
import { COMMON_TEXTS } from '../../core/commonText';
import { SHELL_TEXTS } from './shellText';

const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];
/** Most months span five weeks. */
const WEEKS = 5;

export function WorkspaceShell() {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const s = useTexts(SHELL_TEXTS);
  const names = weekdayNames(locale, 'short');
  return (
    <div aria-busy="true" data-testid="workspace-shell">
      <VisuallyHidden role="status">{t('calendarLoading')}</VisuallyHidden>
      <NativeSelect label={t('calendar')} data={[{ value: '', label: t('calendarLoading') }]} disabled w={480} maw="100%" data-print-hide />
      <div className={classes.actionsSpace} />
      <dl className={barClasses.details}>
        <CalendarDetail term={s('timeZone')} />
        <CalendarDetail term={s('workingDays')} />
        <CalendarDetail term={s('publicHolidays')} />
      </dl>
      <section style={{ marginTop: 'var(--mantine-spacing-md)' }}>
        <div className={classes.switchSpace} />
        <div className={classes.titleSpace} />
        <GridHelp />
        <table className={gridClasses.grid} aria-hidden="true">
          <thead>
            <tr>
              {MONDAY_FIRST.map((d) => (
                <th key={d} className={gridClasses.weekday}>
                  {names[d]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: WEEKS }, (_, i) => (
              <tr key={i}>
                {MONDAY_FIRST.map((d) => (
                  <td key={d} className={gridClasses.day} data-loading />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** How to use the month's grid: by mouse and keyboard, or (on a touch screen) by tapping. */
export function GridHelp() {
  const s = useTexts(SHELL_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  return (
    <Text size="sm" c="dimmed" id="grid-help" mb="xs">
      <span className={classes.mouseHelp}>{common('sentences', { first: s('gridHelp'), second: s('gridKeys') })}</span>
      <span className={classes.touchHelp}>{s('gridHelpTouch')}</span>
    </Text>
  );
}

/** One of the calendar's details (CalendarBar.tsx): its term, and its value or "…" while it loads. */
export function CalendarDetail({ term, value }: { term: string; value?: string }) {
  return (
    <div className={barClasses.detail}>
      <Text component="dt" size="xs" c="dimmed" truncate>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} truncate title={value}>
        {value ?? '…'}
      </Text>
    </div>
  );
}
