// The panel inside a portal's iframe talks to the portal with postMessage, to the portal's origin
// only: it reports saves and its content height, and takes a calendar, a language or a look from it.
// Messages from any other window or origin are ignored.
import { parsePortalTheme, type PortalTheme } from '../app/portalTheme';
import type { SavedEvent } from '../features/events/EventForm';

/** Messages the panel posts to the portal. */
export type PanelMessage =
  | { type: 'calendar-panel:ready' }
  | { type: 'calendar-panel:height'; height: number }
  | ({ type: 'calendar-event:saved' } & SavedEvent);

/**
 * What the portal's messages ask for: `{ type: 'calendar-panel:set-calendar', cal_id }`,
 * `{ type: 'calendar-panel:set-language', lang }` and `{ type: 'calendar-panel:set-theme', theme?,
 * primary?, radius? }` (checked field by field in `listen`; for the look, parsePortalTheme).
 */
export interface PortalHandlers {
  setCalendar: (calId: string) => void;
  setLanguage: (lang: string) => void;
  /** The fields of the look the portal sent and that are valid; the others stay as they are. */
  setTheme: (theme: PortalTheme) => void;
}

// The build's prerender (src/prerender.tsx) has no window: its bridge posts and hears nothing.
export function createFrameBridge(parentOrigin: string | undefined, self: Window | undefined = globalThis.window) {
  const parent = self && self.parent !== self && parentOrigin ? self.parent : undefined;
  const post = (message: PanelMessage) => parent?.postMessage(message, parentOrigin!);

  return {
    /** Whether anything can be posted: the panel is in a frame and knows its portal's origin. */
    connected: parent !== undefined,
    post,
    postSaved: (saved: SavedEvent) => post({ type: 'calendar-event:saved', ...saved }),

    /** Posts the element's height now and whenever it changes; returns the cleanup. */
    reportHeight(element: HTMLElement): () => void {
      if (!parent) return () => {};
      let last = -1;
      const report = () => {
        const height = Math.ceil(element.getBoundingClientRect().height);
        if (height !== last) post({ type: 'calendar-panel:height', height: (last = height) });
      };
      const observer = new ResizeObserver(report);
      observer.observe(element);
      report();
      return () => observer.disconnect();
    },

    /** Takes the portal's messages; returns the cleanup. */
    listen(handlers: PortalHandlers): () => void {
      if (!parent || !self) return () => {};
      const onMessage = (event: MessageEvent) => {
        if (event.origin !== parentOrigin || event.source !== parent) return;
        const data: unknown = event.data;
        if (!data || typeof data !== 'object' || !('type' in data)) return;
        const message = data as Partial<Record<string, unknown>>;
        if (message.type === 'calendar-panel:set-calendar' && typeof message.cal_id === 'string' && message.cal_id.trim()) {
          handlers.setCalendar(message.cal_id.trim());
        } else if (message.type === 'calendar-panel:set-language' && typeof message.lang === 'string') {
          handlers.setLanguage(message.lang);
        } else if (message.type === 'calendar-panel:set-theme') {
          handlers.setTheme(parsePortalTheme(message));
        }
      };
      self.addEventListener('message', onMessage);
      return () => self.removeEventListener('message', onMessage);
    },
  };
}
