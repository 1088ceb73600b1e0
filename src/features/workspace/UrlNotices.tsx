// What the address asked for and the workspace could not show: a month it cannot read, an event no
// list holds, or an event whose lists could not be loaded (with Retry).
import { Alert, Button } from '@mantine/core';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import type { WorkspaceState } from './workspaceState';
import { WORKSPACE_TEXTS } from './workspaceText';

interface UrlNoticesProps {
  /** The URL's month, when it is no month. */
  badMonth?: string;
  /** The month shown instead. */
  monthName: string;
  lookupMiss: WorkspaceState['lookupMiss'];
  /** The URL's event. */
  eventId?: string;
  retrying: boolean;
  onRetry: () => void;
}

export function UrlNotices({ badMonth, monthName, lookupMiss, eventId, retrying, onRetry }: UrlNoticesProps) {
  const w = useTexts(WORKSPACE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const miss = lookupMiss && lookupMiss.eventId === eventId ? lookupMiss : undefined;
  return (
    <>
      {badMonth && (
        <Alert color="yellow" role="status">
          {w('badMonth', { month: badMonth, shown: monthName })}
        </Alert>
      )}
      {miss?.reason === 'missing' && (
        <Alert color="red" role="alert">
          {w('unknownEvent', { id: miss.eventId })}
        </Alert>
      )}
      {miss?.reason === 'failed' && (
        <Alert color="red" role="alert" title={w('eventLoadFailed')}>
          <Button variant="light" size="xs" mt="xs" loading={retrying} onClick={onRetry}>
            {common('retry')}
          </Button>
        </Alert>
      )}
    </>
  );
}
