import type { Locale } from '../../i18n/locale';
import type { IsoDate } from './dates';

const FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date for people, in the interface language. Formatted in UTC from a UTC date: no shift. */
export function formatDay(date: IsoDate, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return FORMATS[locale].format(new Date(Date.UTC(y, m - 1, d)));
}
