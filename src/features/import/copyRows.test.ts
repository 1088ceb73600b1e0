import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { copyRows } from './copyRows';
import { calEvent } from '../../core/calEvent.fixture';

const event = (start_at: string, end_at: string, more: Partial<CalEventItem> = {}) => calEvent({ event_id: `cale.${start_at}`, summary: 'Holiday', description: 'Why', start_at, end_at, ...more });
const spans = (rows: ReturnType<typeof copyRows>) => rows.map((r) => (r.kind === 'row' ? `${r.start}..${r.last}` : r.problem.code));

describe('copyRows', () => {
  it('keeps the events as they are without a target year, end_at made the last day', () => {
    expect(copyRows([event('2026-10-01', '2026-10-08', { is_off: false, summary: 'Duty' })])).toEqual([
      { kind: 'row', line: 1, summary: 'Duty', start: '2026-10-01', last: '2026-10-07', isOff: false, description: 'Why' },
    ]);
  });

  it('moves events to the target year, same month and day, same length', () => {
    expect(spans(copyRows([event('2026-05-01', '2026-05-06'), event('2026-12-25', '2026-12-26')], 2027))).toEqual(['2027-05-01..2027-05-05', '2027-12-25..2027-12-25']);
    expect(spans(copyRows([event('2026-05-01', '2026-05-06')], 2025))).toEqual(['2025-05-01..2025-05-05']);
  });

  it('moves an event over New Year with its start', () => {
    expect(spans(copyRows([event('2026-12-31', '2027-01-03')], 2027))).toEqual(['2027-12-31..2028-01-02']);
  });

  it('makes 29 February the 28th in a common year, and keeps it in a leap year', () => {
    expect(spans(copyRows([event('2028-02-29', '2028-03-02')], 2029))).toEqual(['2029-02-28..2029-03-01']);
    expect(spans(copyRows([event('2028-02-29', '2028-03-01')], 2032))).toEqual(['2032-02-29..2032-02-29']);
    expect(spans(copyRows([event('2027-02-28', '2027-03-01')], 2028))).toEqual(['2028-02-28..2028-02-28']);
  });

  it('checks each copy with the form rules, and reports events it cannot read', () => {
    const rows = copyRows([event('2026-01-01', '2026-01-02', { summary: 'x'.repeat(41) }), event('2026-01-05', '2026-01-05'), event('soon', '2026-01-02')], 2027);
    expect(rows.map((r) => (r.kind === 'invalid' ? [r.line, r.problem.code] : r.line))).toEqual([
      [1, 'summaryTooLong'],
      [2, 'endBeforeStart'],
      [3, 'badDate'],
    ]);
  });
});
