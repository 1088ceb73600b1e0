export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** The interface language: `?lang=` first, then the browser's languages, then English. */
export function pickLocale(requested: string | null | undefined, browserLanguages: readonly string[]): Locale {
  for (const candidate of [requested, ...browserLanguages]) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return 'en';
}

export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

/** dayjs locale names for our locales. */
export const DAYJS_LOCALE: Record<Locale, string> = { en: 'en', 'zh-CN': 'zh-cn' };
