// A feature's texts in both languages, with the parameters of each text checked at compile time:
// `text('deleteTitle', { name })` fails to compile when `{name}` is missing, misspelt or not in the
// English template. Chinese must have every key (the type says so); a test checks that each
// Chinese template holds the same parameters as the English one.
import { useMemo } from 'react';
import { useI18n } from './I18nProvider';
import type { Locale } from '../core/locale';
import { format } from './messages';

/** The parameter names of a template: "{count} days in {month}" → "count" | "month". */
export type ParamsOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamsOf<Rest> : never;
/** A text's arguments: none for a template without parameters, else each of its parameters. */
export type TextArgs<S extends string> = [ParamsOf<S>] extends [never] ? [] : [params: Record<ParamsOf<S>, string | number>];

export interface Texts<E extends Record<string, string>> {
  en: E;
  'zh-CN': Record<keyof E, string>;
}

export type TextFn<E extends Record<string, string>> = <K extends keyof E & string>(key: K, ...args: TextArgs<E[K]>) => string;

/** The text function of a locale, outside React. */
export function textsFor<E extends Record<string, string>>(texts: Texts<E>, locale: Locale): TextFn<E> {
  const dictionary = texts[locale];
  return (key, ...args) => format(dictionary[key], args[0]);
}

/** The text function in the interface's language. */
export function useTexts<E extends Record<string, string>>(texts: Texts<E>): TextFn<E> {
  const { locale } = useI18n();
  return useMemo(() => textsFor(texts, locale), [texts, locale]);
}

/** The parameter names of a template at run time (for the test that the two languages agree). */
export const paramsIn = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
