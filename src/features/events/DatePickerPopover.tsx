// The calendar dropdown of a date field. Loaded after the first paint: typing a date works before.
import '@mantine/core/styles/Popover.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/zh-cn';
import { ActionIcon, Popover } from '@mantine/core';
import { DatePicker, DatesProvider } from '@mantine/dates';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { DAYJS_LOCALE } from '../../core/locale';
import { CalendarIcon, type DatePickerButtonProps } from './CalendarIcon';
import classes from './DatePickerPopover.module.css';
import { isIsoDate } from '../../core/dates';
import { formatLongDay, formatMonthName, monthNames } from '../../core/formatDates';
import { focusDropped } from '../../ui/focusDropped';

interface DatePickerPopoverProps extends DatePickerButtonProps {
  /** Opened at once: the placeholder was clicked while this code was loading. */
  openOnMount?: boolean;
  /** Whether the placeholder button shown while this code was loading (which this one replaces) had the focus. */
  placeholderFocused?: RefObject<boolean>;
}

export default function DatePickerPopover({ valueNow, onPick, label, locale, openOnMount, placeholderFocused }: DatePickerPopoverProps) {
  const [opened, setOpened] = useState(false);
  // A keyboard user who reached the placeholder keeps the focus on this button: the swap would
  // otherwise drop it on the page. Checked when this button is in the page (a Tab may land on the
  // placeholder between React's render of this one and its commit), and only if the focus is
  // nowhere else. A click heard early counts only so (the scheduler has not gone on to another
  // field meanwhile, where the calendar would take the keys), and is made again on this button
  // after the focus is back here: the popover remembers what had the focus when it opens, and gives
  // it back on Escape.
  const buttonRef = useRef<HTMLButtonElement>(null);
  const earlyClickMade = useRef(false); // once: React's strict mode runs this effect twice
  useLayoutEffect(() => {
    if (!placeholderFocused?.current || !focusDropped()) return;
    buttonRef.current?.focus();
    if (openOnMount && !earlyClickMade.current) {
      earlyClickMade.current = true;
      buttonRef.current?.click();
    }
  }, [placeholderFocused, openOnMount]);
  const t = useTexts(PAGE_TEXTS);
  const value = valueNow(); // read again whenever the calendar renders: on opening, say
  const selected = isIsoDate(value) ? value : null;
  const ariaLabels = {
    nextMonth: t('nextMonth'),
    previousMonth: t('previousMonth'),
    nextYear: t('nextYear'),
    previousYear: t('previousYear'),
    nextDecade: t('nextDecade'),
    previousDecade: t('previousDecade'),
    monthLevelControl: t('monthLevelControl'),
    yearLevelControl: t('yearLevelControl'),
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus returnFocus shadow="md" withinPortal>
      <Popover.Target>
        <ActionIcon ref={buttonRef} variant="subtle" color="gray" c="var(--panel-gray-text)" aria-label={label} aria-expanded={opened} onClick={() => setOpened((o) => !o)}>
          <CalendarIcon />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-label={label}>
        <DatesProvider settings={{ locale: DAYJS_LOCALE[locale], firstDayOfWeek: 1 }}>
          <DatePicker
            value={selected}
            defaultDate={selected ?? undefined}
            ariaLabels={ariaLabels}
            hideOutsideDates
            // Headers and month names as the rest of the panel writes them: 2026年11月 and 11月, not 十一月 2026.
            monthLabelFormat={(date) => formatMonthName(Number(date.slice(0, 4)), Number(date.slice(5, 7)), locale)}
            monthsListFormat={(date) => monthNames(locale)[Number(date.slice(5, 7)) - 1]}
            // Each day named as the month's grid names it: 2026年10月1日星期四, not “1 十月 2026”.
            getDayAriaLabel={(date) => formatLongDay(date, locale)}
            classNames={{ day: classes.day }}
            onChange={(date) => {
              if (date) onPick(date);
              setOpened(false);
            }}
          />
        </DatesProvider>
      </Popover.Dropdown>
    </Popover>
  );
}
