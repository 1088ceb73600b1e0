// The words that name a kind of day, in Chinese and English: read by the import (src/features/import/
// dayKind.ts) and by the .ics export (ics.ts), which marks a summary only when its words do not
// already say the event's kind, so that the import reads back every event the export writes.
// A make-up working day (调休上班, 补班): 上班, 补班, 调休上班, (班) or 班 alone, 工作日, working day,
// workday. A day off: 假 (假期, 放假, 休假), 休 (not 调休), holiday, day off. The summary decides; a description
// counts only when the summary says neither, and only when it is a bare label of the kind (班, 补班,
// (班), Workday): a sentence that holds a work word speaks of other days ("…9月20日（周日）、10月10日（周六）
// 上班", a notice quoted in every event's description; "放假7天，节后正常上班"; "work resumes on Monday").

export type KindField = 'summary' | 'description' | 'categories';

/** What the words of an event say: a working day (with the word), a day off, or nothing. */
export type WordKind = { isOff: false; field: KindField; word: string } | { isOff: true } | undefined;

// The longest first: the reason names the word as written ("调休上班", not "上班").
// Traditional characters too (補班, 調休上班); 班 alone after a space ("国庆节 班") as in brackets.
const WORK_WORDS = /[调調]休上班|[补補]班|上班|工作日|[(（]\s*班\s*[)）]|(?<=\s)班(?=\s*$)|\bwork(?:ing)?[ -]?day\b/i;
// "不上班", "无需上班", "非工作日", "non-working day": a day off, though a work word is in it.
const NEGATED = /[不无無免]需?用?上班|不[补補]班|非工作日|\bnon[ -]?work|\bnot (?:a )?work/i;
// 调休 alone may name either day (国庆节调休): no word of a day off.
const OFF_WORDS = /假|(?<!调)休|\bholidays?\b|\bdays? off\b/i;
// A label's brackets: "(班)", "【补班】".
const BRACKETS = /^[(（[【]\s*|\s*[)）\]】]$/g;

/** The working-day word in a text, if it has one. */
export function workWordOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '班') return trimmed;
  if (NEGATED.test(trimmed)) return undefined;
  return WORK_WORDS.exec(trimmed)?.[0];
}

/** The working-day word a text is, alone (in brackets or not; 日 after it): "班", "（补班）", "调休上班日", "Workday". */
function labelWordOf(text: string): string | undefined {
  const label = text.trim().replace(BRACKETS, '');
  const word = workWordOf(label);
  return word !== undefined && ['', '日'].includes(label.replace(word, '')) ? word : undefined;
}

/** What an event's texts say of its kind: the summary, then (when it says neither kind) the description, then each category. */
export function kindOfWords(texts: Partial<Record<KindField, string>>): WordKind {
  const summary = texts.summary ?? '';
  const word = workWordOf(summary);
  if (word) return { isOff: false, field: 'summary', word };
  if (OFF_WORDS.test(summary)) return { isOff: true };
  const said = labelWordOf(texts.description ?? '');
  if (said) return { isOff: false, field: 'description', word: said };
  for (const category of (texts.categories ?? '').split(/[,，、;]/)) {
    const named = workWordOf(category);
    if (named) return { isOff: false, field: 'categories', word: named };
  }
  return undefined;
}
