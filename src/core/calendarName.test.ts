import { describe, expect, it } from 'vitest';
import { calendarLabel, calendarNamed, sameCalendarName } from './calendarName';

describe('sameCalendarName', () => {
  it('reads names alike but for case and spaces, full-width forms included', () => {
    expect(sameCalendarName('值班', ' 值 班 ')).toBe(true);
    expect(sameCalendarName('值班', '值\u3000班')).toBe(true);
    expect(sameCalendarName('On-call Ops', 'on-call  OPS')).toBe(true);
    expect(sameCalendarName('Ops', 'Ｏｐｓ')).toBe(true);
  });

  it('reads names alike that differ only by characters that draw nothing (attacker round 12 M1)', () => {
    for (const invisible of ['\u200B', '\u00AD', '\u2060', '\uFEFF', '\u200C', '\u180E', '\u3164']) {
      expect(sameCalendarName('值班', `值${invisible}班`)).toBe(true);
    }
    expect(calendarLabel(duty, [duty, { ...twin, cal_name: '值\u200B班' }])).toBe('值班 · Asia/Shanghai · ID …111111');
  });

  it('tells other names apart', () => {
    expect(sameCalendarName('值班', '值班表')).toBe(false);
    expect(sameCalendarName('Ops', 'Ops-2')).toBe(false);
    expect(sameCalendarName('On-call', 'Oncall')).toBe(false);
  });
});

const duty = { cal_id: 'cal.AAAAAA111111', cal_name: '值班', timezone: 'Asia/Shanghai' };
const twin = { cal_id: 'cal.BBBBBB222222', cal_name: '值 班', timezone: 'Asia/Shanghai' };
const ops = { cal_id: 'cal.CCCCCC333333', cal_name: 'Ops', timezone: 'Europe/Berlin' };

describe('calendarNamed', () => {
  it('finds another calendar of the name, never the one excepted', () => {
    expect(calendarNamed([duty, ops], '值 班')).toBe(duty);
    expect(calendarNamed([duty, ops], '值班', duty.cal_id)).toBeUndefined();
    expect(calendarNamed([duty, twin], '值班', duty.cal_id)).toBe(twin);
    expect(calendarNamed([duty, ops], 'On-call')).toBeUndefined();
  });
});

describe('calendarLabel', () => {
  it('is the name and time zone while the name is the only one of its kind', () => {
    expect(calendarLabel(duty, [duty, ops])).toBe('值班 · Asia/Shanghai');
  });

  it('adds the end of the ID when another calendar has the same name', () => {
    expect(calendarLabel(duty, [duty, twin, ops])).toBe('值班 · Asia/Shanghai · ID …111111');
    expect(calendarLabel(twin, [duty, twin, ops])).toBe('值 班 · Asia/Shanghai · ID …222222');
    expect(calendarLabel(ops, [duty, twin, ops])).toBe('Ops · Europe/Berlin');
  });
});
