// The public-holiday calendars a personal calendar can link (`kind: region.official.holiday`), with
// the real public holidays of 2025, 2026 and 2027. They are static tables on purpose: the sandbox
// answers the same whatever version of a holiday package is installed, and loads none at run time.
// publicHolidays.test.ts checks every table against the date-holidays package, and says where and
// why a table differs from it.
import type { CalEventItem, CalendarItem } from '../../src/core/apiContract';
import { toExclusiveEnd } from '../../src/core/dates';
import type { Locale } from '../../src/core/locale';

/** One entry of a table: its first and last day (both included, as official notices write them). */
interface Holiday {
  first: string;
  last: string;
  summary: string;
  is_off: boolean;
}

/** Days off: one day, or `first` to `last`. */
const off = (first: string, summary: string, last = first): Holiday => ({ first, last, summary, is_off: true });
/** A make-up working day (调休): a weekend day worked in exchange for a bridge day of a holiday. */
const work = (day: string, holiday: string): Holiday => ({ first: day, last: day, summary: holiday, is_off: false });

/** "National Day (sample)", "National Day make-up workday (sample)"; in Chinese 国庆节（示例）, 国庆节调休上班（示例）. */
function summaryOf(h: Holiday, zh: PublicCalendar['zh'], locale: Locale): string {
  const name = locale === 'zh-CN' ? zh?.[h.summary] : undefined;
  if (name) return h.is_off ? `${name}（示例）` : `${name}调休上班（示例）`;
  return h.is_off ? `${h.summary} (sample)` : `${h.summary} make-up workday (sample)`;
}

interface PublicCalendar {
  cal_id: string;
  /** Short, for event ids: `pub.<key>.<first day>`. */
  key: string;
  cal_name: string;
  description: string;
  timezone: string;
  holidays: Holiday[];
  /** The holidays' names in Chinese, by their English name (the API localises by Accept-Language). */
  zh?: Readonly<Record<string, string>>;
}

// 2025 and 2026: the State Council's schedules (国办发明电〔2024〕12号, 〔2025〕7号), with their bridge
// days and make-up working days. 2027: its schedule is not published yet, so only the statutory
// days of the holiday law as amended in 2024 (Spring Festival: the eve and the first three days;
// Labour Day: 1 and 2 May), on their own dates.
const CHINA: PublicCalendar = {
  cal_id: 'zh-cn.china.official',
  key: 'cn',
  cal_name: 'China public holidays (sample)',
  description:
    "Sample data of the sandbox: China's public holidays, with the State Council's make-up working days for 2025 and 2026. For 2027 the statutory holidays only: 2027 make-up working days are not included (its schedule is not published yet).",
  timezone: 'Asia/Shanghai',
  holidays: [
    off('2025-01-01', "New Year's Day"),
    work('2025-01-26', 'Spring Festival'),
    off('2025-01-28', 'Spring Festival', '2025-02-04'),
    work('2025-02-08', 'Spring Festival'),
    off('2025-04-04', 'Qingming Festival', '2025-04-06'),
    work('2025-04-27', 'Labour Day'),
    off('2025-05-01', 'Labour Day', '2025-05-05'),
    off('2025-05-31', 'Dragon Boat Festival', '2025-06-02'),
    work('2025-09-28', 'National Day'),
    off('2025-10-01', 'National Day and Mid-Autumn', '2025-10-08'),
    work('2025-10-11', 'National Day'),

    off('2026-01-01', "New Year's Day", '2026-01-03'),
    work('2026-01-04', "New Year's Day"),
    work('2026-02-14', 'Spring Festival'),
    off('2026-02-15', 'Spring Festival', '2026-02-23'),
    work('2026-02-28', 'Spring Festival'),
    off('2026-04-04', 'Qingming Festival', '2026-04-06'),
    off('2026-05-01', 'Labour Day', '2026-05-05'),
    work('2026-05-09', 'Labour Day'),
    off('2026-06-19', 'Dragon Boat Festival', '2026-06-21'),
    work('2026-09-20', 'National Day'),
    off('2026-09-25', 'Mid-Autumn Festival', '2026-09-27'),
    off('2026-10-01', 'National Day', '2026-10-07'),
    work('2026-10-10', 'National Day'),

    off('2027-01-01', "New Year's Day"),
    off('2027-02-05', 'Spring Festival', '2027-02-08'),
    off('2027-04-05', 'Qingming Festival'),
    off('2027-05-01', 'Labour Day', '2027-05-02'),
    off('2027-06-09', 'Dragon Boat Festival'),
    off('2027-09-15', 'Mid-Autumn Festival'),
    off('2027-10-01', 'National Day', '2027-10-03'),
  ],
  zh: {
    "New Year's Day": '元旦',
    'Spring Festival': '春节',
    'Qingming Festival': '清明节',
    'Labour Day': '劳动节',
    'Dragon Boat Festival': '端午节',
    'Mid-Autumn Festival': '中秋节',
    'National Day': '国庆节',
    'National Day and Mid-Autumn': '国庆节、中秋节',
  },
};

// Federal holidays on the days they are observed: one on a Saturday is observed the Friday before,
// one on a Sunday the Monday after (5 U.S.C. 6103).
const UNITED_STATES: PublicCalendar = {
  cal_id: 'en-us.usa.official',
  key: 'us',
  cal_name: 'United States federal holidays (sample)',
  description:
    'Sample data of the sandbox: the US federal holidays of 2025 to 2027, on the days they are observed (a holiday on a Saturday is observed the Friday before, on a Sunday the Monday after).',
  timezone: 'America/New_York',
  holidays: [
    off('2025-01-01', "New Year's Day"),
    off('2025-01-20', 'Martin Luther King Jr. Day'),
    off('2025-02-17', "Washington's Birthday"),
    off('2025-05-26', 'Memorial Day'),
    off('2025-06-19', 'Juneteenth'),
    off('2025-07-04', 'Independence Day'),
    off('2025-09-01', 'Labor Day'),
    off('2025-10-13', 'Columbus Day'),
    off('2025-11-11', 'Veterans Day'),
    off('2025-11-27', 'Thanksgiving Day'),
    off('2025-12-25', 'Christmas Day'),

    off('2026-01-01', "New Year's Day"),
    off('2026-01-19', 'Martin Luther King Jr. Day'),
    off('2026-02-16', "Washington's Birthday"),
    off('2026-05-25', 'Memorial Day'),
    off('2026-06-19', 'Juneteenth'),
    off('2026-07-03', 'Independence Day, observed'),
    off('2026-09-07', 'Labor Day'),
    off('2026-10-12', 'Columbus Day'),
    off('2026-11-11', 'Veterans Day'),
    off('2026-11-26', 'Thanksgiving Day'),
    off('2026-12-25', 'Christmas Day'),

    off('2027-01-01', "New Year's Day"),
    off('2027-01-18', 'Martin Luther King Jr. Day'),
    off('2027-02-15', "Washington's Birthday"),
    off('2027-05-31', 'Memorial Day'),
    off('2027-06-18', 'Juneteenth, observed'),
    off('2027-07-05', 'Independence Day, observed'),
    off('2027-09-06', 'Labor Day'),
    off('2027-10-11', 'Columbus Day'),
    off('2027-11-11', 'Veterans Day'),
    off('2027-11-25', 'Thanksgiving Day'),
    off('2027-12-24', 'Christmas Day, observed'),
    off('2027-12-31', "New Year's Day 2028, observed"),
  ],
  zh: {
    "New Year's Day": '元旦',
    'Martin Luther King Jr. Day': '马丁·路德·金纪念日',
    "Washington's Birthday": '华盛顿诞辰纪念日',
    'Memorial Day': '阵亡将士纪念日',
    'Juneteenth': '六月节',
    'Independence Day': '美国独立日',
    'Labor Day': '美国劳动节',
    'Columbus Day': '哥伦布日',
    'Veterans Day': '退伍军人节',
    'Thanksgiving Day': '感恩节',
    'Christmas Day': '圣诞节',
    'Independence Day, observed': '美国独立日（补假）',
    'Juneteenth, observed': '六月节（补假）',
    'Christmas Day, observed': '圣诞节（补假）',
    "New Year's Day 2028, observed": '2028 年元旦（补假）',
  },
};

// National holidays (国民の祝日), with the substitute holidays (振替休日) that follow one on a Sunday
// and the citizens' holiday (国民の休日) between two holidays.
const JAPAN: PublicCalendar = {
  cal_id: 'ja-jp.japan.official',
  key: 'jp',
  cal_name: 'Japan public holidays (sample)',
  description: "Sample data of the sandbox: Japan's national holidays of 2025 to 2027, with their substitute holidays.",
  timezone: 'Asia/Tokyo',
  holidays: [
    off('2025-01-01', "New Year's Day"),
    off('2025-01-13', 'Coming of Age Day'),
    off('2025-02-11', 'National Foundation Day'),
    off('2025-02-23', "Emperor's Birthday"),
    off('2025-02-24', 'Substitute holiday'),
    off('2025-03-20', 'Vernal Equinox Day'),
    off('2025-04-29', 'Showa Day'),
    off('2025-05-03', 'Constitution Memorial Day'),
    off('2025-05-04', 'Greenery Day'),
    off('2025-05-05', "Children's Day"),
    off('2025-05-06', 'Substitute holiday'),
    off('2025-07-21', 'Marine Day'),
    off('2025-08-11', 'Mountain Day'),
    off('2025-09-15', 'Respect for the Aged Day'),
    off('2025-09-23', 'Autumnal Equinox Day'),
    off('2025-10-13', 'Sports Day'),
    off('2025-11-03', 'Culture Day'),
    off('2025-11-23', 'Labor Thanksgiving Day'),
    off('2025-11-24', 'Substitute holiday'),

    off('2026-01-01', "New Year's Day"),
    off('2026-01-12', 'Coming of Age Day'),
    off('2026-02-11', 'National Foundation Day'),
    off('2026-02-23', "Emperor's Birthday"),
    off('2026-03-20', 'Vernal Equinox Day'),
    off('2026-04-29', 'Showa Day'),
    off('2026-05-03', 'Constitution Memorial Day'),
    off('2026-05-04', 'Greenery Day'),
    off('2026-05-05', "Children's Day"),
    off('2026-05-06', 'Substitute holiday'),
    off('2026-07-20', 'Marine Day'),
    off('2026-08-11', 'Mountain Day'),
    off('2026-09-21', 'Respect for the Aged Day'),
    off('2026-09-22', "Citizens' holiday"),
    off('2026-09-23', 'Autumnal Equinox Day'),
    off('2026-10-12', 'Sports Day'),
    off('2026-11-03', 'Culture Day'),
    off('2026-11-23', 'Labor Thanksgiving Day'),

    off('2027-01-01', "New Year's Day"),
    off('2027-01-11', 'Coming of Age Day'),
    off('2027-02-11', 'National Foundation Day'),
    off('2027-02-23', "Emperor's Birthday"),
    off('2027-03-21', 'Vernal Equinox Day'),
    off('2027-03-22', 'Substitute holiday'),
    off('2027-04-29', 'Showa Day'),
    off('2027-05-03', 'Constitution Memorial Day'),
    off('2027-05-04', 'Greenery Day'),
    off('2027-05-05', "Children's Day"),
    off('2027-07-19', 'Marine Day'),
    off('2027-08-11', 'Mountain Day'),
    off('2027-09-20', 'Respect for the Aged Day'),
    off('2027-09-23', 'Autumnal Equinox Day'),
    off('2027-10-11', 'Sports Day'),
    off('2027-11-03', 'Culture Day'),
    off('2027-11-23', 'Labor Thanksgiving Day'),
  ],
  zh: {
    "New Year's Day": '元旦',
    'Coming of Age Day': '成人节',
    'National Foundation Day': '建国纪念日',
    "Emperor's Birthday": '天皇诞辰',
    'Substitute holiday': '补休日',
    'Vernal Equinox Day': '春分日',
    'Showa Day': '昭和日',
    'Constitution Memorial Day': '宪法纪念日',
    'Greenery Day': '绿之日',
    "Children's Day": '儿童节',
    'Marine Day': '海之日',
    'Mountain Day': '山之日',
    'Respect for the Aged Day': '敬老日',
    'Autumnal Equinox Day': '秋分日',
    'Sports Day': '体育日',
    'Culture Day': '文化日',
    'Labor Thanksgiving Day': '勤劳感谢日',
    "Citizens' holiday": '国民休息日',
  },
};

// The Ministry of Manpower's public holidays: one on a Sunday gives the Monday after. 2025 also had
// Polling Day (the general election, 3 May), which date-holidays does not list. 2027 is not
// published yet: Vesak Day is missing, and the Hari Raya dates are astronomical estimates.
const SINGAPORE: PublicCalendar = {
  cal_id: 'en-sg.singapore.official',
  key: 'sg',
  cal_name: 'Singapore public holidays (sample)',
  description:
    "Sample data of the sandbox: Singapore's public holidays of 2025 to 2027 (one on a Sunday gives the Monday after). 2027 is provisional: Vesak Day is not included and the Hari Raya dates are estimates.",
  timezone: 'Asia/Singapore',
  holidays: [
    off('2025-01-01', "New Year's Day"),
    off('2025-01-29', 'Chinese New Year', '2025-01-30'),
    off('2025-03-31', 'Hari Raya Puasa'),
    off('2025-04-18', 'Good Friday'),
    off('2025-05-01', 'Labour Day'),
    off('2025-05-03', 'Polling Day'),
    off('2025-05-12', 'Vesak Day'),
    off('2025-06-07', 'Hari Raya Haji'),
    off('2025-08-09', 'National Day'),
    off('2025-10-20', 'Deepavali'),
    off('2025-12-25', 'Christmas Day'),

    off('2026-01-01', "New Year's Day"),
    off('2026-02-17', 'Chinese New Year', '2026-02-18'),
    off('2026-03-21', 'Hari Raya Puasa'),
    off('2026-04-03', 'Good Friday'),
    off('2026-05-01', 'Labour Day'),
    off('2026-05-27', 'Hari Raya Haji'),
    off('2026-05-31', 'Vesak Day'),
    off('2026-06-01', 'Vesak Day, observed'),
    off('2026-08-09', 'National Day'),
    off('2026-08-10', 'National Day, observed'),
    off('2026-11-08', 'Deepavali'),
    off('2026-11-09', 'Deepavali, observed'),
    off('2026-12-25', 'Christmas Day'),

    off('2027-01-01', "New Year's Day"),
    off('2027-02-06', 'Chinese New Year', '2027-02-07'),
    off('2027-02-08', 'Chinese New Year, observed'),
    off('2027-03-09', 'Hari Raya Puasa'),
    off('2027-03-26', 'Good Friday'),
    off('2027-05-01', 'Labour Day'),
    off('2027-05-16', 'Hari Raya Haji'),
    off('2027-08-09', 'National Day'),
    off('2027-10-28', 'Deepavali'),
    off('2027-12-25', 'Christmas Day'),
  ],
  zh: {
    "New Year's Day": '元旦',
    'Chinese New Year': '农历新年',
    'Hari Raya Puasa': '开斋节',
    'Good Friday': '耶稣受难日',
    'Labour Day': '劳动节',
    'Polling Day': '投票日',
    'Vesak Day': '卫塞节',
    'Hari Raya Haji': '哈芝节',
    'National Day': '国庆日',
    'Deepavali': '屠妖节',
    'Christmas Day': '圣诞节',
    'Vesak Day, observed': '卫塞节（补假）',
    'National Day, observed': '国庆日（补假）',
    'Deepavali, observed': '屠妖节（补假）',
    'Chinese New Year, observed': '农历新年（补假）',
  },
};

const TABLES = [CHINA, UNITED_STATES, JAPAN, SINGAPORE];

export const CHINA_CALENDAR_ID = CHINA.cal_id;

const created = 1_767_225_600; // 2026-01-01T00:00:00Z

export function publicCalendars(): CalendarItem[] {
  return TABLES.map((t) => ({
    account_id: 0,
    team_id: 0,
    cal_id: t.cal_id,
    cal_name: t.cal_name,
    description: t.description,
    timezone: t.timezone,
    kind: 'region.official.holiday',
    workdays: [1, 2, 3, 4, 5],
    created_at: created,
    updated_at: created,
    creator_id: 0,
    updated_by: 0,
    status: 'enabled',
  }));
}

/**
 * Every calendar's holidays as the API lists inherited events: the public calendar's cal_id, end_at
 * exclusive; named in Chinese for a Chinese caller where the table has Chinese names.
 */
export function publicEvents(locale: Locale = 'en'): CalEventItem[] {
  return TABLES.flatMap((t) =>
    t.holidays.map((h) => ({
      cal_id: t.cal_id,
      event_id: `pub.${t.key}.${h.first.replaceAll('-', '')}`,
      summary: summaryOf(h, t.zh, locale),
      description: '',
      start_at: h.first,
      end_at: toExclusiveEnd(h.last),
      is_off: h.is_off,
      created_at: created,
      updated_at: created,
    })),
  );
}
