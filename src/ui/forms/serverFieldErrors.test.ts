import { describe, expect, it } from 'vitest';
import { formFieldOfFailure } from './serverFieldErrors';

const invalid = (message: string) => ({ kind: 'server' as const, code: 'InvalidParameter', message, status: 400 });

describe('formFieldOfFailure', () => {
  it.each([
    ['The specified parameter summary is not valid.', 'summary'],
    ['The specified parameter description is not valid: it must be at most 500 characters long.', 'description'],
    ['The specified parameter start_at is not valid.', 'start_date'],
    ['参数 end_at 无效：必须晚于 start_at。', 'last_date'],
    ['The specified parameter cal_id is not valid.', 'cal_id'],
    ['The specified parameter is_off is not valid.', 'is_off'],
  ])('puts %j on %s', (message, field) => {
    expect(formFieldOfFailure(invalid(message))).toBe(field);
  });

  it('leaves a message that names no field, or another code, to the error summary', () => {
    expect(formFieldOfFailure(invalid('The specified parameter is not valid.'))).toBeUndefined();
    expect(formFieldOfFailure(invalid('The specified parameter event_id is not valid.'))).toBeUndefined();
    expect(formFieldOfFailure({ kind: 'server', code: 'BadRequest', message: 'summary is bad', status: 400 })).toBeUndefined();
    expect(formFieldOfFailure({ kind: 'network' })).toBeUndefined();
  });
});
