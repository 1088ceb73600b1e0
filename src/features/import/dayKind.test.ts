import { describe, expect, it } from 'vitest';
import { workWordOf } from '../../core/dayWords';
import { appleKindOf, kindOfTexts } from './dayKind';

describe('workWordOf', () => {
  it('finds the make-up working day as Chinese feeds write it', () => {
    expect(workWordOf('上班(补春节假期)')).toBe('上班');
    expect(workWordOf('春节补班')).toBe('补班');
    expect(workWordOf('国庆调休上班')).toBe('调休上班');
    expect(workWordOf('春节(班)')).toBe('(班)');
    expect(workWordOf('春节（班）')).toBe('（班）');
    expect(workWordOf(' 班 ')).toBe('班');
  });

  it('reads no working day in 休, 假, 放假 or a negated 上班', () => {
    for (const text of ['春节(休)', '休', '春节假期', '国庆节放假', '调休', '补休', '不上班', '无需上班', '班会', '航班停飞', '']) expect(workWordOf(text)).toBeUndefined();
  });
});

describe('kindOfTexts', () => {
  it('reads the summary, then the description, then each category', () => {
    expect(kindOfTexts({ summary: '上班(补元旦假期)' })).toEqual({ isOff: false, why: { code: 'word', field: 'summary', word: '上班' } });
    expect(kindOfTexts({ summary: '春节', description: '班' })).toEqual({ isOff: false, why: { code: 'word', field: 'description', word: '班' } });
    expect(kindOfTexts({ summary: 'Spring Festival', categories: '节假日,补班' })).toEqual({ isOff: false, why: { code: 'word', field: 'categories', word: '补班' } });
  });

  it('lets the summary decide over the description: a 假期, 休 or 放假 day is a day off whatever the notice it quotes says', () => {
    // The ShuYZ / lanceliao 中国节假日 feed (holidayCal.ics): every day's description quotes the State Council's notice.
    const notice = '七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。\n\n放假通知: https://www.gov.cn/';
    expect(kindOfTexts({ summary: '国庆节 假期 第1天/共7天', description: notice })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: '国庆节 补班 第2天/共2天', description: notice })).toEqual({ isOff: false, why: { code: 'word', field: 'summary', word: '补班' } });
    expect(kindOfTexts({ summary: '春节(休)', description: '上班' })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: '劳动节放假', categories: '补班' })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: 'Spring Festival holiday', description: 'working day' })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: '上班(补春节假期)' })).toEqual({ isOff: false, why: { code: 'word', field: 'summary', word: '上班' } });
  });

  it('reads traditional characters (補班) and 班 alone after a space as a working day (attacker round 7)', () => {
    for (const summary of ['補班', '国庆(補班)', '國慶節調休上班', '国庆节 班']) expect(kindOfTexts({ summary }), summary).toMatchObject({ isOff: false });
    for (const summary of ['不補班', '值班', '航班 班机', '班会']) expect(kindOfTexts({ summary }), summary).not.toMatchObject({ isOff: false });
  });

  it('takes a working day from a description only when it is a bare label: a sentence speaks of other days (attacker round 7)', () => {
    expect(kindOfTexts({ summary: '国庆节', description: '放假7天，节后正常上班' })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: 'Christmas Day', description: 'Normal working day resumes on Monday' })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: '国庆节', description: '节后上班' })).toEqual({ isOff: true });
    for (const label of ['班', '（班）', '补班', '【补班】', '调休上班日', 'Workday', ' working day ']) {
      expect(kindOfTexts({ summary: '国庆节', description: label })).toMatchObject({ isOff: false, why: { field: 'description' } });
    }
  });

  it('takes no working day from a description that names dates: it speaks of other days', () => {
    expect(kindOfTexts({ summary: '国庆节', description: '9月20日（周日）、10月10日（周六）上班。' })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: 'National Day', description: 'Make-up working days: 2026-09-20 and 2026-10-10' })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: 'National Day', description: 'Working day on Oct 10' })).toEqual({ isOff: true });
  });

  it('reads the working-day marks and names our export writes, in English and Chinese', () => {
    const word = (summary: string) => kindOfTexts({ summary });
    expect(word('Offsite make-up (working day)')).toEqual({ isOff: false, why: { code: 'word', field: 'summary', word: '(working day)' } });
    expect(word('国庆节调休（班）')).toEqual({ isOff: false, why: { code: 'word', field: 'summary', word: '（班）' } });
    expect(word('Labour Day make-up workday')).toEqual({ isOff: false, why: { code: 'word', field: 'summary', word: 'workday' } });
    expect(word('Release Working Day')).toMatchObject({ isOff: false });
    expect(word('国庆节工作日')).toEqual({ isOff: false, why: { code: 'word', field: 'summary', word: '工作日' } });
    // The day-off mark decides over a work word in the name.
    expect(word('上班日聚餐（休）')).toEqual({ isOff: true });
    expect(word('Workday offsite (day off)')).toEqual({ isOff: true });
    for (const summary of ['Non-working day', 'non working day (Saturday)', 'Not a working day', '非工作日']) expect(word(summary)).toEqual({ isOff: true });
  });

  it("reads the English words of chinese-days' holidays.en.ics once a calendar app dropped X-APPLE-SPECIAL-DAY", () => {
    expect(kindOfTexts({ summary: 'National Day(Workday)', description: 'Workday', categories: 'Holidays' })).toEqual({ isOff: false, why: { code: 'word', field: 'summary', word: 'Workday' } });
    expect(kindOfTexts({ summary: 'National Day(Holiday)', description: 'Holiday', categories: 'Holidays' })).toEqual({ isOff: true });
  });

  it('makes everything else a day off, with no reason', () => {
    expect(kindOfTexts({ summary: '元旦(休)', description: '休', categories: '节假日' })).toEqual({ isOff: true });
    expect(kindOfTexts({ summary: 'Groundhog Day' })).toEqual({ isOff: true });
  });
});

describe('appleKindOf', () => {
  it("reads Apple's two markings, in any case", () => {
    expect(appleKindOf('ALTERNATE-WORKDAY')).toEqual({ isOff: false, why: { code: 'apple', value: 'ALTERNATE-WORKDAY' } });
    expect(appleKindOf('work-holiday')).toEqual({ isOff: true, why: { code: 'apple', value: 'WORK-HOLIDAY' } });
    expect(appleKindOf('OTHER')).toBeUndefined();
  });
});
