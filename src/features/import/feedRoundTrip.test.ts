// The subscription feed (src/core/feed.ts, written by src/core/ics.ts) imported back into the calendar
// it came from changes nothing: its own events are already there, and its inherited public holidays,
// which the preview does not count as the calendar's own (preview.test.ts), change no day.
import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { feedEvents, feedWindow } from '../../core/feed';
import { toIcsText } from '../../core/ics';
import { LOCALES } from '../../core/locale';
import { parseIcs } from './parseIcs';
import { preview } from './preview';
import { calEvent } from '../../core/calEvent.fixture';

const CAL = { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] };
const item = (more: Partial<CalEventItem>) => calEvent({ cal_id: CAL.cal_id, summary: 'x', start_at: '2026-01-01', end_at: '2026-01-02', created_at: 1_780_000_000, updated_at: 1_780_000_000, ...more });
const china = (event_id: string, summary: string, start_at: string, end_at: string, is_off = true) =>
  item({ cal_id: 'zh-cn.china.official', event_id, summary, start_at, end_at, is_off, created_at: 0, updated_at: 0 });

// A year as the event list gives it: public holidays and make-up days, a computed rest day, own events
// (one overriding a day of National Day, one working day on a Saturday, one spanning the new year).
const ITEMS: CalEventItem[] = [
  china('pub.national', '国庆节、中秋节', '2026-10-01', '2026-10-08'),
  china('pub.makeup', '国庆节、中秋节 调休上班', '2026-10-10', '2026-10-11', false),
  china('pub.labour', '劳动节', '2026-05-01', '2026-05-06'),
  item({ event_id: 'non_work.20260103', summary: 'non-working day', start_at: '2026-01-03', end_at: '2026-01-04', created_at: 0, updated_at: 0 }),
  item({ event_id: 'cale.duty', summary: 'On-call duty', start_at: '2026-10-03', end_at: '2026-10-04', is_off: false, updated_at: 1_790_000_000 }),
  item({ event_id: 'cale.release', summary: 'Release weekend', start_at: '2026-09-05', end_at: '2026-09-07', is_off: false }),
  item({ event_id: 'cale.winter', summary: 'Winter break', start_at: '2026-12-30', end_at: '2027-01-03' }),
];

describe.each(LOCALES)('the feed in %s, imported back into its calendar', (locale) => {
  const { first, last } = feedWindow(2026);
  const events = feedEvents(CAL, ITEMS, first, last, 0);
  const text = toIcsText({ name: 'Team', events, locale, refreshMinutes: 60 });

  it('holds the own events whole and the public holidays where they decide', () => {
    expect(events.map((e) => `${e.start}|${e.end}|${e.isOff}|${e.summary}`)).toEqual([
      '2026-05-01|2026-05-06|true|劳动节',
      '2026-09-05|2026-09-07|false|Release weekend',
      '2026-10-01|2026-10-03|true|国庆节、中秋节',
      '2026-10-03|2026-10-04|false|On-call duty',
      '2026-10-04|2026-10-08|true|国庆节、中秋节',
      '2026-10-10|2026-10-11|false|国庆节、中秋节 调休上班',
      '2026-12-30|2027-01-03|true|Winter break',
    ]);
  });

  it('says every own event of the year is already there, and importing the rest changes no day', () => {
    const parsed = parseIcs(text, 2026);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows).toHaveLength(7);
    const result = preview(parsed.rows, { calendar: CAL, items: ITEMS, year: 2026 });
    // The public holidays' days are so already by the linked calendar: "already so", unticked.
    const inherited = (summary: string) => summary.startsWith('国庆节') || summary === '劳动节';
    expect(result.rows.map((r) => `${r.status}|${r.row.summary}`)).toEqual(
      parsed.rows.map((r) => `${inherited(r.summary) ? 'unchanged' : 'already'}|${r.summary}`),
    );
    expect(result.counts.unchanged).toBe(4);
    expect(result.counts.already).toBe(3);
    expect(result.impact).toEqual({ becomeOff: [], becomeWorking: [] });
  });

  it('into another calendar, the same rows are new', () => {
    const parsed = parseIcs(text, 2026);
    const other = { cal_id: 'cal.other', workdays: [1, 2, 3, 4, 5] };
    const result = parsed.ok ? preview(parsed.rows, { calendar: other, items: [], year: 2026 }) : undefined;
    expect(result?.counts).toMatchObject({ new: 7, already: 0 });
  });
});
