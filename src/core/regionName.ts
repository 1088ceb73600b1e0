// A country's or region's name as the panel writes it: the browser's name (Intl.DisplayNames), except
// Hong Kong, Macao and Taiwan, which a Chinese product names as regions of China in both languages.
import type { Locale } from './locale';

const OWN_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': { HK: '中国香港', MO: '中国澳门', TW: '中国台湾' },
  en: { HK: 'Hong Kong, China', MO: 'Macao, China', TW: 'Taiwan, China' },
};

const browserNames = new Map<Locale, Intl.DisplayNames | null>();

/** The name of an ISO 3166 code in that language, or undefined when neither we nor the browser know it. */
export function regionName(code: string, locale: Locale): string | undefined {
  const own = OWN_NAMES[locale][code.toUpperCase()];
  if (own) return own;
  if (!browserNames.has(locale)) {
    try {
      browserNames.set(locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
    } catch {
      browserNames.set(locale, null);
    }
  }
  try {
    return browserNames.get(locale)?.of(code.toUpperCase()) ?? undefined;
  } catch {
    return undefined; // not a region code the browser accepts
  }
}
