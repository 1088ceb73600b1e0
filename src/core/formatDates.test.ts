import { afterEach, describe, expect, it } from 'vitest';
import { describeWorkdays, formatDay, formatMonthName, monthNames } from './formatDates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatDay', () => {
  it('writes the date in each language', () => {
    expect(formatDay('2026-10-01', 'en')).toBe('Thu, 1 Oct 2026');
    expect(formatDay('2026-10-01', 'zh-CN')).toBe('2026年10月1日周四');
  });

  it.each(['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('writes the same day in %s', (tz) => {
    process.env.TZ = tz;
    expect(formatDay('2026-05-01', 'en')).toBe('Fri, 1 May 2026');
  });
});

describe('describeWorkdays', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'Mon–Fri', '周一至周五'],
    [[0, 1, 2, 3, 4], 'Sun–Thu', '周日至周四'],
    [[1, 3, 5], 'Mon, Wed, Fri', '周一、周三、周五'],
    [[6, 0], 'Sat, Sun', '周六、周日'],
    [[1, 2, 3, 4, 5, 6], 'Mon–Sat', '周一至周六'],
    [[0, 1, 2, 3, 4, 5, 6], 'Every day', '每天'],
    [[], '', ''],
  ])('%j reads "%s" and "%s"', (workdays, en, zh) => {
    expect(describeWorkdays(workdays, 'en')).toBe(en);
    expect(describeWorkdays(workdays, 'zh-CN')).toBe(zh);
  });
});

describe('month names', () => {
  it('are numbered in Chinese (10月, 2026年10月) and spelled in English', () => {
    expect(monthNames('zh-CN')[9]).toBe('10月');
    expect(monthNames('en')[9]).toBe('October');
    expect(formatMonthName(2026, 11, 'zh-CN')).toBe('2026年11月');
    expect(formatMonthName(2026, 11, 'en')).toBe('November 2026');
  });
});
