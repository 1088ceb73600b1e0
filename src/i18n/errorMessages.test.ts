import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/apiContract';
import { errorText } from './errorMessages';
import { LOCALES, type Locale } from '../core/locale';
import type { ApiFailure } from '../api/errors';

describe('errorText', () => {
  it.each(LOCALES)('gives every code of the reference its own message and advice in %s', (locale) => {
    const texts = ERROR_CODES.map((code) => errorText({ kind: 'server', code, message: 'server text', status: 400 }, locale));
    for (const text of texts) {
      expect(text.what.length).toBeGreaterThan(5);
      expect(text.todo.length).toBeGreaterThan(5);
    }
    expect(new Set(texts.map((t) => t.what)).size).toBe(ERROR_CODES.length);
  });

  it('tells the scheduler what to do for the codes they will meet', () => {
    const en = (code: string) => errorText({ kind: 'server', code, message: '', status: 400 }, 'en');
    expect(en('RequestTooFrequently').todo).toMatch(/wait a few seconds/i);
    expect(en('Unauthorized').what).toMatch(/app key is wrong or has expired/);
    expect(en('Unauthorized').todo).toMatch(/administrator/);
    expect(en('AccessDenied').todo).toMatch(/Calendars Manage permission/);
    expect(en('ResourceNotFound').todo).toMatch(/Reload/);
    const zh = errorText({ kind: 'server', code: 'RequestTooFrequently', message: '', status: 429 }, 'zh-CN');
    expect(zh.todo).toBe('请等待几秒后重新保存。');
  });

  it("shows an unknown code with the server's own message", () => {
    const text = errorText({ kind: 'server', code: 'SomethingNew', message: 'The moon is full.', status: 400 }, 'en');
    expect(text.what).toBe('The server reported an error (SomethingNew): The moon is full.');
    expect(errorText({ kind: 'server', code: 'SomethingNew', message: '月圆了。', status: 400 }, 'zh-CN').what).toBe(
      '服务器返回错误（SomethingNew）：月圆了。',
    );
  });

  it('explains each transport failure', () => {
    expect(errorText({ kind: 'network' }, 'en').what).toMatch(/could not reach the server/);
    expect(errorText({ kind: 'timeout', timeoutMs: 15000 }, 'en').what).toBe('The server did not answer within 15 seconds.');
    expect(errorText({ kind: 'timeout', timeoutMs: 15000 }, 'zh-CN').what).toBe('服务器在 15 秒内没有响应。');
    expect(errorText({ kind: 'bad-response', status: 502 }, 'en').what).toMatch(/cannot read \(HTTP 502\)/);
  });
});

describe('errorText of a read', () => {
  const read = (failure: ApiFailure, locale: Locale = 'en') => errorText(failure, locale, 'read');
  it.each(LOCALES)('never says to save again when a read failed (%s): a 502, a timeout, no network, a rate limit', (locale) => {
    const failures: ApiFailure[] = [
      { kind: 'server', code: 'ServiceUnavailable', message: '', status: 502 },
      { kind: 'server', code: 'InternalError', message: '', status: 500 },
      { kind: 'server', code: 'RequestTooFrequently', message: '', status: 429 },
      { kind: 'server', code: 'SomethingNew', message: '', status: 500 },
      { kind: 'timeout', timeoutMs: 15_000 },
      { kind: 'network' },
      { kind: 'bad-response', status: 502 },
    ];
    for (const failure of failures) {
      const { todo } = read(failure, locale);
      expect(todo).not.toMatch(/save|保存/i);
      expect(todo).toMatch(locale === 'en' ? /could not be loaded.*Retry/ : /未能加载.*“重试”/);
    }
  });

  it('keeps what happened, and the advice that fits a read as well (a record that reads the same)', () => {
    const timeout: ApiFailure = { kind: 'timeout', timeoutMs: 15_000 };
    expect(read(timeout).what).toBe(errorText(timeout, 'en').what);
    expect(read({ kind: 'network' }).todo).toBe('It could not be loaded: check your network connection, then press Retry or reload the page.');
    expect(read({ kind: 'network' }, 'zh-CN').todo).toBe('未能加载：请检查网络连接后点击“重试”或刷新页面。');
  });

  it('says a refused read was refused, not that changing is not allowed (a permission to view, or the server’s Origin or user check)', () => {
    const refused: ApiFailure = { kind: 'server', code: 'AccessDenied', message: '', status: 403 };
    expect(read(refused)).toEqual({
      what: 'The request was refused: you may not have permission to view service calendars, or the panel’s server refused it.',
      todo: 'Ask an administrator to check your permission, or how the panel is set up (ALLOWED_ORIGINS, the proxy in front of it).',
    });
    expect(read(refused, 'zh-CN').what).toBe('请求被拒绝：您可能没有查看服务日历的权限，或面板服务器拒绝了此请求。');
    expect(errorText(refused, 'en').what).toBe('You do not have permission to change service calendars.');
  });
});
