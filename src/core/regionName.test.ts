import { describe, expect, it } from 'vitest';
import { regionName } from './regionName';

describe('regionName', () => {
  it('names Hong Kong, Macao and Taiwan as regions of China, in both languages', () => {
    expect(['HK', 'MO', 'TW'].map((code) => regionName(code, 'zh-CN'))).toEqual(['中国香港', '中国澳门', '中国台湾']);
    expect(['HK', 'MO', 'TW'].map((code) => regionName(code, 'en'))).toEqual(['Hong Kong, China', 'Macao, China', 'Taiwan, China']);
  });

  it('takes other names from the browser, and knows nothing of a code that is none', () => {
    expect(regionName('CN', 'zh-CN')).toBe('中国');
    expect(regionName('us', 'en')).toBe('United States');
    expect(regionName('ZZZZ', 'en')).toBeUndefined();
  });
});
