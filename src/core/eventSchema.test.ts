import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { eventFormSchema, farLastDay, toUpsertRequest, upsertRequestSchema, type EventFormInput } from './eventSchema';
import { codePointLength, DESCRIPTION_MAX, SUMMARY_MAX } from './limits';

const valid: EventFormInput = {
  cal_id: 'cal.x',
  summary: 'National Day',
  description: '',
  is_off: true,
  start_date: '2026-10-01',
  last_date: '2026-10-07',
};

/** The message keys of the failing fields, by field. */
function problems(input: Partial<EventFormInput>) {
  const result = z.safeParse(eventFormSchema, { ...valid, ...input });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('summary', () => {
  it.each([
    ['39 latin characters', 'a'.repeat(39), {}],
    ['40 latin characters', 'a'.repeat(40), {}],
    ['41 latin characters', 'a'.repeat(41), { summary: 'summaryTooLong' }],
    ['40 CJK characters', '国'.repeat(40), {}],
    ['41 CJK characters', '国'.repeat(41), { summary: 'summaryTooLong' }],
    ['40 emoji', '🎉'.repeat(40), {}],
    ['41 emoji', '🎉'.repeat(41), { summary: 'summaryTooLong' }],
    ['empty', '', { summary: 'summaryRequired' }],
    ['whitespace only', ' \t\u3000 ', { summary: 'summaryRequired' }],
    ['zero-width spaces only', '\u200B\u200B\u200B', { summary: 'summaryInvisible' }],
    ['a byte-order mark and a joiner only', '\uFEFF\u200D', { summary: 'summaryInvisible' }],
    ['fillers that draw nothing: Hangul fillers, the braille blank', '\u3164\u115F\u1160\uFFA0\u2800', { summary: 'summaryInvisible' }],
    ['a Hangul word', '설날', {}],
    ['braille', '\u2807\u2801', {}],
    ['a NUL', 'Day\u0000off', { summary: 'controlCharacters' }],
    ['a line break', 'Day\r\noff', { summary: 'controlCharacters' }],
    ['a right-to-left override', 'Holiday \u202Efdp.exe', { summary: 'controlCharacters' }],
    ['a directional isolate', 'x\u2066y\u2069', { summary: 'controlCharacters' }],
    ['a line separator', 'x\u2028y', { summary: 'controlCharacters' }],
    ['a lone surrogate', 'x\uDC00y', { summary: 'controlCharacters' }],
    ['the flag of England (tag characters)', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', {}],
    ['an emoji only', '🎉', {}],
    ['Arabic with a right-to-left mark', 'عيد\u200F', {}],
    ['40 characters inside spaces', `  ${'a'.repeat(40)}  `, {}],
  ])('%s', (_name, summary, expected) => {
    expect(problems({ summary })).toEqual(expected);
  });

  it('is trimmed in the output', () => {
    const out = z.parse(eventFormSchema, { ...valid, summary: '  Labour Day ' });
    expect(out.summary).toBe('Labour Day');
  });

  it('counts code points: an emoji is one, a CJK character is one', () => {
    expect(codePointLength('🎉')).toBe(1);
    expect(codePointLength('国庆')).toBe(2);
    expect('🎉'.length).toBe(2); // what a naive count would have used
    expect(SUMMARY_MAX).toBe(40);
  });
});

describe('description', () => {
  it('takes up to 500 characters, CJK and emoji counted as one', () => {
    expect(problems({ description: '说'.repeat(DESCRIPTION_MAX) })).toEqual({});
    expect(problems({ description: '🎉'.repeat(DESCRIPTION_MAX) })).toEqual({});
    expect(problems({ description: 'a'.repeat(DESCRIPTION_MAX + 1) })).toEqual({ description: 'descriptionTooLong' });
  });
  it('is optional', () => {
    expect(problems({ description: '' })).toEqual({});
    expect(problems({ description: 'Line one\nLine two\r\n\tindented' })).toEqual({});
    expect(problems({ description: 'bell\u0007' })).toEqual({ description: 'controlCharacters' });
    expect(problems({ description: 'see \u202Etxt.exe' })).toEqual({ description: 'controlCharacters' });
  });
});

describe('dates', () => {
  it('require a date', () => {
    expect(problems({ start_date: '', last_date: '' })).toEqual({ start_date: 'dateRequired', last_date: 'dateRequired' });
  });
  it('reject what is not YYYY-MM-DD or not a real day', () => {
    expect(problems({ start_date: '2026-10-1' })).toEqual({ start_date: 'dateInvalid' });
    expect(problems({ last_date: '2026-02-30' })).toEqual({ last_date: 'dateInvalid' });
  });
  it('put an end before the start on the end date', () => {
    expect(problems({ start_date: '2026-10-07', last_date: '2026-10-01' })).toEqual({ last_date: 'endBeforeStart' });
  });
  it('accept a one-day event', () => {
    expect(problems({ start_date: '2026-10-01', last_date: '2026-10-01' })).toEqual({});
  });
});

describe('farLastDay: a last day more than 10 years after this year is asked about', () => {
  it('names 2206 for 2026 (a typo), and 2037, but not 2036 nor a date that is none', () => {
    expect(farLastDay('2206-12-22', 2026)).toBe('2206-12-22');
    expect(farLastDay('2037-01-01', 2026)).toBe('2037-01-01');
    expect(farLastDay('2036-12-31', 2026)).toBeUndefined();
    expect(farLastDay('2206-02-30', 2026)).toBeUndefined();
    expect(farLastDay('', 2026)).toBeUndefined();
  });
});

describe('the first day (the form’s and an import’s): the API lists events from 2023 on', () => {
  const edit = (input: Partial<EventFormInput>) => problems(input);
  it('refuses a start before 2023-01-01, such as 1026 typed for 2026', () => {
    expect(edit({ start_date: '1026-12-22', last_date: '1026-12-22' })).toEqual({ start_date: 'dateBeforeFirstYear' });
    expect(edit({ start_date: '2022-12-31', last_date: '2023-01-02' })).toEqual({ start_date: 'dateBeforeFirstYear' });
  });
  it('accepts 2023-01-01 on, to 9999-12-31', () => {
    expect(edit({ start_date: '2023-01-01', last_date: '2023-01-01' })).toEqual({});
    expect(edit({ start_date: '9999-12-31', last_date: '9999-12-31' })).toEqual({});
  });
  it('says the other problems as the event’s rules do (an end before an early start: the start)', () => {
    expect(edit({ start_date: '1026-12-22', last_date: '1026-12-21' })).toEqual({ start_date: 'dateBeforeFirstYear', last_date: 'endBeforeStart' });
    expect(edit({ start_date: '2026-10-1' })).toEqual({ start_date: 'dateInvalid' });
    expect(edit({ start_date: '' })).toEqual({ start_date: 'dateRequired' });
  });
});

describe('calendar', () => {
  it('is required', () => {
    expect(problems({ cal_id: '' })).toEqual({ cal_id: 'calendarRequired' });
  });
});

describe('toUpsertRequest', () => {
  it('sends exactly the contract fields, end_at exclusive, no event_id when creating', () => {
    const request = toUpsertRequest(z.parse(eventFormSchema, valid));
    expect(request).toEqual({
      cal_id: 'cal.x',
      summary: 'National Day',
      description: '',
      is_off: true,
      start_at: '2026-10-01',
      end_at: '2026-10-08',
    });
    expect('event_id' in request).toBe(false);
  });
  it('sends the event_id when updating and is_off false explicitly', () => {
    const request = toUpsertRequest(z.parse(eventFormSchema, { ...valid, is_off: false }), 'cale.abc');
    expect(request.event_id).toBe('cale.abc');
    expect(request.is_off).toBe(false);
    expect(JSON.parse(JSON.stringify(request))).toHaveProperty('is_off', false);
  });
  it('produces requests the server-side schema accepts', () => {
    const request = toUpsertRequest(z.parse(eventFormSchema, { ...valid, start_date: '2026-12-31', last_date: '2026-12-31' }));
    expect(z.safeParse(upsertRequestSchema, request).success).toBe(true);
    expect(request.end_at).toBe('2027-01-01');
  });
});

describe('upsertRequestSchema (the sandbox re-validates with it)', () => {
  const wire = { cal_id: 'cal.x', summary: 'x', is_off: true, start_at: '2026-05-01', end_at: '2026-05-02' };
  it('rejects an end_at that is not after start_at (end_at is exclusive)', () => {
    const r = z.safeParse(upsertRequestSchema, { ...wire, end_at: '2026-05-01' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['end_at']);
  });
  it('requires is_off', () => {
    const { is_off: _omitted, ...rest } = wire;
    expect(z.safeParse(upsertRequestSchema, rest).success).toBe(false);
  });
  it('refuses an empty event_id (it names no event to update)', () => {
    expect(z.safeParse(upsertRequestSchema, { ...wire, event_id: '' }).success).toBe(false);
  });
  it('limits event_id to 63 characters', () => {
    expect(z.safeParse(upsertRequestSchema, { ...wire, event_id: 'e'.repeat(63) }).success).toBe(true);
    expect(z.safeParse(upsertRequestSchema, { ...wire, event_id: 'e'.repeat(64) }).success).toBe(false);
  });
});
