// Type tests of the real dictionaries, checked by `npm run typecheck` (never run): each
// `@ts-expect-error` line must be a compile error, or the check fails because the expected error is gone.
import { PROXY_MESSAGES } from '../../server/messages';
import { textsFor } from '../core/text';
import { WORKSPACE_TEXTS } from '../features/workspace/workspaceText';
import { PAGE_TEXTS } from '../i18n/messages';

export function compileErrors() {
  const page = textsFor(PAGE_TEXTS, 'en');
  const workspace = textsFor(WORKSPACE_TEXTS, 'en');
  const server = textsFor(PROXY_MESSAGES, 'en');
  const wrongCalls = () => {
    // @ts-expect-error -- "id" is missing
    page('calendarUnknown');
    // @ts-expect-error -- "sumary" is misspelt
    page('saved', { sumary: 'A' });
    // @ts-expect-error -- no such key
    workspace('impactToOffOne', { count: 1, list: '' });
    // @ts-expect-error -- a plural text needs its count
    workspace('impactToOff', { list: '' });
    // @ts-expect-error -- "seconds" is not a parameter of the text
    server('timeout', { seconds: 10 });
  };
  return wrongCalls;
}
