import { useEffect, useLayoutEffect, useReducer } from 'react';
import { useWorkspaceView } from './viewUrl';
import { reloadKeepsDrafts } from '../../ui/reloadDrafts';
import { useWarnBeforeLeaving } from '../../ui/useWarnBeforeLeaving';
import { workspaceReducer } from './workspaceReducer';
import { initialWorkspaceState } from './workspaceState';

/**
 * The workspace's state, kept in step with the URL: its changes (a link, back, forward) come in as
 * `urlChanged`, and the reducer's `navigation` goes out to the URL. Unsaved edits also make leaving
 * the page ask first.
 */
export function useWorkspaceState() {
  const [view, go] = useWorkspaceView();
  const [state, dispatch] = useReducer(workspaceReducer, view, initialWorkspaceState);
  useEffect(() => dispatch({ type: 'urlChanged', view }), [view]);
  // Before the browser paints: the URL and what it shows change together.
  const { navigation, dirty } = state;
  useLayoutEffect(() => {
    if (navigation) go(navigation.to, navigation.mode);
  }, [navigation, go]);
  useWarnBeforeLeaving(dirty, reloadKeepsDrafts);
  return { view, state, dispatch };
}
