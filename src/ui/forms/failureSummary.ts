import { isKnownErrorCode } from '../../core/apiContract';
import type { Locale } from '../../core/locale';
import { requestIdOf, type ApiFailure } from '../../api/errors';
import { errorText } from '../../i18n/errorMessages';
import { COMMON_TEXTS } from '../../core/commonText';
import { textsFor } from '../../core/text';

/** What the error summary says of a failed save: what happened, what to do, and for support. */
export function describeFailure(failure: ApiFailure, locale: Locale, { note, todo, fieldShowsIt }: { note?: string; todo?: string; fieldShowsIt: boolean }) {
  const known = failure.kind === 'server' && isKnownErrorCode(failure.code);
  const text = errorText(failure, locale);
  return {
    // `note`: what an answer lost after the commit means here (a create was looked for and is not stored).
    what: note ? textsFor(COMMON_TEXTS, locale)('sentences', { first: text.what, second: note }) : text.what,
    // `todo`: what to do here, naming the form's own button (the common one says "save again").
    todo: todo ?? text.todo,
    // The server's own words, unless a field shows them or the text above already quotes them.
    serverMessage: known && failure.message && !fieldShowsIt ? failure.message : undefined,
    requestId: requestIdOf(failure),
  };
}
