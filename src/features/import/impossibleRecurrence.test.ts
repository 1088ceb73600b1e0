import { describe, expect, it } from 'vitest';
import { neverFallsOnADay } from './impossibleRecurrence';

describe('neverFallsOnADay', () => {
  it.each([
    [{ BYMONTH: [2], BYMONTHDAY: [30] }],
    [{ BYMONTH: [2], BYMONTHDAY: [31, -30] }],
    [{ BYMONTH: [4, 6, 9, 11], BYMONTHDAY: [31] }],
    [{ BYYEARDAY: [367] }],
  ])('refuses %o', (parts) => expect(neverFallsOnADay(parts)).toBe(true));

  it.each([
    [undefined],
    [{}],
    [{ BYMONTH: [2], BYMONTHDAY: [29] }],
    [{ BYMONTH: [2, 3], BYMONTHDAY: [30] }],
    [{ BYMONTHDAY: [31] }],
    [{ BYMONTH: [4], BYMONTHDAY: [-30] }],
    [{ BYYEARDAY: [366, 400] }],
    [{ BYDAY: ['FR'] }],
  ])('keeps %o', (parts) => expect(neverFallsOnADay(parts)).toBe(false));
});
