import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { CalendarItem } from './apiContract';
import { calendarSettingsSchema, fieldsOf, newCalendarSettings, settingsOf, toCreateRequest, toMatchCreate, toUpdateRequest, type CalendarSettings } from './calendarSettingsSchema';

const valid: CalendarSettings = { cal_name: 'On-call Berlin', description: '', timezone: 'Europe/Berlin', workdays: [1, 2, 3, 4, 5], extra_cal_ids: [] };
const firstMessage = (values: unknown) => {
  const result = z.safeParse(calendarSettingsSchema, values);
  return result.success ? undefined : result.error.issues[0].message;
};

describe('calendarSettingsSchema', () => {
  it('accepts a valid calendar and trims its name', () => {
    const result = z.parse(calendarSettingsSchema, { ...valid, cal_name: '  On-call Berlin  ' });
    expect(result.cal_name).toBe('On-call Berlin');
  });

  it.each([
    ['an empty name', { cal_name: '   ' }, 'nameRequired'],
    ['a name of 40 characters', { cal_name: 'x'.repeat(40) }, 'nameTooLong'],
    ['a name of zero-width spaces', { cal_name: '\u200b\u200b' }, 'nameInvisible'],
    ['a line break in the name', { cal_name: 'a\nb' }, 'controlCharacters'],
    ['a description of 500 characters', { description: 'x'.repeat(500) }, 'descriptionTooLong'],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timeZoneInvalid'],
    ['an empty time zone', { timezone: '' }, 'timeZoneInvalid'],
    ['a weekday twice', { workdays: [1, 1] }, 'workdaysInvalid'],
  ])('refuses %s', (_what, change, key) => {
    expect(firstMessage({ ...valid, ...change })).toBe(key);
  });

  it('takes 39 characters, counting an emoji or a CJK character as one', () => {
    expect(firstMessage({ ...valid, cal_name: '值'.repeat(38) + '😀' })).toBeUndefined();
    expect(firstMessage({ ...valid, description: '值'.repeat(499) })).toBeUndefined();
  });

  it('allows a calendar with no working day (every day off)', () => {
    expect(firstMessage({ ...valid, workdays: [] })).toBeUndefined();
  });
});

describe('newCalendarSettings', () => {
  it('starts Monday to Friday in the browser’s time zone', () => {
    expect(newCalendarSettings('Europe/Paris')).toMatchObject({ timezone: 'Europe/Paris', workdays: [1, 2, 3, 4, 5] });
  });
  it('falls back to Flashduty’s default zone when the browser’s is unknown', () => {
    expect(newCalendarSettings('Nowhere/Land').timezone).toBe('Asia/Shanghai');
  });
});

describe('toUpdateRequest', () => {
  const calendar = { cal_id: 'cal.1', cal_name: 'A', description: 'd', timezone: 'Asia/Tokyo', workdays: [5, 1, 2, 3, 4], extra_cal_ids: ['x'] } as CalendarItem;
  const before = settingsOf(calendar);

  it('sends nothing when nothing changed (weekday order does not count)', () => {
    expect(toUpdateRequest('cal.1', before, { ...before, workdays: [1, 2, 3, 4, 5] })).toBeUndefined();
  });

  it('sends only the fields that changed', () => {
    expect(toUpdateRequest('cal.1', before, { ...before, cal_name: 'B' })).toEqual({ cal_id: 'cal.1', cal_name: 'B' });
    expect(toUpdateRequest('cal.1', before, { ...before, workdays: [0, 4, 3, 2, 1] })).toEqual({ cal_id: 'cal.1', workdays: [0, 1, 2, 3, 4] });
  });

  it('sends an empty list to unlink every public calendar, and an empty description to clear it', () => {
    expect(toUpdateRequest('cal.1', before, { ...before, extra_cal_ids: [], description: '' })).toEqual({ cal_id: 'cal.1', extra_cal_ids: [], description: '' });
  });
});

describe('toCreateRequest', () => {
  it('sends every field, weekdays in order', () => {
    expect(toCreateRequest({ ...valid, workdays: [4, 0, 1] })).toEqual({ ...valid, workdays: [0, 1, 4] });
  });
});

describe('toMatchCreate', () => {
  const found = { cal_id: 'cal.1', cal_name: 'Ops', description: '', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], extra_cal_ids: ['zh-cn.china.official'] } as CalendarItem;
  const asFound = { cal_name: 'Ops', description: '', timezone: 'Asia/Shanghai', workdays: [5, 4, 3, 2, 1], extra_cal_ids: ['zh-cn.china.official'] };

  it('asks nothing of a calendar that holds what the create asks (weekday order does not count)', () => {
    expect(toMatchCreate(found, asFound)).toBeUndefined();
    expect(toMatchCreate(found, { cal_name: 'Ops', timezone: '' })).toBeUndefined(); // the API's default zone; left-out fields stay
  });

  it('sends the fields the form changed since, and names them in the form’s order', () => {
    const update = toMatchCreate(found, { ...asFound, timezone: 'America/New_York', workdays: [1, 2, 3, 4, 5, 6], description: 'Night shift' });
    expect(update).toEqual({ cal_id: 'cal.1', description: 'Night shift', timezone: 'America/New_York', workdays: [1, 2, 3, 4, 5, 6] });
    expect(fieldsOf(update!)).toEqual(['description', 'timezone', 'workdays']);
    expect(toMatchCreate(found, { ...asFound, extra_cal_ids: [] })).toEqual({ cal_id: 'cal.1', extra_cal_ids: [] });
  });

  it('keeps the found name: it was found by it, trimmed', () => {
    expect(toMatchCreate(found, { ...asFound, cal_name: ' Ops ' })).toBeUndefined();
  });
});
