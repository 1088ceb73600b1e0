// The panel as an ES module for portals that are one page: `mount(element, options)` renders it
// inside a shadow root of `element`, with its own styles there, so the host page's styles do not
// reach it and its styles do not reach the host page. Each mount is independent.
import './mount.css';
import '../styles';
import { Box } from '@mantine/core';
import { StrictMode, useCallback, useMemo, useReducer, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { parsePortalTheme, type PortalTheme } from '../app/portalTheme';
import { Providers } from '../app/Providers';
import { EventForm, type SavedEvent } from '../features/events/EventForm';
import { pickLocale, type Locale } from '../core/locale';
import CalendarSwitchQuestion from './CalendarSwitchQuestion';
import { frameReducer } from './frameState';

export type { SavedEvent };

export interface MountOptions extends PortalTheme {
  /** The calendar API: the panel server's `/api`, or the portal's own endpoint (e.g. `/calendar-panel/api`). */
  apiBase: string;
  /** Fix the form to this calendar; without it the form offers the account's calendars. */
  calId?: string;
  /** `en` or `zh-CN` (other tags are matched, e.g. `zh`); the browser's languages by default. */
  locale?: string;
  /** Called after each save that the server confirmed. */
  onSaved?: (saved: SavedEvent) => void;
  // From PortalTheme: `theme` (light, dark or auto; light by default), `primary` (#hex or a Mantine
  // colour name) and `radius` (xs … xl or pixels). An invalid value is ignored.
}

export interface MountedPanel {
  /**
   * Changes some options; the others stay (and so does the look when `theme`, `primary` or `radius` is
   * invalid). A new `calId` starts a new event; while the form holds unsaved edits the panel asks first
   * ("Keep editing" keeps the form and its calendar), as the iframe does on `set-calendar`.
   */
  update(options: Partial<MountOptions>): void;
  /** Removes the panel; the element is left as it was before `mount`. */
  unmount(): void;
}

// Beside this module once built (dist-embed/); a variable, so that the bundler leaves the URL alone.
const STYLESHEET = 'calendar-panel.css';

export function mount(element: HTMLElement, options: MountOptions): MountedPanel {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = new URL(STYLESHEET, import.meta.url).href;
  // The panel's box: the React root and the layer for its popovers and toasts. Mantine sets its
  // colour scheme on the box, which its styles read from an ancestor inside the shadow root; the
  // host element carries it too (copied whenever it changes), for Mantine's `:host([…])` variables.
  const box = document.createElement('div');
  box.className = 'calendar-panel';
  const container = document.createElement('div');
  const portalTarget = document.createElement('div');
  box.append(container, portalTarget);
  // Hidden until its styles have loaded: no flash of an unstyled form.
  box.hidden = true;
  stylesheet.addEventListener('load', () => (box.hidden = false), { once: true });
  stylesheet.addEventListener('error', () => (box.hidden = false), { once: true });
  shadow.replaceChildren(stylesheet, box);
  element.setAttribute('data-mantine-color-scheme', parsePortalTheme(options).theme === 'dark' ? 'dark' : 'light');
  const schemeCopier = new MutationObserver(() => {
    const scheme = box.getAttribute('data-mantine-color-scheme');
    if (scheme) element.setAttribute('data-mantine-color-scheme', scheme);
  });
  schemeCopier.observe(box, { attributes: true, attributeFilter: ['data-mantine-color-scheme'] });

  const root = createRoot(container);
  let current = options;
  const render = () =>
    root.render(
      <StrictMode>
        <MountedPanel options={current} box={box} portalTarget={portalTarget} />
      </StrictMode>,
    );
  render();

  return {
    update(next) {
      // A look that is not valid is ignored: the panel keeps the one it has.
      const { theme, primary, radius, ...rest } = next;
      current = { ...current, ...rest, ...parsePortalTheme({ theme, primary, radius }) };
      render();
    },
    unmount() {
      root.unmount();
      schemeCopier.disconnect();
      element.removeAttribute('data-mantine-color-scheme');
      // A shadow root cannot be removed; a slot shows the element's own children again.
      shadow.replaceChildren(document.createElement('slot'));
    },
  };
}

function MountedPanel({ options, box, portalTarget }: { options: MountOptions; box: HTMLElement; portalTarget: HTMLElement }) {
  const locale: Locale = pickLocale(options.locale, navigator.languages);
  const [shadow] = useState(() => ({ rootElement: box, portalTarget }));
  const { theme, primary, radius } = options;
  const portalTheme = useMemo(() => parsePortalTheme({ theme, primary, radius }), [theme, primary, radius]);
  // The form's calendar, and the question before a new `calId` drops unsaved edits (frameState.ts, as the iframe).
  const [frame, dispatch] = useReducer(frameReducer, { calId: options.calId, dirty: false });
  const [calIdAsked, setCalIdAsked] = useState(options.calId);
  if (options.calId !== calIdAsked) {
    setCalIdAsked(options.calId);
    if (options.calId !== undefined) dispatch({ type: 'portalCalendar', calId: options.calId });
  }
  const onDirtyChange = useCallback((dirty: boolean) => dispatch({ type: 'dirty', dirty }), []);
  const onSavingChange = useCallback((saving: boolean) => dispatch({ type: 'saving', saving }), []);
  return (
    <Providers locale={locale} apiBase={options.apiBase} shadow={shadow} portalTheme={portalTheme}>
      <Box lang={locale}>
        <EventForm key={frame.calId ?? ''} fixedCalId={frame.calId} onSaved={options.onSaved} onDirtyChange={onDirtyChange} onSavingChange={onSavingChange} />
        <CalendarSwitchQuestion opened={frame.asked !== undefined} saving={frame.saving} onKeep={() => dispatch({ type: 'keepEditing' })} onDiscard={() => dispatch({ type: 'discard' })} />
      </Box>
    </Providers>
  );
}
