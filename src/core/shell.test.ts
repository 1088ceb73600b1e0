import { describe, expect, it } from 'vitest';
import { acceptedLanguages, requestLocale, shellKindOf } from './shell';

const params = (query: string) => new URLSearchParams(query);

describe('acceptedLanguages', () => {
  it('lists the tags most wanted first, as navigator.languages does', () => {
    expect(acceptedLanguages('zh-CN,zh;q=0.9,en;q=0.8')).toEqual(['zh-CN', 'zh', 'en']);
    expect(acceptedLanguages('en;q=0.5, zh-TW , fr;q=0.7')).toEqual(['zh-TW', 'fr', 'en']);
  });

  it('drops what is refused (q=0), the wildcard, and nothing at all', () => {
    expect(acceptedLanguages('zh;q=0, *;q=0.1, en-GB')).toEqual(['en-GB']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages('')).toEqual([]);
  });
});

describe('requestLocale', () => {
  it('takes ?lang= first, then Accept-Language, then English', () => {
    expect(requestLocale(params('lang=zh-CN'), 'en-US')).toBe('zh-CN');
    expect(requestLocale(params('lang=xx'), 'fr, zh-Hans;q=0.8')).toBe('zh-CN');
    expect(requestLocale(params(''), 'fr-FR, de;q=0.9')).toBe('en');
    expect(requestLocale(params(''), undefined)).toBe('en');
  });
});

describe('shellKindOf', () => {
  it('gives the page the workspace, whatever it shows', () => {
    expect(shellKindOf(params(''))).toBe('workspace');
    expect(shellKindOf(params('cal_id=cal.x&month=2026-10&view=year'))).toBe('workspace');
  });

  it("gives a frame the form only when it shows a new event's form of no fixed calendar", () => {
    expect(shellKindOf(params('embed=1'))).toBe('form');
    expect(shellKindOf(params('embed=1&lang=en&parent_origin=https://portal.example'))).toBe('form');
    expect(shellKindOf(params('embed=1&cal_id=cal.x'))).toBeUndefined();
    expect(shellKindOf(params('embed=1&event_id=cale.x'))).toBeUndefined();
    expect(shellKindOf(params('embed=1&view=workspace'))).toBeUndefined();
    expect(shellKindOf(params('embed=1&primary=%23e8590c'))).toBeUndefined();
    expect(shellKindOf(params('embed=1&theme=dark'))).toBeUndefined();
  });
});
