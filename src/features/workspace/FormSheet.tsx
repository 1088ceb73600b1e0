// Where the event form sits: beside (or below) the month on a wide screen, and on a phone a sheet
// over the screen's lower part, with the month still in view and usable above it.
import { ActionIcon, CloseButton, Group, Text } from '@mantine/core';
import { useTexts } from '../../i18n/I18nProvider';
import { useEffect, useRef, type KeyboardEvent, type PointerEvent, type ReactNode, type Ref } from 'react';
import classes from './Workspace.module.css';
import { WORKSPACE_TEXTS } from './workspaceText';

/** The open sheet's height on the page's root, read by the toasts' position. */
const SHEET_HEIGHT = '--panel-sheet-height';

interface FormSheetProps {
  /** A phone outside a portal's frame: the form is a sheet. Otherwise the plain panel, as before. */
  sheet: boolean;
  /** The form session shown: a new one is a newly opened sheet (focus moves in, it is expanded). */
  sessionKey: number;
  /** The sheet's name, shown in its header: New event, Edit event. */
  title: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** ✕ and Escape: the workspace's guarded close (unsaved edits ask first). */
  onClose: () => void;
  closeLabel: string;
  /** The panel's inner element, which the workspace scrolls into view on a narrow screen. */
  innerRef: Ref<HTMLDivElement>;
  children: ReactNode;
}

/** A swipe on the header longer than this (px) collapses (down) or expands (up) the sheet. */
const SWIPE = 24;

export function FormSheet({ sheet, sessionKey, title, collapsed, onCollapsedChange, onClose, closeLabel, innerRef, children }: FormSheetProps) {
  const w = useTexts(WORKSPACE_TEXTS);
  /** The form's surface: the sheet, or the panel beside the month. */
  const surfaceRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLParagraphElement>(null);
  /** A swipe on the header under way. */
  const swipe = useRef<{ id: number; y: number } | null>(null);
  /** What had focus outside the form when it opened (a day of the grid, an Edit button of the list). */
  const opener = useRef<HTMLElement | null>(null);

  // A newly opened sheet (or another event opened into it) takes the focus, on its title: a screen
  // reader says where it is, and no field's focus raises the phone's keyboard over the month. The
  // page does not scroll for it: the sheet is fixed, and the month stays where it was brought.
  // Beside the month (a wider screen) the focus stays where the user put it.
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !surfaceRef.current?.contains(active)) opener.current = active;
    if (sheet) titleRef.current?.focus({ preventScroll: true });
  }, [sheet, sessionKey]);

  // Closed (✕, Escape, a confirmed discard, a delete, back): the focus goes back to the day the user
  // tapped last (the grid's focusable day), or to the button that opened the form, unless the user
  // has already moved it elsewhere on the page. On a phone and beside the month alike: a keyboard
  // user is not left at the top of the page.
  useEffect(() => {
    return () => {
      // After the sheet is gone: focus inside it fell to the body; in a dialog that asked (discard,
      // delete), it is still on that dialog's button while the dialog closes.
      const active = document.activeElement;
      const lost = !active || active === document.body || !active.isConnected || active.closest('[aria-modal="true"]');
      if (!lost) return;
      const from = opener.current;
      const day = document.querySelector<HTMLElement>('[role="grid"] [role="gridcell"][tabindex="0"]');
      const target = from?.isConnected && from.getAttribute('role') !== 'gridcell' ? from : (day ?? from);
      // After the closing dialog has given the focus back (Mantine returns it 10 ms after closing,
      // to ✕, which is gone by then).
      window.setTimeout(() => target?.isConnected && target.focus(), 20);
    };
  }, [sheet]);

  // The sheet's height, for the toasts (ui/Toaster.tsx): on a phone they sit just above it, over
  // neither the form nor the month's controls at the top.
  useEffect(() => {
    const surface = surfaceRef.current;
    if (!sheet || !surface) return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty(SHEET_HEIGHT, `${surface.getBoundingClientRect().height}px`));
    observer.observe(surface);
    return () => {
      observer.disconnect();
      root.removeProperty(SHEET_HEIGHT);
    };
  }, [sheet]);

  // Escape closes, as ✕ does, when it comes from the form itself: not from a date picker's popover
  // (its own Escape closes it; in a portal, outside the form's elements), nor while an input
  // method composes (Escape then cancels the composition: Chinese, Japanese).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (!(event.target instanceof Node) || !surfaceRef.current?.contains(event.target)) return;
    event.preventDefault();
    onClose();
  };

  if (!sheet) {
    return (
      <div className={classes.form} data-print-hide ref={surfaceRef} onKeyDown={onKeyDown}>
        <div className={classes.formInner} ref={innerRef}>
          {children}
        </div>
      </div>
    );
  }

  // The header is the grab handle: a swipe down collapses the sheet to it, a swipe up expands it,
  // and a tap on it (not on its buttons) does either.
  const onPointerDown = (event: PointerEvent) => {
    if (!event.isPrimary || (event.target instanceof Element && event.target.closest('button'))) return;
    swipe.current = { id: event.pointerId, y: event.clientY };
    // The swipe's end reaches the header wherever the finger or pointer is let go.
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipe.current;
    swipe.current = null;
    if (!start || start.id !== event.pointerId) return;
    const dy = event.clientY - start.y;
    if (dy > SWIPE) onCollapsedChange(true);
    else if (dy < -SWIPE) onCollapsedChange(false);
    else onCollapsedChange(!collapsed);
  };

  return (
    // A non-modal dialog, not a modal one nor a complementary landmark. Modal (aria-modal="true",
    // focus trapped, the page inert) would forbid what the sheet is for: tapping another day of the
    // month above it changes the new event's dates, and the month and its list stay usable. A
    // complementary region names content that supports the page's main content and can be read
    // on its own; this is the task itself, opened by the user over the page, taking the focus and
    // closed with Escape or ✕: the APG's non-modal dialog. aria-modal="false" says that the rest of
    // the page is still there, so a screen reader does not hide it.
    <div
      ref={surfaceRef}
      className={classes.sheet}
      role="dialog"
      aria-modal="false"
      aria-labelledby="event-sheet-title"
      data-collapsed={collapsed || undefined}
      data-print-hide
      data-testid="event-sheet"
      onKeyDown={onKeyDown}
    >
      <div className={classes.sheetHeader} onPointerDown={onPointerDown} onPointerUp={onPointerUp} onPointerCancel={() => (swipe.current = null)}>
        <span className={classes.handle} aria-hidden="true" />
        <Group gap={4} wrap="nowrap" align="center">
          <Text ref={titleRef} id="event-sheet-title" tabIndex={-1} fw={700} size="lg" className={classes.sheetTitle}>
            {title}
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            c="var(--panel-gray-text)"
            size="lg"
            aria-label={collapsed ? w('sheetExpand') : w('sheetCollapse')}
            aria-expanded={!collapsed}
            aria-controls="event-sheet-body"
            data-sheet-toggle
            onClick={() => onCollapsedChange(!collapsed)}
          >
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" style={{ transform: collapsed ? 'rotate(180deg)' : undefined }}>
              <path d="M6 9l6 6 6-6" />
            </svg>
          </ActionIcon>
          <CloseButton size="lg" onClick={onClose} aria-label={closeLabel} />
        </Group>
      </div>
      <div className={classes.sheetBody} id="event-sheet-body" hidden={collapsed} ref={innerRef}>
        {children}
      </div>
    </div>
  );
}
