import { describe, expect, it } from 'vitest';
import { format, formatList, plural, textsFor } from './text';
import { TEXTS } from './text.fixture';


describe('format', () => {
  it('fills in the named parameters and leaves unknown ones', () => {
    expect(format('{a} of {b}', { a: 1, b: 'x' })).toBe('1 of x');
    expect(format('{a} of {c}', { a: 1 })).toBe('1 of {c}');
  });
});

describe('plural', () => {
  const forms = { one: 'one', other: 'other' };
  it('takes the English form of the count through Intl.PluralRules', () => {
    expect([0, 1, 2, 1.5, 21].map((n) => plural('en', n, forms))).toEqual(['other', 'one', 'other', 'other', 'other']);
  });

  it('has one form in Chinese', () => {
    expect([0, 1, 2].map((n) => plural('zh-CN', n, forms))).toEqual(['other', 'other', 'other']);
  });

  it('is what a plural text of a dictionary says', () => {
    expect(textsFor(TEXTS, 'en')('days', { count: 1, month: 'May' })).toBe('1 day in May');
    expect(textsFor(TEXTS, 'en')('days', { count: 31, month: 'May' })).toBe('31 days in May');
    expect(textsFor(TEXTS, 'zh-CN')('days', { count: 1, month: '五月' })).toBe('五月有 1 天');
  });
});

describe('formatList', () => {
  it('joins a list read in a sentence with "and" (和 in Chinese)', () => {
    expect(formatList('en', ['A'])).toBe('A');
    expect(formatList('en', ['A', 'B'])).toBe('A and B');
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B, and C');
    expect(formatList('zh-CN', ['甲', '乙'])).toBe('甲和乙');
    expect(formatList('zh-CN', ['甲', '乙', '丙'])).toBe('甲、乙和丙');
  });

  it('lists values with commas (、 in Chinese)', () => {
    expect(formatList('en', ['Mon', 'Wed', 'Fri'], 'unit')).toBe('Mon, Wed, Fri');
    expect(formatList('zh-CN', ['周一', '周三', '周五'], 'unit')).toBe('周一、周三、周五');
    expect(formatList('en', [], 'unit')).toBe('');
  });
});

describe('textsFor', () => {
  it('gives one text function per dictionary and language', () => {
    expect(textsFor(TEXTS, 'en')).toBe(textsFor(TEXTS, 'en'));
    expect(textsFor(TEXTS, 'zh-CN')).not.toBe(textsFor(TEXTS, 'en'));
  });

  it('looks up a text whose key arrives at run time, or gives undefined', () => {
    const text = textsFor(TEXTS, 'en');
    expect(text.lookup('greet', { name: 'Li' })).toBe('Hello Li');
    expect(text.lookup('days', { count: 2, month: 'May' })).toBe('2 days in May');
    expect(textsFor(TEXTS, 'zh-CN').lookup('greet', { name: '李' })).toBe('你好 李');
    expect(text.lookup('toString')).toBeUndefined();
    expect(text.lookup('The server’s own words')).toBeUndefined();
  });
});
