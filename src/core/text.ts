// Texts in both languages with their parameters checked at compile time, for the browser and the
// server alike (no React here; the hook is src/i18n/defineText.ts).
//
// One way to write texts: a dictionary is made with `defineTexts(name, en, zhCN)`, one object per
// language. English is written `as const`, so that each template's parameters are known to the type
// checker: `text('deleteTitle', { name })` fails to compile when `{name}` is missing, misspelt or not
// in the English template. Chinese must have every key (the type says so); a unit test lists every
// dictionary (src/test/dictionaries.ts) and checks that both languages have the same keys and each
// Chinese template the same parameters. Texts are read through the text function of a dictionary in
// a language: `textsFor(DICTIONARY, locale)` outside React, `useTexts(DICTIONARY)` in it
// (src/i18n/I18nProvider.tsx). Punctuation and word order that differ between the languages (how two
// sentences join, a list's separator) are texts too, never a branch on the language in code.
//
// A text that depends on a count is written as its plural forms, `{ one, other }` in English
// (Intl.PluralRules picks the form for the count); its call must give `count` as a number. Chinese
// does not inflect for number: it writes such a text as one string.
import type { Locale } from './locale';

/** The English forms of a text that depends on `count`; Intl.PluralRules chooses between them. */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

export type Template = string | Plural;
export type Dictionary = { readonly [key: string]: Template };

/** The parameter names of a template: "{count} days in {month}" → "count" | "month". */
export type ParamsOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamsOf<Rest> : never;

type Params = Record<string, string | number>;

/**
 * A text's arguments: none for a template without parameters, else each of its parameters; a
 * plural text takes `count` as a number besides the parameters of its forms.
 */
export type TextArgs<T extends Template> = T extends Plural
  ? [params: Record<Exclude<ParamsOf<T['one'] | T['other']>, 'count'>, string | number> & { count: number }]
  : T extends string
    ? [ParamsOf<T>] extends [never]
      ? []
      : [params: Record<ParamsOf<T>, string | number>]
    : never;

/** The Chinese of a dictionary: every key of the English one, each a string. */
export type Chinese<E extends Dictionary> = { readonly [K in keyof E]: string };

/** A dictionary in both languages, made by defineTexts; `name` is how the tests list it. */
export interface Texts<E extends Dictionary> {
  readonly name: string;
  readonly en: E;
  readonly 'zh-CN': Chinese<E>;
}

/** A dictionary: its name (unique; the test of every dictionary lists it by it), English and Chinese. */
export function defineTexts<E extends Dictionary>(name: string, en: E, zhCN: Chinese<E>): Texts<E> {
  return { name, en, 'zh-CN': zhCN };
}

/** The keys of a dictionary whose texts take no parameters (for a key chosen from a list). */
export type PlainKey<E extends Dictionary> = { [K in keyof E & string]: E[K] extends string ? ([ParamsOf<E[K]>] extends [never] ? K : never) : never }[keyof E & string];

/** A dictionary's texts in one language. */
export interface TextFn<E extends Dictionary> {
  /** The text of a key, with its parameters (both checked at compile time). */
  <K extends keyof E & string>(key: K, ...args: TextArgs<E[K]>): string;
  /**
   * A text whose key arrives at run time (a schema's message key, or a server's own words): the
   * dictionary's text when the key is one of it, else undefined.
   */
  lookup(key: string, params?: Params): string | undefined;
}

/** Fills in a template's `{name}`s; a name without a value stays as it is. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of a plural text for a count, chosen by Intl.PluralRules ("1 day", "2 days"). */
export function plural(locale: Locale, count: number, forms: Plural): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

function fill(template: Template, locale: Locale, params: Params | undefined): string {
  if (typeof template === 'string') return format(template, params);
  return format(plural(locale, Number(params?.count), template), params);
}

const textFns = new WeakMap<Texts<Dictionary>, Partial<Record<Locale, TextFn<Dictionary>>>>();

/** The text function of a dictionary in a language (one per dictionary and language). */
export function textsFor<E extends Dictionary>(texts: Texts<E>, locale: Locale): TextFn<E> {
  let byLocale = textFns.get(texts);
  if (!byLocale) textFns.set(texts, (byLocale = {}));
  const made = byLocale[locale];
  if (made) return made as unknown as TextFn<E>;
  const dictionary: Record<string, Template> = texts[locale];
  const text = ((key: string, params?: Params) => fill(dictionary[key], locale, params)) as unknown as TextFn<E>;
  text.lookup = (key, params) => (Object.hasOwn(dictionary, key) ? fill(dictionary[key], locale, params) : undefined);
  byLocale[locale] = text as unknown as TextFn<Dictionary>;
  return text;
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Items as a list in a language, through Intl.ListFormat:
 * - 'conjunction', for a list read in a sentence: "A, B, and C", "A、B和C";
 * - 'unit', for a list of values (a field's value, weekdays): "A, B, C", "A、B、C". (Intl's own
 *   `type: 'unit'` runs Chinese items together, "ABC"; its narrow conjunction is the list wanted.)
 */
export function formatList(locale: Locale, items: readonly string[], kind: 'conjunction' | 'unit' = 'conjunction'): string {
  const key = `${locale} ${kind}`;
  let list = listFormats.get(key);
  if (!list) {
    list = new Intl.ListFormat(locale, kind === 'conjunction' ? { type: 'conjunction', style: 'long' } : { type: 'conjunction', style: 'narrow' });
    listFormats.set(key, list);
  }
  return list.format(items);
}

/** The parameter names of a template at run time (for the test that the two languages agree). */
export const paramsIn = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Every template of a text: the string, or each plural form. */
export const templatesOf = (template: Template): string[] => (typeof template === 'string' ? [template] : [template.one, template.other]);
