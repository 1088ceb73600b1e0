import { Group, Text } from '@mantine/core';
import { memo, useEffect, useEffectEvent, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent, type SyntheticEvent } from 'react';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { addDays, compareDates } from '../../core/dates';
import { formatLongDay, weekdayNames } from '../../core/formatDates';
import type { EffectiveDay } from '../../core/effectiveDays';
import { COMMON_TEXTS } from '../../core/commonText';
import { textsFor } from '../../core/text';
import classes from './MonthGrid.module.css';
import hidden from '../../ui/visuallyHidden.module.css';
import { daysFromMonday, firstDay, lastDay, sameDayMonthsOn, weeksOf, type Month } from '../../core/months';
import type { WorkspaceText } from './workspaceText';
import { WORKSPACE_TEXTS } from './workspaceText';

export interface DayRange {
  from: string;
  to: string;
}

interface MonthGridProps {
  month: Month;
  /** The month's days by date; undefined while they load (the grid keeps its size meanwhile). */
  days: ReadonlyMap<string, EffectiveDay> | undefined;
  today: string;
  selection?: DayRange;
  /** The day that has the keyboard focus (in this month). */
  focusDate: string;
  onFocusDate: (date: string) => void;
  /** A click, Enter or Space on a day. */
  onPick: (date: string) => void;
  /** A drag across days, or Shift with a click, Enter or Space: from the anchor to this day. */
  onExtend: (date: string, anchor?: string) => void;
  /** The keyboard left the month: show the month of `date` and focus it. */
  onLeaveMonth: (date: string) => void;
  /** A day to move the keyboard focus to once it is on screen (after the keyboard left a month). */
  focusRequest?: string;
  onFocusRequestDone?: () => void;
  labelledBy: string;
  describedBy: string;
}

const ordered = (a: string, b: string): DayRange => (compareDates(a, b) <= 0 ? { from: a, to: b } : { from: b, to: a });
const inRange = (date: string, r?: DayRange) => !!r && compareDates(date, r.from) >= 0 && compareDates(date, r.to) <= 0;

/** The day cell an event happened in (its `data-date`), if any. */
const dateOf = (event: SyntheticEvent) => (event.target as Element).closest?.('td[data-date]')?.getAttribute('data-date') ?? undefined;

/**
 * The month as a grid of days: each says whether it is a working day or a day off, and why. A day is
 * a plain cell (no component each) and the grid listens for all of them; it renders again only when
 * its props change (the workspace passes stable callbacks).
 */
export const MonthGrid = memo(function MonthGrid(props: MonthGridProps) {
  const { month, days, today, selection, focusDate, onFocusDate, onPick, onExtend, onLeaveMonth } = props;
  const locale = useLocale();
  const w = useTexts(WORKSPACE_TEXTS);
  const [drag, setDrag] = useState<{ anchor: string; current: string }>();
  const table = useRef<HTMLTableElement>(null);
  const cell = (date: string) => table.current?.querySelector<HTMLElement>(`td[data-date="${date}"]`) ?? undefined;
  const shown = drag ? ordered(drag.anchor, drag.current) : selection;
  const names = weekdayNames(locale, 'short');
  const longNames = weekdayNames(locale, 'long');

  const focus = (date: string) => {
    if (compareDates(date, firstDay(month)) < 0 || compareDates(date, lastDay(month)) > 0) return onLeaveMonth(date);
    onFocusDate(date);
    cell(date)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const date = dateOf(event);
    if (!date) return;
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    if (event.key in step) {
      event.preventDefault();
      focus(addDays(date, step[event.key]));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const fromMonday = daysFromMonday(date);
      focus(addDays(date, event.key === 'Home' ? -fromMonday : 6 - fromMonday));
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      onLeaveMonth(sameDayMonthsOn(date, event.key === 'PageUp' ? -1 : 1));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (event.shiftKey) onExtend(date);
      else onPick(date);
    }
  };

  // A drag ends wherever the button is released, inside the grid or not.
  const finishDrag = useEffectEvent(() => {
    if (!drag) return;
    setDrag(undefined);
    if (drag.anchor === drag.current) onPick(drag.anchor);
    else onExtend(drag.current, drag.anchor);
  });
  const { focusRequest, onFocusRequestDone } = props;
  useEffect(() => {
    const requested = focusRequest && cell(focusRequest);
    if (!requested) return;
    requested.focus();
    onFocusRequestDone?.();
  }, [focusRequest, onFocusRequestDone, month, days]);

  const dragging = drag !== undefined;
  useEffect(() => {
    if (!dragging) return;
    const up = (event: PointerEvent) => {
      // After a tap, the browser sends a click to whatever is under the finger by then: the form
      // that just opened (a phone's sheet) would get it, toggling Day off. That one click is swallowed.
      if (event.pointerType === 'touch') swallowNextClick();
      finishDrag();
    };
    window.addEventListener('pointerup', up);
    return () => window.removeEventListener('pointerup', up);
  }, [dragging]);

  const onPointerDown = (e: ReactPointerEvent) => {
    const date = dateOf(e);
    if (!date || e.button !== 0) return;
    e.preventDefault();
    onFocusDate(date);
    cell(date)?.focus();
    if (e.shiftKey) onExtend(date);
    else setDrag({ anchor: date, current: date });
  };
  // A drag reaches a day when the pointer enters it (or anything in it).
  const onPointerOver = (e: ReactPointerEvent) => {
    const date = drag && dateOf(e);
    if (date && date !== drag.current) setDrag({ ...drag, current: date });
  };
  const onFocus = (e: SyntheticEvent) => {
    const date = dateOf(e);
    if (date && date !== focusDate) onFocusDate(date);
  };

  return (
    <table
      ref={table}
      className={classes.grid}
      role="grid"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-multiselectable="true"
      aria-busy={!days}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onPointerDown={onPointerDown}
      onPointerOver={onPointerOver}
    >
      <thead>
        <tr>
          {[1, 2, 3, 4, 5, 6, 0].map((d) => (
            <th key={d} className={classes.weekday} scope="col" abbr={longNames[d]}>
              {names[d]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeksOf(month).map((week, i) => (
          <tr key={i}>
            {week.map((date, j) => {
              if (!date) return <td key={j} className={classes.empty} role="gridcell" />;
              const day = days?.get(date);
              if (!day) {
                return (
                  <td key={date} className={classes.day} role="gridcell" data-loading>
                    <span className={classes.number}>{Number(date.slice(8))}</span>
                  </td>
                );
              }
              const selected = inRange(date, shown);
              return (
                <td
                  key={date}
                  role="gridcell"
                  className={classes.day}
                  tabIndex={date === focusDate ? 0 : -1}
                  aria-selected={selected}
                  aria-current={date === today ? 'date' : undefined}
                  data-date={date}
                  data-off={day.off || undefined}
                  data-own={day.reason.kind === 'own' || undefined}
                  data-public={day.reason.kind === 'public' || undefined}
                  data-today={date === today || undefined}
                >
                  {/* The cell's name, for screen readers; what is seen says the same, shorter. */}
                  <span className={hidden.visuallyHidden}>{dayName(day, date === today, locale, w)}</span>
                  <div className={classes.head} aria-hidden="true">
                    <span className={classes.number}>{Number(date.slice(8))}</span>
                    <span className={classes.state}>
                      {day.off ? w('cellOff') : w('cellWork')}
                    </span>
                  </div>
                  {(day.reason.kind === 'own' || day.reason.kind === 'public') && (
                    <span className={classes.reason} aria-hidden="true" title={day.reason.event.summary}>
                      {day.reason.event.summary}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});

/** "Thursday, 1 October 2026, day off, public holiday: National Day, today": a day's name for a screen reader (the month's and the year's). */
export function dayName(day: EffectiveDay, isToday: boolean, locale: Parameters<typeof formatLongDay>[1], w: WorkspaceText): string {
  const r = day.reason;
  const reason =
    r.kind === 'own' ? w('reasonOwn', { summary: r.event.summary })
    : r.kind === 'public' ? w(r.event.is_off ? 'reasonPublicOff' : 'reasonPublicWork', { name: r.event.summary })
    : r.kind === 'weekly-rest' ? w('reasonWeeklyRest')
    : w('reasonWorkday');
  return [formatLongDay(day.date, locale), day.off ? w('stateOff') : w('stateWork'), reason, isToday ? w('today') : '']
    .filter(Boolean)
    .join(textsFor(COMMON_TEXTS, locale)('commaList'));
}

/** The colours of the grid, said in words too. */
export function GridLegend() {
  const w = useTexts(WORKSPACE_TEXTS);
  const item = (swatch: Record<string, true>, label: string) => (
    <Text size="xs" component="span" c="var(--panel-gray-text)">
      <span className={classes.swatch} {...Object.fromEntries(Object.keys(swatch).map((k) => [`data-${k}`, true]))} aria-hidden="true" />
      {label}
    </Text>
  );
  return (
    <Group gap="md" role="list" aria-label={w('legend')} wrap="wrap">
      <span role="listitem">{item({}, `${w('cellWork')} · ${w('legendWork')}`)}</span>
      <span role="listitem">{item({ off: true }, `${w('cellOff')} · ${w('legendOff')}`)}</span>
      <span role="listitem">{item({ own: true }, w('legendOwn'))}</span>
      <span role="listitem">{item({ public: true }, w('legendPublic'))}</span>
      <span role="listitem">{item({ today: true }, w('legendToday'))}</span>
    </Group>
  );
}

function swallowNextClick() {
  const swallow = (event: MouseEvent) => {
    event.preventDefault();
    event.stopPropagation();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 500);
}
