import { parseOrigin } from '../core/origin';
import { pickLocale, type Locale } from '../core/locale';
import { parsePortalTheme, type PortalTheme } from './portalTheme';

export interface PanelConfig {
  /** Calendar fixed by the page (`?cal_id=`), if any. */
  calId?: string;
  locale: Locale;
  /** Where the calendar API is reached: our own server's `/api` by default. */
  apiBase: string;
  /**
   * Shown in a portal's iframe (`?embed=1`): no page chrome. Messages go to `parentOrigin`
   * (`?parent_origin=`) only, and none when it is missing or not an origin.
   */
  embed?: {
    parentOrigin?: string;
    /** `view=workspace`: the whole workspace (month, list, form); the event form alone otherwise. */
    view: 'form' | 'workspace';
    /** `event_id=`: the form view edits this event of the calendar. */
    eventId?: string;
    /** `theme=light|dark|auto`, `primary=#hex|name`, `radius=`: the portal's look (invalid values ignored). */
    theme: PortalTheme;
  };
}

/** The panel's configuration, read from the page's URL and the browser. */
export function readConfig(location: Pick<Location, 'search'>, languages: readonly string[]): PanelConfig {
  const params = new URLSearchParams(location.search);
  return {
    calId: params.get('cal_id')?.trim() || undefined,
    locale: pickLocale(params.get('lang'), languages),
    apiBase: import.meta.env.BASE_URL.replace(/\/$/, '') + '/api',
    embed:
      params.get('embed') === '1'
        ? {
            parentOrigin: parseOrigin(params.get('parent_origin')),
            view: params.get('view') === 'workspace' ? 'workspace' : 'form',
            eventId: params.get('event_id')?.trim() || undefined,
            theme: parsePortalTheme(params),
          }
        : undefined,
  };
}
