import { describe, expect, it } from 'vitest';
import { feedUrlOf } from './SubscribeDialog';

describe('feedUrlOf', () => {
  const path = 'feed/cal.abc/0123456789abcdef0123456789abcdef.ics?lang=en';
  it('puts the feed beside the API base: at the root, under a sub-path, and on a portal’s API origin', () => {
    expect(feedUrlOf('/api', path, 'https://cal.example.com/?cal_id=x')).toBe(`https://cal.example.com/${path}`);
    expect(feedUrlOf('./api', path, 'https://portal.example.com/tools/calendar/?lang=zh-CN')).toBe(`https://portal.example.com/tools/calendar/${path}`);
    expect(feedUrlOf('https://cal.example.com/panel/api', path, 'https://portal.example.com/page')).toBe(`https://cal.example.com/panel/${path}`);
  });
});
