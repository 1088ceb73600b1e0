// Which kind of day a holiday feed's event is, read as Chinese feeds write it. A make-up working day
// (调休上班, 补班) is named with 上班, 补班, 调休上班, "(班)" or 班 alone, in its summary, description or
// categories; Apple's calendars mark it X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY (and a day off
// WORK-HOLIDAY); our own export writes X-FLASHDUTY-DAY-OFF. Anything else is a day off (a holiday).
// 休, 假 and 放假 never make a working day: "上班(补春节假期)" is one because of 上班, "春节(休)" is not.

/** Where an event's kind was read from, when it was read rather than assumed (a day off). */
export type KindReason =
  /** A word of a Chinese feed in one of the event's texts. */
  | { code: 'word'; field: KindField; word: string }
  /** Apple's X-APPLE-SPECIAL-DAY property. */
  | { code: 'apple'; value: AppleSpecialDay }
  /** Our own export's X-FLASHDUTY-DAY-OFF property. */
  | { code: 'flashduty' };

export type KindField = 'summary' | 'description' | 'categories';
export type AppleSpecialDay = 'ALTERNATE-WORKDAY' | 'WORK-HOLIDAY';

export interface ReadKind {
  isOff: boolean;
  /** Why; absent for the default (a day off, as a holiday feed's events are). */
  why?: KindReason;
}

// The longest first: the reason names the word as written ("调休上班", not "上班").
const WORK_WORDS = /调休上班|补班|上班|[(（]\s*班\s*[)）]/;
// "不上班", "无需上班": a day off, though 上班 is in it.
const NEGATED = /[不无免]需?用?上班|不补班/;

/** The working-day word in a text, if it has one: 上班, 补班, 调休上班, (班), or 班 alone. */
export function workWordOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '班') return trimmed;
  if (NEGATED.test(trimmed)) return undefined;
  return WORK_WORDS.exec(trimmed)?.[0];
}

/** The kind a feed's texts say, the summary first; a day off when none names a working day. */
export function kindOfTexts(texts: Partial<Record<KindField, string>>): ReadKind {
  for (const field of ['summary', 'description', 'categories'] as const) {
    for (const part of (texts[field] ?? '').split(field === 'categories' ? /[,，、;]/ : /$^/)) {
      const word = workWordOf(part);
      if (word) return { isOff: false, why: { code: 'word', field, word } };
    }
  }
  return { isOff: true };
}

/** Apple's marking of a day, when it is one of the two it writes. */
export function appleKindOf(value: string): ReadKind | undefined {
  const upper = value.trim().toUpperCase();
  if (upper === 'ALTERNATE-WORKDAY') return { isOff: false, why: { code: 'apple', value: upper } };
  if (upper === 'WORK-HOLIDAY') return { isOff: true, why: { code: 'apple', value: upper } };
  return undefined;
}
