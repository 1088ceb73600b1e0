import { describe, expect, it } from 'vitest';
import { merged } from '../../core/fieldConflicts';
import { eventConflicts, type EventFields } from './conflict';

const base: EventFields = { summary: 'National Day', description: '', is_off: true, start_date: '2026-10-01', last_date: '2026-10-07' };

describe('eventConflicts', () => {
  it('finds nothing when no one else changed the event, whatever I changed', () => {
    expect(eventConflicts(base, { ...base, summary: 'Mine', description: 'x' }, { ...base })).toEqual([]);
  });

  it('finds nothing when they changed only what I changed the same way, or a trimmed summary', () => {
    expect(eventConflicts(base, { ...base, description: 'same' }, { ...base, description: 'same', summary: ' National Day ' })).toEqual([]);
  });

  it('B changed the summary, A only the description: both differ, the merge keeps B’s summary and A’s description', () => {
    const mine = { ...base, description: 'Seven days' };
    const theirs = { ...base, summary: 'National Day (changed)' };
    const conflicts = eventConflicts(base, mine, theirs);
    expect(conflicts).toEqual([
      { field: 'summary', keep: 'theirs', both: false },
      { field: 'description', keep: 'mine', both: false },
    ]);
    expect(merged(mine, theirs, conflicts)).toEqual({ ...base, summary: 'National Day (changed)', description: 'Seven days' });
  });

  it('marks a field both changed differently, and keeps mine unless told', () => {
    const conflicts = eventConflicts(base, { ...base, last_date: '2026-10-08' }, { ...base, last_date: '2026-10-06' });
    expect(conflicts).toEqual([{ field: 'last_date', keep: 'mine', both: true }]);
    expect(merged({ ...base, last_date: '2026-10-08' }, { ...base, last_date: '2026-10-06' }, [{ field: 'last_date', keep: 'theirs' }]).last_date).toBe('2026-10-06');
  });
});
