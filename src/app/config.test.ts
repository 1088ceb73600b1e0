import { describe, expect, it } from 'vitest';
import { pickLocale } from '../i18n/locale';
import { readConfig } from './config';

describe('pickLocale', () => {
  it('takes ?lang first, then the browser languages in order, then English', () => {
    expect(pickLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLocale('en', ['zh-CN'])).toBe('en');
    expect(pickLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale(null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLocale('de', ['fr'])).toBe('en');
  });
});

describe('readConfig', () => {
  it('reads the calendar and the language from the URL', () => {
    expect(readConfig({ search: '?cal_id=cal.abc&lang=zh-CN' }, ['en'])).toMatchObject({ calId: 'cal.abc', locale: 'zh-CN', apiBase: '/api' });
    expect(readConfig({ search: '?cal_id=%20' }, ['zh'])).toMatchObject({ calId: undefined, locale: 'zh-CN' });
  });
});
