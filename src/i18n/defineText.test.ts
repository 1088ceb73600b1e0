// Every dictionary of the panel and the server: each Chinese text holds the same parameters as the
// English one (the types check that every key is there and that each call gives the English
// template's parameters; they cannot see inside the Chinese strings).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES, PROXY_MESSAGES, REQUEST_MESSAGES } from '../../server/messages';
import { SANDBOX_MESSAGES, SANDBOX_REASONS } from '../../server/sandbox/messages';
import { paramsIn, templatesOf, textsFor, type Dictionary, type Texts } from '../core/text';
import { CALENDAR_TEXTS, SETTINGS_MESSAGES } from '../features/calendars/calendarText';
import { DATE_TEXTS } from '../core/formatDates';
import { EXPORT_TEXTS } from '../features/import/exportText';
import { IMPORT_TEXTS } from '../features/import/importText';
import { WORKSPACE_TEXTS } from '../features/workspace/workspaceText';
import { ERROR_TEXTS } from './errorMessages';
import { PAGE_TEXTS, VALIDATION_TEXTS } from './messages';

const DICTIONARIES: [string, Texts<Dictionary>][] = [
  ['page', PAGE_TEXTS],
  ['validation', VALIDATION_TEXTS],
  ['workspace', WORKSPACE_TEXTS],
  ['error', ERROR_TEXTS],
  ['calendar', CALENDAR_TEXTS],
  ['settings messages', SETTINGS_MESSAGES],
  ['import', IMPORT_TEXTS],
  ['export', EXPORT_TEXTS],
  ['date', DATE_TEXTS],
  ['server default message', DEFAULT_MESSAGES],
  ['server proxy message', PROXY_MESSAGES],
  ['server request message', REQUEST_MESSAGES],
  ['sandbox message', SANDBOX_MESSAGES],
  ['sandbox reason', SANDBOX_REASONS],
];

describe.each(DICTIONARIES)('the %s texts', (_name, texts) => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(texts['zh-CN']).sort()).toEqual(Object.keys(texts.en).sort());
  });

  it.each(Object.keys(texts.en))('“%s” has the same parameters in Chinese as in English', (key) => {
    const english = texts.en[key];
    const params = paramsIn(templatesOf(english)[0]);
    // Each plural form names the same parameters, count among them.
    for (const form of templatesOf(english)) expect(paramsIn(form)).toEqual(params);
    if (typeof english !== 'string') expect(params).toContain('count');
    for (const form of templatesOf(texts['zh-CN'][key])) expect(paramsIn(form)).toEqual(params);
  });
});

describe('textsFor', () => {
  it('fills in the parameters', () => {
    expect(textsFor(CALENDAR_TEXTS, 'en')('deleteTitle', { name: 'A' })).toBe('Delete “A”?');
    expect(textsFor(CALENDAR_TEXTS, 'zh-CN')('deleteTitle', { name: 'A' })).toBe('删除“A”？');
  });

  it('picks the plural form of the count', () => {
    const en = textsFor(WORKSPACE_TEXTS, 'en');
    expect(en('impactToWork', { count: 1, list: 'Sat' })).toBe('1 day becomes a working day: Sat.');
    expect(en('impactToWork', { count: 2, list: 'Sat and Sun' })).toBe('2 days become working days: Sat and Sun.');
    expect(en('impactToWork', { count: 0, list: '' })).toBe('0 days become working days: .');
    expect(textsFor(WORKSPACE_TEXTS, 'zh-CN')('impactToWork', { count: 1, list: '周六' })).toBe('1 天变为工作日：周六。');
    expect(textsFor(IMPORT_TEXTS, 'en')('undoSummary', { count: 1 })).toBe('1 event deleted.');
    expect(textsFor(IMPORT_TEXTS, 'en')('previewCounts', { count: 1, new: 1, overlaps: 0, already: 0, invalid: 0 })).toBe(
      '1 row: 1 new, 0 overlapping, 0 already there, 0 invalid.',
    );
  });
});
