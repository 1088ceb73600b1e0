// Ground truth for tests: China's days off and make-up working days of 2025 and 2026 as the State
// Council's notices set them (国办发明电〔2024〕12号 and 〔2025〕7号), written out by hand from the
// notices. Every other day follows the week: Monday to Friday working, weekends off.
import { addDays, weekday, type IsoDate } from '../../../core/dates';

const range = (first: IsoDate, last: IsoDate): IsoDate[] => {
  const days: IsoDate[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
};

export const CHINA_OFFICIAL: Record<2025 | 2026, { off: IsoDate[]; work: IsoDate[] }> = {
  2025: {
    off: [
      '2025-01-01',
      ...range('2025-01-28', '2025-02-04'),
      ...range('2025-04-04', '2025-04-06'),
      ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'),
      ...range('2025-10-01', '2025-10-08'),
    ],
    work: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

/** Whether a day of 2025 or 2026 is a day off in China. */
export function officialDayOff(date: IsoDate): boolean {
  const year = CHINA_OFFICIAL[Number(date.slice(0, 4)) as 2025 | 2026];
  if (year.off.includes(date)) return true;
  if (year.work.includes(date)) return false;
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** The days of the year whose state (`offOf`) differs from the official one. */
export function wrongDays(year: 2025 | 2026, offOf: (date: IsoDate) => boolean): IsoDate[] {
  return range(`${year}-01-01`, `${year}-12-31`).filter((d) => offOf(d) !== officialDayOff(d));
}
