// The tick bar's buttons (attacker round 11, H2): "Days off only" ticked every festival and solar
// term Apple's feed leaves unmarked (45 days off instead of 19), and a copy's 春节 on 2026's dates in
// 2027. The kind buttons never tick a row the preview leaves unticked for a reason, unless by hand.
import { describe, expect, it } from 'vitest';
import { calEvent } from '../../core/calEvent.fixture';
import { toExclusiveEnd } from '../../core/dates';
import { ticksOfAll, ticksOfKind, type Ticks } from './bulkTicks';
import { copyRows, daysOffOf } from './copyRows';
import { parseIcs } from './parseIcs';
import { preview, type PreviewRow } from './preview';
import { movedHolidayCheck, publicHolidayRows } from './publicHolidays';
import { APPLE_CN_2026 } from './testdata/appleCn2026';

// Apple's marked days off, by their first day.
const DAYS_OFF = ['元旦 2026-01-01', '春节 2026-02-15', '清明 2026-04-04', '劳动节 2026-05-01', '端午 2026-06-19', '中秋 2026-09-25', '国庆 2026-10-01'];
const byDate = (a: string, b: string) => a.slice(-10).localeCompare(b.slice(-10));
const CAL = { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] };
const names = (rows: readonly PreviewRow[], ticks: Ticks) => rows.flatMap((p, i) => (ticks[i] && p.status !== 'invalid' ? [`${p.row.summary} ${p.row.start}`] : []));

describe('the kind buttons', () => {
  const parsed = parseIcs(APPLE_CN_2026, 2026, 'Asia/Shanghai');
  const shown = preview(parsed.ok ? parsed.rows : [], { calendar: CAL, items: [], year: 2026 }).rows;
  const at = (name: string) => {
    const index = shown.findIndex((p) => p.status !== 'invalid' && `${p.row.summary} ${p.row.start}` === name);
    if (index < 0) throw new Error(`no row ${name}`);
    return index;
  };

  it('tick Apple’s marked days off only, and say how many days off stay unticked for their reason', () => {
    const { ticks, withReason } = ticksOfKind(shown, {}, true);
    expect(names(shown, ticks)).toEqual(DAYS_OFF);
    expect(withReason).toBe(17);
    const work = ticksOfKind(shown, {}, false);
    expect(names(shown, work.ticks)).toEqual(['元旦（班） 2026-01-04', '春节（班） 2026-02-14', '春节（班） 2026-02-28', '劳动节（班） 2026-05-09', '国庆（班） 2026-09-20', '国庆（班） 2026-10-10']);
    expect(work.withReason).toBe(0);
  });

  it('keep the rows ticked or unticked by hand', () => {
    const byHand = { [at('元宵节 2026-03-03')]: true, [at('春节 2026-02-15')]: false, [at('元旦（班） 2026-01-04')]: true };
    const { ticks, withReason } = ticksOfKind(shown, byHand, true);
    expect(names(shown, ticks)).toEqual(DAYS_OFF.filter((d) => d !== '春节 2026-02-15').concat('元宵节 2026-03-03').sort(byDate));
    expect(withReason).toBe(16);
  });

  it('leave a copy moved to another year on its year’s schedule: 2026’s 春节 is not ticked in 2027', () => {
    const china2026 = publicHolidayRows('CN', 2026, 'zh-CN').flatMap((r) => (r.kind === 'row' ? [r] : []));
    const events = [
      ...china2026.map((r) => calEvent({ event_id: `cale.${r.start}`, summary: r.summary, start_at: r.start, end_at: toExclusiveEnd(r.last), is_off: r.isOff })),
      calEvent({ event_id: 'cale.founded', summary: '公司成立日', start_at: '2026-03-18', end_at: '2026-03-19', is_off: true }),
    ];
    const moved = preview(copyRows(events, 2027, movedHolidayCheck('Asia/Shanghai', daysOffOf(events))), { calendar: CAL, items: [], year: 2027 }).rows;
    const off = ticksOfKind(moved, {}, true);
    expect(names(moved, off.ticks)).toEqual(['公司成立日 2027-03-18']);
    expect(off.withReason).toBe(7);
    expect(names(moved, ticksOfKind(moved, {}, false).ticks)).toEqual([]);
  });
});

describe('Tick all', () => {
  it('ticks every row that can be imported, and counts those the preview leaves unticked for a reason', () => {
    const parsed = parseIcs(APPLE_CN_2026, 2026, 'Asia/Shanghai');
    const shown = preview(parsed.ok ? parsed.rows : [], { calendar: CAL, items: [], year: 2026 }).rows;
    const { ticks, withReason } = ticksOfAll(shown);
    expect(Object.values(ticks).filter(Boolean)).toHaveLength(30);
    expect(withReason).toBe(17);
  });
});
