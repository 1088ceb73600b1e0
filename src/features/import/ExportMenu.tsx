// "Export": the shown calendar's own events of the shown year as CSV or iCalendar, or every day of
// the year with its state and reason, in the interface's language; "Subscribe…" gives the calendar's
// live feed for calendar apps. Loaded when the button is first used.
import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { Button, Menu } from '@mantine/core';
import { Suspense, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import type { CalendarItem } from '../../core/apiContract';
import { useNotify } from '../../ui/notify';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { effectiveDays, isOwnEvent } from '../../core/effectiveDays';
import { yearEventsQueryOptions } from '../../api/events';
import { daysCsv, toCsv } from './exportCsv';
import { toIcs } from './exportIcs';
import { EXPORT_TEXTS } from './exportText';
import { IMPORT_TEXTS } from './importText';
import { retryableLazy } from '../../ui/retryableLazy';

const SubscribeDialog = retryableLazy(() => import('./SubscribeDialog'));

export interface ExportMenuProps {
  calendar: CalendarItem;
  year: number;
  /** Open at once: the first click on the placeholder button loaded this menu. */
  defaultOpened?: boolean;
}

type Kind = 'csv' | 'ics' | 'days';

/** A file name without the characters file systems refuse. */
export const fileNameOf = (calendarName: string, year: number, what: string, extension: string) =>
  `${calendarName.replace(/[\\/:*?"<>|]+/g, '_').replace(/\p{Cc}+/gu, '_').trim() || 'calendar'}-${year}-${what}.${extension}`;

export function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export default function ExportMenu({ calendar, year, defaultOpened }: ExportMenuProps) {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const text = useTexts(IMPORT_TEXTS);
  const exportText = useTexts(EXPORT_TEXTS);
  const [subscribing, setSubscribing] = useState(false);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const calId = calendar.cal_id;
  // Opened at once in place of the button that loaded its code (defaultOpened), the menu would give the
  // focus back to that button, gone: closed with the focus still in it (Escape, an item chosen), the
  // focus goes to this one; a click on another control has moved the focus there by then, and keeps it.
  const targetRef = useRef<HTMLButtonElement>(null);
  const dropdownRef = useRef<HTMLDivElement>(null);
  const focusBack = () =>
    setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body || dropdownRef.current?.contains(active)) targetRef.current?.focus();
    });

  const exportAs = async (kind: Kind) => {
    let items;
    try {
      items = (await queryClient.fetchQuery(yearEventsQueryOptions(client, calId, year))).items;
    } catch {
      notify({ color: 'red', title: text('exportFailed'), message: '', closeLabel: t('dismiss') });
      return;
    }
    const own = items.filter((e) => isOwnEvent(calId, e));
    const name = calendar.cal_name;
    if (kind === 'csv') download(fileNameOf(name, year, 'events', 'csv'), toCsv(own, locale), 'text/csv;charset=utf-8');
    else if (kind === 'ics') download(fileNameOf(name, year, 'events', 'ics'), toIcs(own, name, locale), 'text/calendar;charset=utf-8');
    else {
      const days = effectiveDays(`${year}-01-01`, `${year}-12-31`, { cal_id: calId, workdays: calendar.workdays ?? [] }, items);
      download(fileNameOf(name, year, 'days', 'csv'), daysCsv(days, locale), 'text/csv;charset=utf-8');
    }
  };

  return (
    <>
      {/* No empty focus placeholder inside the menu (axe: a menu holds only its items): opened, the focus is on the first item. */}
      <Menu defaultOpened={defaultOpened} position="bottom-start" withinPortal withInitialFocusPlaceholder={false} onClose={focusBack}>
        <Menu.Target>
          <Button ref={targetRef} variant="default" size="sm">
            {text('exportMenu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown ref={dropdownRef}>
          <Menu.Item onClick={() => void exportAs('csv')}>{text('exportCsv')}</Menu.Item>
          <Menu.Item onClick={() => void exportAs('ics')}>{text('exportIcs')}</Menu.Item>
          <Menu.Item onClick={() => void exportAs('days')}>{text('exportDays')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => setSubscribing(true)}>{exportText('subscribe')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {subscribing && (
        <Suspense fallback={null}>
          <SubscribeDialog calendar={calendar} opened onClose={() => setSubscribing(false)} />
        </Suspense>
      )}
    </>
  );
}
