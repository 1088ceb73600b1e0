import { describe, expect, it } from 'vitest';
import { appleKindOf, kindOfTexts, workWordOf } from './dayKind';

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
