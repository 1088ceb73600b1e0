import schedule from 'chinese-days/dist/chinese-days.json';
import { describe, expect, it } from 'vitest';
import { CHINA_STATUTORY_SINCE, chinaStatutoryDays } from '../../core/chinaStatutoryDays';
import { STATUTORY_NAMES } from './chinaSchedule';

const { holidays } = schedule as { holidays: Record<string, string> };
/** The years of the State Council's schedule under the amended law (2025, 2026 so far). */
const YEARS = [...new Set(Object.keys(holidays).map((d) => Number(d.slice(0, 4))))].filter((y) => y >= CHINA_STATUTORY_SINCE);

describe('the statutory days against the State Council’s schedules', () => {
  it('covers 2025 and 2026', () => {
    expect(YEARS).toEqual(expect.arrayContaining([2025, 2026]));
  });

  it.each(YEARS)('%i: every statutory day is a day off of the schedule, named as it names the holiday, as many days as it says', (year) => {
    const statutory = chinaStatutoryDays(year);
    for (const { date, holiday } of statutory) {
      // "Spring Festival,春节,4": its names, and the number of its statutory days.
      const [en, zh, count] = (holidays[date] ?? '').split(',');
      expect(`${en},${zh}`, `${date} ${holiday}`).toBe(STATUTORY_NAMES[holiday]);
      expect(statutory.filter((d) => d.holiday === holiday), `${date} ${holiday}`).toHaveLength(Number(count));
    }
  });
});
