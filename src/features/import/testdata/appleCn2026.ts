// Apple's 中国大陆节假日 holiday calendar (iCloud) for 2026, in its shape: each holiday's days off as
// “元旦（休）” marked X-APPLE-SPECIAL-DAY:WORK-HOLIDAY, its make-up working days “元旦（班）” marked
// ALTERNATE-WORKDAY, and beside them, unmarked, the festivals, the holidays' own names (a yearly
// series) and the solar terms: 13 marked events (7 days off, 6 make-up working days), 17 unmarked.
// Written for the tests (attacker round 10, H1; round 11, H2), the days those of the State Council's
// notice for 2026.
export const appleEvent = (summary: string, start: string, end?: string, special?: 'WORK-HOLIDAY' | 'ALTERNATE-WORKDAY', rrule?: string) => [
  'BEGIN:VEVENT',
  `UID:${summary}-${start}@apple.test`,
  'DTSTAMP;VALUE=DATE:19760401',
  `DTSTART;VALUE=DATE:${start.replaceAll('-', '')}`,
  ...(end ? [`DTEND;VALUE=DATE:${end.replaceAll('-', '')}`] : []),
  'CLASS:PUBLIC',
  `SUMMARY;LANGUAGE=zh_CN:${summary}`,
  'TRANSP:TRANSPARENT',
  'CATEGORIES:節慶',
  ...(special ? [`X-APPLE-SPECIAL-DAY:${special}`] : []),
  ...(rrule ? [`RRULE:${rrule}`] : []),
  'END:VEVENT',
];
const off = (summary: string, first: string, endExclusive: string) => appleEvent(`${summary}（休）`, first, endExclusive, 'WORK-HOLIDAY');
const work = (summary: string, day: string) => appleEvent(`${summary}（班）`, day, undefined, 'ALTERNATE-WORKDAY');
const plain = (summary: string, day: string, rrule?: string) => appleEvent(summary, day, undefined, undefined, rrule);

export const APPLE_CN_2026 = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:icalendar-ruby', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:中国大陆节假日', 'X-APPLE-LANGUAGE:zh', 'X-APPLE-REGION:CN',
  ...off('元旦', '2026-01-01', '2026-01-04'), ...work('元旦', '2026-01-04'), ...plain('元旦', '2024-01-01', 'FREQ=YEARLY;COUNT=6'),
  ...work('春节', '2026-02-14'), ...off('春节', '2026-02-15', '2026-02-24'), ...work('春节', '2026-02-28'), ...plain('春节', '2026-02-17'), ...plain('除夕', '2026-02-16'),
  ...plain('立春', '2026-02-04'), ...plain('元宵节', '2026-03-03'), ...plain('植树节', '2026-03-12'),
  ...off('清明', '2026-04-04', '2026-04-07'), ...plain('清明', '2026-04-05'),
  ...off('劳动节', '2026-05-01', '2026-05-06'), ...work('劳动节', '2026-05-09'), ...plain('立夏', '2026-05-05'),
  ...plain('儿童节', '2026-06-01'), ...off('端午', '2026-06-19', '2026-06-22'), ...plain('端午节', '2026-06-19'),
  ...plain('七夕', '2026-08-19'), ...plain('教师节', '2026-09-10'),
  ...work('国庆', '2026-09-20'), ...off('中秋', '2026-09-25', '2026-09-28'), ...plain('中秋节', '2026-09-25'),
  ...off('国庆', '2026-10-01', '2026-10-08'), ...work('国庆', '2026-10-10'), ...plain('国庆节', '2026-10-01'),
  ...plain('冬至', '2026-12-22'), ...plain('平安夜', '2026-12-24'), ...plain('圣诞节', '2026-12-25'),
  'END:VCALENDAR', '',
].join('\r\n');
