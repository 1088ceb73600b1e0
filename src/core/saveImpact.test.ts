import { describe, expect, it } from 'vitest';
import type { CalEventItem } from './apiContract';
import { effectiveDays, isOwnEvent } from './effectiveDays';
import { impactOfSave, impactRange } from './saveImpact';
import { calEvent } from './calEvent.fixture';

const CAL = { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] };
let n = 0;
const event = (start_at: string, end_at: string, is_off: boolean, more: Partial<CalEventItem> = {}) =>
  calEvent({ cal_id: CAL.cal_id, event_id: `cale.${n++}`, summary: `event ${n}`, start_at, end_at, is_off, created_at: n, updated_at: n, ...more });
const holiday = (start_at: string, end_at: string, is_off = true) =>
  event(start_at, end_at, is_off, { cal_id: 'zh-cn.china.official', event_id: `pub.${n}`, summary: 'National Day' });
const states = (days: ReturnType<typeof effectiveDays>) => days.map((d) => `${d.date.slice(5)} ${d.off ? 'off' : 'work'} ${d.reason.kind}`);

describe('effectiveDays', () => {
  it('follows the weekly pattern when there are no events', () => {
    expect(states(effectiveDays('2026-10-02', '2026-10-05', CAL, []))).toEqual([
      '10-02 work workday', // Friday
      '10-03 off weekly-rest',
      '10-04 off weekly-rest',
      '10-05 work workday', // Monday
    ]);
  });

  it('takes any weekly pattern, Sunday as 0', () => {
    const sixDays = { cal_id: 'cal.x', workdays: [0, 1, 2, 3, 4, 5] };
    expect(effectiveDays('2026-10-03', '2026-10-04', sixDays, []).map((d) => d.off)).toEqual([true, false]);
    expect(effectiveDays('2026-10-03', '2026-10-04', { cal_id: 'cal.x', workdays: [] }, []).every((d) => d.off)).toBe(true);
  });

  it('lets an inherited holiday override the pattern, in both directions, with its name', () => {
    const national = holiday('2026-10-01', '2026-10-08');
    const makeUp = holiday('2026-10-10', '2026-10-11', false);
    const days = effectiveDays('2026-09-30', '2026-10-11', CAL, [national, makeUp]);
    expect(states(days)).toEqual([
      '09-30 work workday',
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `10-${d} off public`),
      '10-08 work workday',
      '10-09 work workday',
      '10-10 work public', // a Saturday made a working day
      '10-11 off weekly-rest',
    ]);
    expect(days[1].reason).toEqual({ kind: 'public', event: national });
  });

  it('lets own events override both the pattern and inherited holidays', () => {
    const national = holiday('2026-10-01', '2026-10-08');
    const onCallDuty = event('2026-10-03', '2026-10-05', false); // Sat–Sun inside the holiday: working
    const teamDay = event('2026-10-09', '2026-10-10', true); // a Friday off
    const days = effectiveDays('2026-10-02', '2026-10-09', CAL, [national, onCallDuty, teamDay]);
    expect(states(days)).toEqual([
      '10-02 off public',
      '10-03 work own',
      '10-04 work own',
      '10-05 off public',
      '10-06 off public',
      '10-07 off public',
      '10-08 work workday',
      '10-09 off own',
    ]);
    expect(days[1].beneath).toEqual({ off: true, reason: { kind: 'public', event: national } });
    expect(days[1].ownEvents).toEqual([onCallDuty]);
  });

  it('lets the own event changed last decide where own events overlap', () => {
    const older = event('2026-06-01', '2026-06-04', true, { updated_at: 100 });
    const newer = event('2026-06-02', '2026-06-03', false, { updated_at: 200 });
    const days = effectiveDays('2026-06-01', '2026-06-03', CAL, [newer, older]);
    expect(states(days)).toEqual(['06-01 off own', '06-02 work own', '06-03 off own']);
    expect(days[1].ownEvents).toEqual([older, newer]);
  });

  it('covers ranges across months and years, with end_at exclusive', () => {
    const winter = event('2026-12-30', '2027-01-03', true); // 30 Dec to 2 Jan
    const dec = effectiveDays('2026-12-01', '2026-12-31', CAL, [winter]);
    expect(dec.filter((d) => d.reason.kind === 'own').map((d) => d.date)).toEqual(['2026-12-30', '2026-12-31']);
    const jan = effectiveDays('2027-01-01', '2027-01-31', CAL, [winter]);
    expect(jan.filter((d) => d.reason.kind === 'own').map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02']);
    expect(effectiveDays('2027-01-03', '2027-01-03', CAL, [winter])[0].reason.kind).toBe('weekly-rest');
    // A leap day.
    expect(effectiveDays('2028-02-28', '2028-03-01', CAL, [event('2028-02-29', '2028-03-01', true)]).map((d) => d.reason.kind)).toEqual([
      'workday',
      'own',
      'workday',
    ]);
  });

  it('reads the computed rest days of the list as derived, not as own events', () => {
    const computed = event('2026-10-03', '2026-10-04', true, { event_id: 'non_work.20261003' });
    expect(isOwnEvent(CAL.cal_id, computed)).toBe(false);
    expect(effectiveDays('2026-10-03', '2026-10-03', CAL, [computed])[0].reason.kind).toBe('weekly-rest');
  });

  it('computes a whole year of about 150 entries', () => {
    const items = Array.from({ length: 150 }, (_, i) => event(`2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`, `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 2).padStart(2, '0')}`, i % 2 === 0));
    const days = effectiveDays('2026-01-01', '2026-12-31', CAL, items);
    expect(days).toHaveLength(365);
    expect(days.filter((d) => d.reason.kind === 'own').length).toBeGreaterThan(100);
  });
});

describe('impactOfSave', () => {
  it('says which days change, which are already so, and which own events overlap', () => {
    const existing = event('2026-10-06', '2026-10-07', false);
    // Fri, Sat, Sun, Mon, Tue (own: working)
    expect(impactOfSave(CAL, [existing], { first: '2026-10-02', last: '2026-10-06', isOff: true })).toEqual({
      toOff: ['2026-10-02', '2026-10-05', '2026-10-06'],
      toWork: [],
      unchanged: ['2026-10-03', '2026-10-04'],
      overlapping: [existing],
    });
  });

  it('judges an edited event’s days as they are now, the event included, and does not call it an overlap', () => {
    const edited = event('2026-10-05', '2026-10-07', true); // Mon–Tue off
    // Saving it again as it is changes nothing: its days are already off (issue 9: it said "become").
    expect(impactOfSave(CAL, [edited], { first: '2026-10-05', last: '2026-10-06', isOff: true }, edited)).toEqual({ toOff: [], toWork: [], unchanged: ['2026-10-05', '2026-10-06'], overlapping: [] });
    // Made a working-day override, both days become working days again.
    expect(impactOfSave(CAL, [edited], { first: '2026-10-05', last: '2026-10-06', isOff: false }, edited)).toEqual({ toOff: [], toWork: ['2026-10-05', '2026-10-06'], unchanged: [], overlapping: [] });
  });

  it('a move says both the days that become days off and those that go back to working days (issue 20)', () => {
    const offsite = event('2026-05-12', '2026-05-15', true); // Tue–Thu 12–14 May off
    const draft = { first: '2026-05-19', last: '2026-05-21', isOff: true };
    expect(impactRange(draft, offsite)).toEqual({ first: '2026-05-12', last: '2026-05-21' });
    expect(impactOfSave(CAL, [offsite], draft, offsite)).toEqual({
      toOff: ['2026-05-19', '2026-05-20', '2026-05-21'],
      toWork: ['2026-05-12', '2026-05-13', '2026-05-14'],
      unchanged: [],
      overlapping: [],
    });
  });

  it('a day the moved event leaves keeps what decides beneath it: another own event, a public holiday, a weekend', () => {
    const moved = event('2026-10-01', '2026-10-06', false); // Thu 1 – Mon 5 Oct, working
    const other = event('2026-10-02', '2026-10-03', true, { updated_at: 0 }); // Fri 2, off, changed before
    const impact = impactOfSave(CAL, [holiday('2026-10-01', '2026-10-02'), moved, other], { first: '2026-10-05', last: '2026-10-05', isOff: false }, moved);
    // Thu 1: the holiday again; Fri 2: the other own event; Sat 3, Sun 4: the weekend; Mon 5 stays working.
    expect(impact).toEqual({ toOff: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'], toWork: [], unchanged: ['2026-10-05'], overlapping: [] });
  });
});
