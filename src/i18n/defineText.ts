// A feature's texts in the interface's language, as a React hook. The typed dictionaries and the
// helpers (plural, formatList, textsFor) are src/core/text.ts, which the server uses too.
import { useMemo } from 'react';
import { useI18n } from './I18nProvider';
import { textsFor, type Dictionary, type TextFn, type Texts } from '../core/text';

export type { Texts, TextFn } from '../core/text';

/** The text function in the interface's language. */
export function useTexts<E extends Dictionary>(texts: Texts<E>): TextFn<E> {
  const { locale } = useI18n();
  return useMemo(() => textsFor(texts, locale), [texts, locale]);
}
