import { describe, expect, it } from 'vitest';
import { announceIn, stepOf } from './progressAnnouncement';

describe('announceIn: an import’s progress said in steps', () => {
  it('says nothing new within the same tenth of the run', () => {
    expect(announceIn({ step: 2, at: 0 }, 29, 10_000, false)).toBe(Number.POSITIVE_INFINITY);
  });

  it('says the next tenth, but not sooner than 2 s after the last announcement', () => {
    expect(announceIn({ step: 2, at: 0 }, 30, 5_000, false)).toBe(0);
    expect(announceIn({ step: 2, at: 10_000 }, 45, 10_500, false)).toBe(1_500);
  });

  it('says the end at once', () => {
    expect(announceIn({ step: 9, at: 10_000 }, 100, 10_001, true)).toBe(0);
    expect(announceIn({ step: 3, at: 10_000 }, 35, 10_001, true)).toBe(0);
  });

  it('a run of 1,000 rows at 60 rows a second is said at most 11 times, not 1,000', () => {
    let last = { step: stepOf(0), at: 0 };
    let said = 0;
    for (let done = 1; done <= 1000; done++) {
      const now = (done * 1000) / 60;
      const percent = Math.round((done / 1000) * 100);
      if (announceIn(last, percent, now, done === 1000) === 0) {
        said++;
        last = { step: stepOf(percent), at: now };
      }
    }
    expect(said).toBeGreaterThanOrEqual(5);
    expect(said).toBeLessThanOrEqual(11);
  });
});
