import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ValidationMessageKey } from '../core/eventSchema';
import type { Locale } from '../core/locale';
import { MESSAGES, VALIDATION_MESSAGES, format, type MessageKey, type Params } from './messages';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: Params) => string;
  /** Translates a validation message key; an unknown key (a server's own text) is shown as it is. */
  tv: (key: string, params?: Params) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function createI18n(locale: Locale): I18n {
  const messages = MESSAGES[locale];
  const validation = VALIDATION_MESSAGES[locale];
  return {
    locale,
    t: (key, params) => format(messages[key], params),
    tv: (key, params) => (key in validation ? format(validation[key as ValidationMessageKey], params) : key),
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
