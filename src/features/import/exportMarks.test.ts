// Our .ics export kept by another calendar app (Google Calendar, Outlook), which drops the X-
// properties and keeps the summary: the marks the export writes are all the import has to go on,
// and it reads every one back, in both languages, with the event's own name.
import { describe, expect, it } from 'vitest';
import type { CalEventItem } from '../../core/apiContract';
import { calEvent } from '../../core/calEvent.fixture';
import { LOCALES } from '../../core/locale';
import { toIcs } from './exportIcs';
import { parseIcs } from './parseIcs';

// Names with no kind word, names that say working day (either language), names that end with a mark, names that say day off.
const NAMES = ['Offsite make-up', '国庆节调休', 'Labour Day make-up workday', '国庆节工作日', '劳动节调休上班', 'Saturday（班）', 'Team day (working day)', '春节(休)', 'Bank holiday', 'Non-working day'];
const DESCRIPTIONS = ['', '班', '上班'];

const events: CalEventItem[] = NAMES.flatMap((summary, n) =>
  [true, false].flatMap((is_off, k) =>
    DESCRIPTIONS.map((description, d) => calEvent({ event_id: `cale.${n}.${k}.${d}`, summary, description, is_off, start_at: '2026-10-10', end_at: '2026-10-11' })),
  ),
);
const withoutX = (text: string) => text.split('\r\n').filter((line) => !line.startsWith('X-')).join('\r\n');

describe.each(LOCALES)('the .ics export in %s, its X- properties dropped, imported again', (locale) => {
  it('gives every event its kind and its name back', () => {
    const result = parseIcs(withoutX(toIcs(events, 'Team', locale)), 2026);
    if (!result.ok) throw new Error('file problem');
    expect(result.rows.map((r) => (r.kind === 'row' ? `${r.isOff ? 'off' : 'work'} ${r.summary} / ${r.description}` : r.problem.code))).toEqual(
      events.map((e) => `${e.is_off ? 'off' : 'work'} ${e.summary} / ${e.description}`),
    );
  });
});
