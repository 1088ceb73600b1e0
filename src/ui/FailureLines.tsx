// The lines that say why a request failed, wherever it is said (a dialog's alert, a toast): what went
// wrong, what to do, the server's own words, and the request ID to quote.
import { Code, Text } from '@mantine/core';
import { useTexts } from '../i18n/I18nProvider';
import { PAGE_TEXTS } from '../i18n/messages';

interface FailureLinesProps {
  what?: string;
  todo?: string;
  serverMessage?: string;
  requestId?: string;
}

export function FailureLines({ what, todo, serverMessage, requestId }: FailureLinesProps) {
  const t = useTexts(PAGE_TEXTS);
  return (
    <>
      {what && <Text size="sm">{what}</Text>}
      {todo && <Text size="sm">{todo}</Text>}
      {serverMessage && <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{t('serverSaid', { message: serverMessage })}</Text>}
      {requestId && (
        <Text size="sm" mt={4}>
          {t('requestIdLabel')} <Code data-testid="request-id">{requestId}</Code>
        </Text>
      )}
    </>
  );
}
