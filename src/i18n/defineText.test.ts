import { describe, expect, it } from 'vitest';
import { CALENDAR_TEXTS, SETTINGS_MESSAGES } from '../features/calendars/calendarText';
import { paramsIn, textsFor, type Texts } from './defineText';

const DICTIONARIES: [string, Texts<Record<string, string>>][] = [
  ['calendar', CALENDAR_TEXTS],
  ['settings messages', SETTINGS_MESSAGES],
];

describe.each(DICTIONARIES)('the %s texts', (_name, texts) => {
  it.each(Object.keys(texts.en))('“%s” has the same parameters in Chinese as in English', (key) => {
    expect(paramsIn(texts['zh-CN'][key])).toEqual(paramsIn(texts.en[key]));
  });
});

describe('textsFor', () => {
  it('fills in the parameters', () => {
    expect(textsFor(CALENDAR_TEXTS, 'en')('deleteTitle', { name: 'A' })).toBe('Delete “A”?');
    expect(textsFor(CALENDAR_TEXTS, 'zh-CN')('deleteTitle', { name: 'A' })).toBe('删除“A”？');
  });

  it('checks the parameters at compile time (npm run typecheck fails when an expected error is gone)', () => {
    const text = textsFor(CALENDAR_TEXTS, 'en');
    // Type-checked, never run: each line must be a compile error.
    const wrongCalls = () => {
        // @ts-expect-error -- "name" is missing
      text('deleteTitle');
      // @ts-expect-error -- "nme" is not a parameter of the text
      text('deleteTitle', { nme: 'A' });
      // @ts-expect-error -- no such key
      text('deleteTitel', { name: 'A' });
    };
    expect(wrongCalls).toBeTypeOf('function');
    expect(text('newCalendar')).toBe('New calendar');
  });
});
