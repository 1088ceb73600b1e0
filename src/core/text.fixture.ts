// A small dictionary for the tests of text.ts (text.test.ts) and its type tests (text.test-d.ts).
import { defineTexts } from './text';

export const en = {
  plain: 'Plain',
  greet: 'Hello {name}',
  two: '{a} and {b}',
  days: { one: '{count} day in {month}', other: '{count} days in {month}' },
} as const;
export const TEXTS = defineTexts('fixture', en, { plain: '无', greet: '你好 {name}', two: '{a}和{b}', days: '{month}有 {count} 天' });
