// Why a request failed, in a dialog: the title names what did not happen, then what went wrong and
// what to do (or the caller's own words for a case it knows better), the server's own words, and the
// request ID to quote.
import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { requestIdOf, type ApiFailure } from '../api/errors';
import { isKnownErrorCode } from '../core/apiContract';
import { errorText } from '../i18n/errorMessages';
import { useLocale } from '../i18n/I18nProvider';
import { FailureLines } from './FailureLines';

interface FailureAlertProps {
  /** What did not happen; none where a field's own error says it already. */
  title?: string;
  failure: ApiFailure;
  /** Said instead of the error code's general text. */
  children?: ReactNode;
  /** Said after it all (what the panel does instead, a Retry). */
  after?: ReactNode;
  testId?: string;
  /** What failed: a save (the default) or a read, whose advice is to load it again. */
  action?: 'save' | 'read';
}

export function FailureAlert({ title, failure, children, after, testId, action }: FailureAlertProps) {
  const locale = useLocale();
  const requestId = requestIdOf(failure);
  const general = children ? undefined : errorText(failure, locale, action);
  // The server's own words under a known code's text: our server's 502 says why (an answer too large, none in time).
  const serverMessage = general && failure.kind === 'server' && isKnownErrorCode(failure.code) && failure.message ? failure.message : undefined;
  return (
    <Alert color="red" title={title} role="alert" data-testid={testId}>
      {children}
      <FailureLines what={general?.what} todo={general?.todo} serverMessage={serverMessage} requestId={requestId} />
      {after}
    </Alert>
  );
}
