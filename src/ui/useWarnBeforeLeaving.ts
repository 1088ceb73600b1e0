import { useEffect } from 'react';

/**
 * While `active`, leaving the page (reload, closing the tab, another address) asks the browser's own
 * question first, unless `unless()` says nothing would be lost this time.
 */
export function useWarnBeforeLeaving(active: boolean, unless?: () => boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!unless?.()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active, unless]);
}
