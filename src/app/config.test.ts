import { describe, expect, it } from 'vitest';
import { pickLocale } from '../core/locale';
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

describe('readConfig for an iframe', () => {
  it('is not embedded without ?embed=1', () => {
    expect(readConfig({ search: '?parent_origin=https://portal.example.com' }, ['en']).embed).toBeUndefined();
  });

  it('takes the portal’s origin, exactly an origin or nothing', () => {
    const embed = (origin: string) => {
      const config = readConfig({ search: `?embed=1&parent_origin=${encodeURIComponent(origin)}` }, ['en']).embed;
      return config && { parentOrigin: config.parentOrigin };
    };
    expect(embed('https://portal.example.com')).toEqual({ parentOrigin: 'https://portal.example.com' });
    expect(embed('http://127.0.0.1:4176')).toEqual({ parentOrigin: 'http://127.0.0.1:4176' });
    expect(embed('https://portal.example.com/')).toEqual({ parentOrigin: undefined });
    expect(embed('https://portal.example.com/page')).toEqual({ parentOrigin: undefined });
    expect(embed('*')).toEqual({ parentOrigin: undefined });
    expect(embed('javascript:alert(1)')).toEqual({ parentOrigin: undefined });
    expect(readConfig({ search: '?embed=1' }, ['en']).embed).toEqual({ parentOrigin: undefined, view: 'form', eventId: undefined, theme: {} });
  });

  it('takes the portal’s look, leaving out what is not valid', () => {
    expect(readConfig({ search: '?embed=1&theme=dark&primary=%230b7285&radius=sm' }, ['en']).embed?.theme).toEqual({ theme: 'dark', primary: '#0b7285', radius: 'sm' });
    expect(readConfig({ search: '?embed=1&theme=auto&primary=red%3Bx&radius=99' }, ['en']).embed?.theme).toEqual({ theme: 'auto' });
  });

  it('shows the form, an event in it, or the whole workspace', () => {
    expect(readConfig({ search: '?embed=1&event_id=cale.x' }, ['en']).embed).toMatchObject({ view: 'form', eventId: 'cale.x' });
    expect(readConfig({ search: '?embed=1&view=workspace' }, ['en']).embed).toMatchObject({ view: 'workspace' });
    expect(readConfig({ search: '?embed=1&view=other' }, ['en']).embed).toMatchObject({ view: 'form' });
  });
});
