// An export imported back into the calendar it came from changes nothing: every row is already there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { addDays } from '../../core/dates';
import { eventFormSchema } from '../../core/eventSchema';
import { LOCALES } from '../../core/locale';
import { toCsv } from './exportCsv';
import { toIcs } from './exportIcs';
import { parseIcs } from './parseIcs';
import { parseTable } from './parseTable';
import { preview } from './preview';
import type { SourceRow } from './rows';

const CAL = { cal_id: 'cal.team', workdays: [1, 2, 3, 4, 5] };

// Text made of what trips exports up: delimiters, quotes, escapes, formula starts, line breaks, wide characters.
const summaryUnit = fc.constantFrom('a', 'Z', '1', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '\\', ':', '国', '庆', '🎉', '👍🏽', 'é', '\u00a0');
const descriptionUnit = fc.oneof(summaryUnit, fc.constantFrom('\n', '\r\n', '\r', '\t'));
const isValid = (summary: string, description: string) =>
  eventFormSchema.safeParse({ cal_id: CAL.cal_id, summary, description, is_off: true, start_date: '2026-01-01', last_date: '2026-01-01' }).success;

const validEvent = fc
  .record({
    summary: fc.string({ unit: summaryUnit, minLength: 1, maxLength: 45 }).map((s) => s.trim()),
    description: fc.string({ unit: descriptionUnit, maxLength: 60 }),
    startOffset: fc.integer({ min: 0, max: 364 }),
    days: fc.integer({ min: 1, max: 15 }),
    isOff: fc.boolean(),
  })
  .filter(({ summary, description }) => isValid(summary, description));

const validEvents = fc.array(validEvent, { maxLength: 25 }).map((list) =>
  list.map(({ summary, description, startOffset, days, isOff }, i): CalEventItem => {
    const start = addDays('2026-01-01', startOffset);
    return { cal_id: CAL.cal_id, event_id: `cale.${i}`, summary, description, start_at: start, end_at: addDays(start, days), is_off: isOff, created_at: i + 1, updated_at: i + 1 };
  }),
);

function expectAllAlready(rows: SourceRow[], events: CalEventItem[]) {
  expect(rows.filter((r) => r.kind === 'invalid')).toEqual([]);
  expect(rows).toHaveLength(events.length);
  const result = preview(rows, { calendar: CAL, items: events, year: 2026 });
  expect(result.rows.map((r) => r.status)).toEqual(events.map(() => 'already'));
  expect(result.impact).toEqual({ becomeOff: [], becomeWorking: [] });
  // Descriptions come back too, line breaks as the form writes them.
  expect(rows.map((r) => r.kind === 'row' && r.description)).toEqual(events.map((e) => e.description.replace(/\r\n?/g, '\n')));
}

describe.each(LOCALES)('export in %s, then import into the same calendar', (locale) => {
  it('as CSV: every row is already there', () => {
    fc.assert(
      fc.property(validEvents, (events) => {
        const result = parseTable(toCsv(events, locale));
        expect(result.ok).toBe(true);
        if (result.ok) expectAllAlready(result.rows, events);
      }),
    );
  });

  it('as iCalendar: every row is already there', () => {
    fc.assert(
      fc.property(validEvents, fc.string({ unit: summaryUnit, maxLength: 30 }), (events, name) => {
        const result = parseIcs(toIcs(events, name, locale), 2026);
        expect(result.ok).toBe(true);
        if (result.ok) expectAllAlready(result.rows, events);
      }),
    );
  });
});
