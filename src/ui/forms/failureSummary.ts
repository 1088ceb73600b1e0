import { isKnownErrorCode } from '../../core/apiContract';
import type { Locale } from '../../core/locale';
import { requestIdOf, type ApiFailure } from '../../api/errors';
import { errorText } from '../../i18n/errorMessages';

/** What the error summary says of a failed save: what happened, what to do, and for support. */
export function describeFailure(failure: ApiFailure, locale: Locale, { note, fieldShowsIt }: { note?: string; fieldShowsIt: boolean }) {
  const known = failure.kind === 'server' && isKnownErrorCode(failure.code);
  const text = errorText(failure, locale);
  return {
    // `note`: what an answer lost after the commit means here (a create was looked for and is not stored).
    what: note ? `${text.what}${locale === 'zh-CN' ? '' : ' '}${note}` : text.what, // Chinese sentences join without a space
    todo: text.todo,
    // The server's own words, unless a field shows them or the text above already quotes them.
    serverMessage: known && failure.message && !fieldShowsIt ? failure.message : undefined,
    requestId: requestIdOf(failure),
  };
}
