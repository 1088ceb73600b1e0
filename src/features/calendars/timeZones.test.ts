import { describe, expect, it } from 'vitest';
import { timeZoneOptions, utcOffset } from './timeZones';

describe('utcOffset', () => {
  const winter = new Date('2026-01-15T12:00:00Z');
  const summer = new Date('2026-07-15T12:00:00Z');
  it('gives each zone’s offset at that moment', () => {
    expect(utcOffset('Asia/Shanghai', winter)).toBe('UTC+08:00');
    expect(utcOffset('UTC', winter)).toBe('UTC+00:00');
    expect(utcOffset('Asia/Kolkata', winter)).toBe('UTC+05:30');
    expect(utcOffset('America/Los_Angeles', winter)).toBe('UTC−08:00');
    expect(utcOffset('America/Los_Angeles', summer)).toBe('UTC−07:00');
    expect(utcOffset('Europe/London', summer)).toBe('UTC+01:00');
  });
});

describe('timeZoneOptions', () => {
  it('lists every zone the runtime knows, by name, with its offset', () => {
    const options = timeZoneOptions(undefined, new Date('2026-01-15T12:00:00Z'));
    expect(options.length).toBeGreaterThan(300);
    expect(options).toContainEqual({ value: 'Asia/Shanghai', label: 'Asia/Shanghai (UTC+08:00)' });
    expect(options).toContainEqual({ value: 'UTC', label: 'UTC (UTC+00:00)' });
    const values = options.map((o) => o.value);
    expect(values).toEqual([...values].sort((a, b) => a.localeCompare(b)));
  });

  it('keeps a calendar’s zone that the list does not hold', () => {
    expect(timeZoneOptions('Asia/Calcutta').map((o) => o.value)).toContain('Asia/Calcutta');
  });
});
