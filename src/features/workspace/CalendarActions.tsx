// The calendar buttons beside the switcher: new calendar, the shown calendar's settings, delete it,
// import events into it, export them. Their dialogs (and the export menu) load when first opened:
// they are not part of the first page or of the workspace.
import { Button, Group, Text } from '@mantine/core';
import { useTexts } from '../../i18n/I18nProvider';
import { Suspense, useState } from 'react';
import type { CalendarItem } from '../../core/apiContract';
import { MAX_PERSONAL_CALENDARS } from '../../core/calendarSettingsSchema';
import { PartBoundary } from '../../ui/PartBoundary';
import { retryableLazy } from '../../ui/retryableLazy';
import { CALENDAR_TEXTS } from '../calendars/calendarText';
import type { ApiFailure } from '../../api/errors';
import { SettingsUnavailableDialog } from './SettingsUnreadable';

const loadSettings = () => import('../calendars/CalendarSettingsDialog');
const loadDelete = () => import('../calendars/DeleteCalendarDialog');
const loadImport = () => import('../import/ImportDialog');
const loadExport = () => import('../import/ExportMenu');
const CalendarSettingsDialog = retryableLazy(loadSettings);
const DeleteCalendarDialog = retryableLazy(loadDelete);
const ImportDialog = retryableLazy(loadImport);
const ExportMenu = retryableLazy(loadExport);

interface CalendarActionsProps {
  /** The account's personal calendars. */
  calendars: CalendarItem[];
  /** The calendar shown, once its settings are loaded (or, when they could not be read, as the calendar list gave it). */
  calendar?: CalendarItem;
  /** Why its settings could not be read: Calendar settings says so instead of opening. */
  settingsFailure?: ApiFailure;
  year: number;
  thisYear: number;
  /** Shows a calendar: the one created, or the one of the same name opened from the new one's warning. */
  onSwitch: (calId: string) => void;
  onDeleted: (calendar: CalendarItem) => void;
}

export function CalendarActions({ calendars, calendar, settingsFailure, year, thisYear, onSwitch, onDeleted }: CalendarActionsProps) {
  const text = useTexts(CALENDAR_TEXTS);
  const [open, setOpen] = useState<'new' | 'settings' | 'delete' | 'import'>();
  // The calendar being deleted stays with its dialog while the calendar list moves on without it; the
  // calendar being imported into stays with its import, whatever calendar the workspace shows meanwhile
  // (Back, or a portal's set-calendar): a new calendar would end the run and take its Undo away.
  const [deleting, setDeleting] = useState<CalendarItem>();
  const [importing, setImporting] = useState<CalendarItem>();
  // The export menu replaces its placeholder button once wanted (and stays).
  const [exportWanted, setExportWanted] = useState(false);
  const atLimit = calendars.length >= MAX_PERSONAL_CALENDARS;
  const close = () => setOpen(undefined);
  // Fetched on the way to a click, so the dialog opens at once.
  // A failed fetch here is no error to report: the click that follows says so, with Retry.
  const preload = (load: () => Promise<unknown>) => () => void load().catch(() => undefined);
  const exportButton = (
    <Button variant="default" size="sm" loading>
      {text('exportEvents')}
    </Button>
  );

  return (
    <div>
      <Group gap="xs" wrap="wrap">
        <Button
          variant="default"
          size="sm"
          onClick={() => setOpen('new')}
          onPointerEnter={preload(loadSettings)}
          onFocus={preload(loadSettings)}
          disabled={atLimit}
          aria-describedby={atLimit ? 'calendar-limit' : undefined}
        >
          {text('newCalendar')}
        </Button>
        {calendar && (
          <>
            <Button variant="default" size="sm" onClick={() => setOpen('settings')} onPointerEnter={preload(loadSettings)} onFocus={preload(loadSettings)}>
              {text('settings')}
            </Button>
            {/* Beside the settings: on a phone the buttons wrap in two full rows, never 删除日历 alone. */}
            <Button variant="subtle" color="red" c="var(--panel-red-text)" size="sm" onClick={() => {
                setDeleting(calendar);
                setOpen('delete');
              }} onPointerEnter={preload(loadDelete)} onFocus={preload(loadDelete)}>
              {text('deleteCalendar')}
            </Button>
            <Button variant="default" size="sm" onClick={() => {
                setImporting(calendar);
                setOpen('import');
              }} onPointerEnter={preload(loadImport)} onFocus={preload(loadImport)}>
              {text('importEvents')}
            </Button>
            {exportWanted ? (
              <PartBoundary>
                <Suspense fallback={exportButton}>
                  <ExportMenu calendar={calendar} year={year} defaultOpened />
                </Suspense>
              </PartBoundary>
            ) : (
              <Button variant="default" size="sm" onClick={() => setExportWanted(true)} onPointerEnter={preload(loadExport)} onFocus={preload(loadExport)}>
                {text('exportEvents')}
              </Button>
            )}
          </>
        )}
      </Group>
      {atLimit && (
        <Text size="sm" c="dimmed" mt={4} id="calendar-limit" data-testid="calendar-limit">
          {text('limitReached', { max: MAX_PERSONAL_CALENDARS, count: calendars.length })}
        </Text>
      )}
      <PartBoundary>
      <Suspense fallback={null}>
        {open === 'new' && <CalendarSettingsDialog year={year} onClose={close} onCreated={onSwitch} onOpenCalendar={onSwitch} />}
        {open === 'settings' && settingsFailure && <SettingsUnavailableDialog failure={settingsFailure} onClose={close} />}
        {open === 'settings' && calendar && !settingsFailure && <CalendarSettingsDialog key={calendar.cal_id} calendar={calendar} year={year} onClose={close} onOpenCalendar={onSwitch} />}
        {open === 'import' && importing && (
          // Its settings as they are now (a link made from the dialog), while the workspace shows it.
          <ImportDialog key={importing.cal_id} calendar={calendar?.cal_id === importing.cal_id ? calendar : importing} calendars={calendars} year={year} onClose={close} />
        )}
        {open === 'delete' && deleting && (
          <DeleteCalendarDialog
            calendar={deleting}
            thisYear={thisYear}
            onClose={close}
            onDeleted={(deleted) => {
              close();
              onDeleted(deleted);
            }}
          />
        )}
      </Suspense>
      </PartBoundary>
    </div>
  );
}
