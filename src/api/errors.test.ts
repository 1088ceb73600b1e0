import { describe, expect, it } from 'vitest';
import { errorText } from '../i18n/errorMessages';
import { ApiError, failureOf } from './errors';

describe('failureOf', () => {
  it('gives an API error its failure, a cancelled call a dropped connection, and anything else as a bug of the panel', () => {
    expect(failureOf(new ApiError({ kind: 'timeout', timeoutMs: 1000 }))).toEqual({ kind: 'timeout', timeoutMs: 1000 });
    expect(failureOf(new DOMException('aborted', 'AbortError'))).toEqual({ kind: 'network' });
    expect(failureOf(new TypeError("Cannot read properties of undefined (reading 'cal_id')"))).toEqual({ kind: 'bug', message: "Cannot read properties of undefined (reading 'cal_id')" });
  });

  it('says a bug is the panel’s, in both languages, with its message', () => {
    const bug = failureOf(new RangeError('Invalid time value'));
    expect(errorText(bug, 'en').what).toBe('Something went wrong inside the panel: Invalid time value');
    expect(errorText(bug, 'zh-CN').what).toBe('面板内部出错：Invalid time value');
    expect(errorText(bug, 'en').todo).not.toMatch(/network/i);
  });
});
