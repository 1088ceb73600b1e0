import { describe, expect, it } from 'vitest';
import { timeZoneOptions } from './timeZones';
import { parseOffset, searchTimeZones } from './timeZoneSearch';

const winter = new Date('2026-01-15T12:00:00Z');
const options = timeZoneOptions(undefined, winter);
const found = (search: string) => searchTimeZones(options, search).map((o) => o.value);

describe('searchTimeZones', () => {
  it.each(['上海', '北京', 'Beijing', 'beijing', '中国', 'China', 'Shanghai', 'UTC+8', '+8', 'GMT+8', '+08', '+08:00', 'UTC+08:00', 'utc +8'])('finds Asia/Shanghai by “%s”', (search) => {
    expect(found(search)).toContain('Asia/Shanghai');
  });

  it('finds India by +05:30, +5:30 and UTC+05:30, and only zones of that offset', () => {
    for (const search of ['+05:30', '+5:30', 'UTC+05:30', 'GMT+0530']) {
      const zones = found(search);
      expect(zones.filter((zone) => zone === 'Asia/Kolkata' || zone === 'Asia/Calcutta')).toHaveLength(1);
      expect(zones).not.toContain('Asia/Shanghai');
    }
  });

  it('finds zones west of UTC by a minus offset, and UTC by +0', () => {
    expect(found('UTC-8')).toContain('America/Los_Angeles');
    expect(found('−08:00')).toContain('America/Los_Angeles');
    expect(found('UTC-8')).not.toContain('Asia/Shanghai');
    expect(found('UTC+0')).toContain('UTC');
    expect(found('-0')).toContain('Europe/London');
  });

  it('finds cities and countries in both languages', () => {
    expect(found('东京')).toEqual(['Asia/Tokyo']);
    expect(found('孟买')).toHaveLength(1);
    expect(found('印度')).toEqual(expect.arrayContaining(found('孟买'))); // and Indonesia, 印度尼西亚
    expect(found('日本')).toContain('Asia/Tokyo');
    expect(found('柏林')).toContain('Europe/Berlin');
    expect(found('纽约')).toEqual(['America/New_York']);
    expect(found('New York')).toContain('America/New_York');
    expect(found('Los Angeles')).toEqual(['America/Los_Angeles']);
    expect(found('美国')).toEqual(expect.arrayContaining(['America/New_York', 'America/Chicago', 'America/Los_Angeles']));
  });

  it('finds nothing for a place it does not know, and everything for an empty search', () => {
    expect(found('Atlantis')).toEqual([]);
    expect(found('  ')).toHaveLength(options.length);
  });
});

describe('parseOffset', () => {
  it('reads the common offset forms', () => {
    expect(parseOffset('UTC+8')).toBe('+08:00');
    expect(parseOffset('gmt-3')).toBe('−03:00');
    expect(parseOffset('+0545')).toBe('+05:45');
    expect(parseOffset('+5:30')).toBe('+05:30');
  });
  it('is not an offset: a name, a number alone, an impossible offset', () => {
    expect(parseOffset('Shanghai')).toBeUndefined();
    expect(parseOffset('8')).toBeUndefined();
    expect(parseOffset('+25')).toBeUndefined();
  });
});
