import { describe, expect, it } from 'vitest';
import type { CalendarSettings } from '../../core/calendarSettingsSchema';
import { merged } from '../../core/fieldConflicts';
import { settingsConflicts } from './SettingsConflict';

const base: CalendarSettings = { cal_name: 'On-call', description: '', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], extra_cal_ids: ['zh-cn.china.official'] };

describe('settingsConflicts', () => {
  it('finds nothing when no one else changed the calendar, or changed only its order of days', () => {
    expect(settingsConflicts(base, { ...base, cal_name: 'Mine' }, { ...base })).toEqual([]);
    expect(settingsConflicts(base, base, { ...base, workdays: [5, 4, 3, 2, 1] })).toEqual([]);
  });

  it('B renamed it, A changed the working days: the merge keeps B’s name and A’s days', () => {
    const mine = { ...base, workdays: [1, 2, 3, 4] };
    const theirs = { ...base, cal_name: 'On-call (B)' };
    const conflicts = settingsConflicts(base, mine, theirs);
    expect(conflicts).toEqual([
      { field: 'cal_name', keep: 'theirs', both: false },
      { field: 'workdays', keep: 'mine', both: false },
    ]);
    expect(merged(mine, theirs, conflicts)).toEqual({ ...base, cal_name: 'On-call (B)', workdays: [1, 2, 3, 4] });
  });

  it('marks linked calendars both changed differently', () => {
    expect(settingsConflicts(base, { ...base, extra_cal_ids: [] }, { ...base, extra_cal_ids: ['zh-cn.china.official', 'us.official'] })).toEqual([{ field: 'extra_cal_ids', keep: 'mine', both: true }]);
  });
});
