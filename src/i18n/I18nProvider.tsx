// The interface's language in React, and the one way a component reads texts: `useTexts(DICTIONARY)`
// gives the dictionary's text function in that language (src/core/text.ts; outside React the same
// function is `textsFor(DICTIONARY, locale)`). `useLocale()` is for what is not a text: dates,
// numbers and lists formatted through Intl.
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '../core/locale';
import { textsFor, type Dictionary, type TextFn, type Texts } from '../core/text';

const LocaleContext = createContext<Locale | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The interface's language. */
export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('useLocale outside I18nProvider');
  return locale;
}

/** A dictionary's text function in the interface's language. */
export function useTexts<E extends Dictionary>(texts: Texts<E>): TextFn<E> {
  return textsFor(texts, useLocale());
}
