import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../core/locale';
import { lookupText, textsFor, type TextFn } from '../core/text';
import { PAGE_TEXTS, VALIDATION_TEXTS, type PageTexts } from './messages';

export interface I18n {
  locale: Locale;
  /** The page's texts: the key and its parameters are checked at compile time. */
  t: TextFn<PageTexts>;
  /**
   * Translates a validation message key, which the schema gives at run time; an unknown key (a
   * server's own text) is shown as it is.
   */
  tv: (key: string, params?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function createI18n(locale: Locale): I18n {
  return {
    locale,
    t: textsFor(PAGE_TEXTS, locale),
    tv: (key, params) => lookupText(VALIDATION_TEXTS, locale, key, params) ?? key,
  };
}

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
