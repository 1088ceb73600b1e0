import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysInclusive, isIsoDate, toExclusiveEnd, toInclusiveEnd, weekday } from './dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('inclusive last day ↔ exclusive end_at', () => {
  it.each([
    ['2026-05-01', '2026-05-02'], // a one-day holiday
    ['2024-05-05', '2024-05-06'], // the reference's Labour Day 1–5 May 2024
    ['2026-01-31', '2026-02-01'], // month end
    ['2026-04-30', '2026-05-01'],
    ['2026-12-31', '2027-01-01'], // year end
    ['2026-02-28', '2026-03-01'], // February of a common year
    ['2028-02-28', '2028-02-29'], // leap day
    ['2028-02-29', '2028-03-01'],
    ['2100-02-28', '2100-03-01'], // 2100 is not a leap year
  ])('last day %s is end_at %s, and back', (lastDay, endAt) => {
    expect(toExclusiveEnd(lastDay)).toBe(endAt);
    expect(toInclusiveEnd(endAt)).toBe(lastDay);
  });

  it.each(['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London'])(
    'gives the same days in %s, across a DST change too',
    (tz) => {
      process.env.TZ = tz;
      expect(toExclusiveEnd('2026-03-08')).toBe('2026-03-09'); // US DST starts
      expect(toExclusiveEnd('2026-03-29')).toBe('2026-03-30'); // EU DST starts
      expect(toExclusiveEnd('2026-11-01')).toBe('2026-11-02'); // US DST ends
      expect(toInclusiveEnd('2026-05-02')).toBe('2026-05-01');
      expect(weekday('2026-05-02')).toBe(6); // a Saturday everywhere
    },
  );
});

describe('isIsoDate', () => {
  it.each(['2026-05-01', '2028-02-29', '2023-12-31', '0000-01-01', '0050-06-15', '0099-12-31', '9999-12-31'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['', '2026-5-1', '2026/05/01', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '01-05-2026', '2026-05-01T00:00:00Z', ' 2026-05-01'])(
    'rejects %j',
    (d) => expect(isIsoDate(d)).toBe(false),
  );
});

describe('day counts and arithmetic', () => {
  it('counts both ends', () => {
    expect(daysInclusive('2026-05-01', '2026-05-01')).toBe(1);
    expect(daysInclusive('2026-05-01', '2026-05-05')).toBe(5);
    expect(daysInclusive('2026-12-30', '2027-01-02')).toBe(4);
    expect(daysInclusive('2026-05-02', '2026-05-01')).toBe(0);
  });
  it('adds and subtracts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    // The first centuries are real years, not 1900–1999 (Date.UTC's reading of 0–99).
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(weekday('0001-01-01')).toBe(1); // a Monday in the proleptic Gregorian calendar
  });
  it('refuses what is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
