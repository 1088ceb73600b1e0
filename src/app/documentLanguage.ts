import { useEffect } from 'react';
import type { Locale } from '../core/locale';
import { PAGE_TEXTS } from '../i18n/messages';
import { textsFor } from '../core/text';

/** The page's language and title follow the interface language (the panel owns the page). */
export function useDocumentLanguage(locale: Locale): void {
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = textsFor(PAGE_TEXTS, locale)('appTitle');
  }, [locale]);
}
