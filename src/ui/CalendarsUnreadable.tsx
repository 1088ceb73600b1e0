// The calendar list could not be read (a wrong app key, the Origin check, no network): why, what to
// do and the request ID, with Retry; on the workspace's page and in the portal's event form.
import { Button } from '@mantine/core';
import { failureOf } from '../api/errors';
import { COMMON_TEXTS } from '../core/commonText';
import { useTexts } from '../i18n/I18nProvider';
import { FailureAlert } from './FailureAlert';

interface CalendarsUnreadableProps {
  error: unknown;
  /** None where the field's own error already says the list could not be loaded. */
  title?: string;
  retrying: boolean;
  onRetry: () => void;
}

export function CalendarsUnreadable({ error, title, retrying, onRetry }: CalendarsUnreadableProps) {
  const common = useTexts(COMMON_TEXTS);
  return (
    <FailureAlert
      title={title}
      failure={failureOf(error)}
      action="read"
      testId="calendars-unreadable"
      after={
        <Button variant="light" size="xs" mt="xs" loading={retrying} onClick={onRetry}>
          {common('retry')}
        </Button>
      }
    />
  );
}
