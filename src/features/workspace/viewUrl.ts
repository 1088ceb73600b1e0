// The workspace's view lives in the URL: `cal_id`, `month` (YYYY-MM), `event_id` (the event
// being edited) and `view=year` (the year at a glance), so that a link opens the same view, reload
// keeps it, and back/forward move between views. Other parameters (`lang`) are left as they are.
import { useSyncExternalStore } from 'react';

export interface WorkspaceView {
  calId?: string;
  /** `YYYY-MM` as given; check it with `parseMonth`. */
  month?: string;
  eventId?: string;
  /** `year` for the year at a glance; the month view otherwise. */
  view?: 'year';
}

const PARAMS = { calId: 'cal_id', month: 'month', eventId: 'event_id', view: 'view' } as const;
const CHANGE = 'workspace-view-change';

export function readView(search: string): WorkspaceView {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name)?.trim() || undefined;
  return { calId: get(PARAMS.calId), month: get(PARAMS.month), eventId: get(PARAMS.eventId), view: get(PARAMS.view) === 'year' ? 'year' : undefined };
}

/** The URL of a view: the current URL with the view's parameters set or removed. */
export function viewHref(view: WorkspaceView, current = window.location.href): string {
  const url = new URL(current);
  for (const [key, param] of Object.entries(PARAMS) as [keyof WorkspaceView, string][]) {
    const value = view[key];
    if (value) url.searchParams.set(param, value);
    else url.searchParams.delete(param);
  }
  return url.pathname + url.search + url.hash;
}

let cached: { search: string; view: WorkspaceView } | undefined;
const snapshot = () => {
  const search = window.location.search;
  if (cached?.search !== search) cached = { search, view: readView(search) };
  return cached.view;
};
const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
};

/** Moves to another view: `push` makes a step that back and forward return to, `replace` corrects the current one. */
export function navigateView(next: WorkspaceView, mode: 'push' | 'replace' = 'push') {
  const href = viewHref(next);
  if (href === window.location.pathname + window.location.search + window.location.hash) return;
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(window.history.state, '', href);
  window.dispatchEvent(new Event(CHANGE));
}

/** The view in the URL, and the function that moves to another. */
export function useWorkspaceView(): [WorkspaceView, typeof navigateView] {
  return [useSyncExternalStore(subscribe, snapshot), navigateView];
}
