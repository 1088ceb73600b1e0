// Every dictionary of the panel and the server: the registry (dictionaries.ts) lists each one made
// anywhere, both languages have the same keys, and each Chinese text holds the same parameters as
// the English one (the types check that every key is there and that each call gives the English
// template's parameters; they cannot see inside the Chinese strings). Shared words live once.
import { describe, expect, it } from 'vitest';
import { COMMON_TEXTS } from '../core/commonText';
import { paramsIn, templatesOf, textsFor } from '../core/text';
import { CALENDAR_TEXTS } from '../features/calendars/calendarText';
import { IMPORT_TEXTS } from '../features/import/importText';
import { WORKSPACE_TEXTS } from '../features/workspace/workspaceText';
import { DICTIONARIES } from './dictionaries';

/** The product's sources (and the test dictionary), as text. */
const SOURCES = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '/server/**/*.ts', '!**/*.test.{ts,tsx}', '!**/*.test-d.ts', '!/src/test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the registry of dictionaries', () => {
  it('lists every dictionary made with defineTexts, each under a name of its own', () => {
    const made = Object.entries(SOURCES).flatMap(([path, source]) =>
      [...source.matchAll(/\bdefineTexts\(\s*'([^']+)'/g)].map((m) => `${m[1]} (${path})`),
    );
    const madeNames = made.map((entry) => entry.replace(/ \(.*\)$/, '')).sort();
    expect(made.length).toBeGreaterThan(15);
    expect(DICTIONARIES.map((d) => d.name).sort()).toEqual(madeNames);
    expect(new Set(madeNames).size, made.join('\n')).toBe(madeNames.length);
  });

  it('is the only way texts are written: no dictionary read by language, no branch on the language in the interface', () => {
    const offenders = Object.entries(SOURCES).flatMap(([path, source]) => [
      // A dictionary read raw (PAGE_TEXTS[locale].appTitle), or made without defineTexts.
      ...(/_(TEXTS|MESSAGES|REASONS)(\[[^\]]*\]|\.en|\.zh)\s*[.[]|Texts<typeof \w+> = \{/.test(source) ? [`${path}: a dictionary read raw`] : []),
      // A text chosen by the language in the interface's code, instead of written in both languages.
      ...(/^\/src\/(features|ui|app|embed)\//.test(path) && /=== 'zh-CN'|'zh-CN' ===|=== 'en'\b/.test(source) ? [`${path}: a branch on the language`] : []),
    ]);
    expect(offenders).toEqual([]);
  });
});

describe.each(DICTIONARIES.map((texts) => [texts.name, texts] as const))('the %s texts', (_name, texts) => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(texts['zh-CN']).sort()).toEqual(Object.keys(texts.en).sort());
  });

  it.each(Object.keys(texts.en))('“%s” has the same parameters in Chinese as in English', (key) => {
    const english = texts.en[key];
    const params = paramsIn(templatesOf(english)[0]);
    // Each plural form names the same parameters, count among them.
    for (const form of templatesOf(english)) expect(paramsIn(form)).toEqual(params);
    if (typeof english !== 'string') expect(params).toContain('count');
    for (const form of templatesOf(texts['zh-CN'][key])) expect(paramsIn(form)).toEqual(params);
  });
});

describe('shared words', () => {
  it('live once, in the common texts', () => {
    const repeated = DICTIONARIES.filter((texts) => texts !== COMMON_TEXTS).flatMap((texts) =>
      Object.entries(texts.en)
        .filter(([key, english]) => Object.entries(COMMON_TEXTS.en).some(([k, common]) => common === english && (COMMON_TEXTS['zh-CN'] as Record<string, string>)[k] === texts['zh-CN'][key]))
        .map(([key]) => `${texts.name}.${key}`),
    );
    expect(repeated).toEqual([]);
  });
});

describe('textsFor', () => {
  it('fills in the parameters', () => {
    expect(textsFor(CALENDAR_TEXTS, 'en')('deleteTitle', { name: 'A' })).toBe('Delete “A”?');
    expect(textsFor(CALENDAR_TEXTS, 'zh-CN')('deleteTitle', { name: 'A' })).toBe('删除“A”？');
  });

  it('picks the plural form of the count', () => {
    const en = textsFor(WORKSPACE_TEXTS, 'en');
    expect(en('impactToWork', { count: 1, list: 'Sat' })).toBe('1 day becomes a working day: Sat.');
    expect(en('impactToWork', { count: 2, list: 'Sat and Sun' })).toBe('2 days become working days: Sat and Sun.');
    expect(en('impactToWork', { count: 0, list: '' })).toBe('0 days become working days: .');
    expect(textsFor(WORKSPACE_TEXTS, 'zh-CN')('impactToWork', { count: 1, list: '周六' })).toBe('1 天变为工作日：周六。');
    expect(textsFor(IMPORT_TEXTS, 'en')('undoSummary', { count: 1 })).toBe('1 event deleted.');
    expect(textsFor(IMPORT_TEXTS, 'en')('previewCounts', { count: 1, new: 1, overlaps: 0, already: 0, invalid: 0 })).toBe(
      '1 row: 1 new, 0 overlapping, 0 already there, 0 invalid.',
    );
  });

  it('joins sentences and lists as each language writes them', () => {
    expect(textsFor(COMMON_TEXTS, 'en')('sentences', { first: 'A.', second: 'B.' })).toBe('A. B.');
    expect(textsFor(COMMON_TEXTS, 'zh-CN')('sentences', { first: '甲。', second: '乙。' })).toBe('甲。乙。');
  });
});
