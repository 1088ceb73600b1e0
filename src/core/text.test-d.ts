// Type tests, checked by `npm run typecheck` (never run): each `@ts-expect-error` line must be a
// compile error, or the check fails because the expected error is gone.
import { defineTexts, textsFor } from './text';
import { en, TEXTS } from './text.fixture';


export function compileErrors() {
  const text = textsFor(TEXTS, 'en');
  const wrongCalls = () => {
    // @ts-expect-error -- "name" is missing
    text('greet');
    // @ts-expect-error -- "nme" is not a parameter of the text (and "name" is missing)
    text('greet', { nme: 'A' });
    // @ts-expect-error -- "b" is missing
    text('two', { a: 1 });
    // @ts-expect-error -- "c" is not a parameter of the text
    text('two', { a: 1, b: 2, c: 3 });
    // @ts-expect-error -- no such key
    text('greeting', { name: 'A' });
    // @ts-expect-error -- the text takes no parameters
    text('plain', { name: 'A' });
    // @ts-expect-error -- a plural text needs its count
    text('days', { month: 'May' });
    // @ts-expect-error -- the count of a plural text is a number
    text('days', { count: '2', month: 'May' });
  };
  const wrongDictionaries = () => {
    // @ts-expect-error -- Chinese lacks the key "two"
    const missing = defineTexts('missing', en, { plain: '', greet: '', days: '' });
    // @ts-expect-error -- Chinese has a key that English has not
    const extra = defineTexts('extra', en, { plain: '', greet: '', two: '', days: '', three: '' });
    return [missing, extra];
  };
  const wrongShapes = () => {
    // @ts-expect-error -- a dictionary is made by defineTexts (it names it for the test of every dictionary)
    const unnamed: Parameters<typeof textsFor<typeof en>>[0] = { en, 'zh-CN': TEXTS['zh-CN'] };
    return unnamed;
  };
  return [wrongCalls, wrongDictionaries, wrongShapes];
}
