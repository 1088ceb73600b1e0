// A failed request inside the import dialog: what failed, in the interface's language, and the
// request ID to quote.
import { Code, Text } from '@mantine/core';
import { requestIdOf, type ApiFailure } from '../../api/errors';
import { errorText } from '../../i18n/errorMessages';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';

export function FailureText({ failure, title }: { failure: ApiFailure; title?: string }) {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const message = errorText(failure, locale);
  const requestId = requestIdOf(failure);
  return (
    <Text size="sm" role="alert" c="var(--panel-red-text)">
      {title && <>{title} </>}
      {message.what}
      {requestId && (
        <>
          {' '}
          {t('requestIdLabel')} <Code data-testid="request-id">{requestId}</Code>
        </>
      )}
    </Text>
  );
}
