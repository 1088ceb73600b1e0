// Which kind of day a holiday feed's event is, read as Chinese feeds write it. A make-up working day
// (调休上班, 补班) is named with 上班, 补班, 调休上班, "(班)" or 班 alone, 工作日 or "working day", in its
// summary, description or categories (the words: src/core/dayWords.ts, shared with the export); our
// export's summary mark (" (working day)", "（班）", " (day off)", "（休）") decides first. Apple's
// calendars mark it X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY (and a day off WORK-HOLIDAY); our own
// export writes X-FLASHDUTY-DAY-OFF. Anything else is a day off (a holiday). A summary that says
// 假期, 休 or 放假 is a day off whatever its description says: "上班(补春节假期)" is a working day
// because of 上班, "春节(休)" and "国庆节 假期 第1天/共7天" are days off.
import { kindOfWords, type KindField } from '../../core/dayWords';
import { markOf } from '../../core/ics';

/** Where an event's kind was read from, when it was read rather than assumed (a day off). */
export type KindReason =
  /** A word of a Chinese feed (or our export's mark) in one of the event's texts. */
  | { code: 'word'; field: KindField; word: string }
  /** Apple's X-APPLE-SPECIAL-DAY property. */
  | { code: 'apple'; value: AppleSpecialDay }
  /** Our own export's X-FLASHDUTY-DAY-OFF property. */
  | { code: 'flashduty' };

export type AppleSpecialDay = 'ALTERNATE-WORKDAY' | 'WORK-HOLIDAY';

export interface ReadKind {
  isOff: boolean;
  /** Why; absent for a day off. */
  why?: KindReason;
}

/** The kind a feed's texts say: our export's mark, then the words (dayWords.ts); a day off when none names a working day. */
export function kindOfTexts(texts: Partial<Record<KindField, string>>): ReadKind {
  const marked = markOf(texts.summary ?? '');
  if (marked) return marked.isOff ? { isOff: true } : { isOff: false, why: { code: 'word', field: 'summary', word: marked.mark.trim() } };
  const said = kindOfWords(texts);
  return said && !said.isOff ? { isOff: false, why: { code: 'word', field: said.field, word: said.word } } : { isOff: true };
}

/** Apple's marking of a day, when it is one of the two it writes. */
export function appleKindOf(value: string): ReadKind | undefined {
  const upper = value.trim().toUpperCase();
  if (upper === 'ALTERNATE-WORKDAY') return { isOff: false, why: { code: 'apple', value: upper } };
  if (upper === 'WORK-HOLIDAY') return { isOff: true, why: { code: 'apple', value: upper } };
  return undefined;
}
