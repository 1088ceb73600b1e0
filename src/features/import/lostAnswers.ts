// The saves of an import run whose answers were lost (no answer, a 5xx, an unreadable page): each may
// have stored one event, perhaps only later (Flashduty storing it after the proxy gave up waiting).
// A look-up that finds the row's event accounts for one of them; a row with any left unaccounted for
// may still see an event appear, whatever its state, and the dialog names it.

export interface LostAnswers {
  /** A save of the row got a lost answer at clock time `at`. */
  lost(index: number, at: number): void;
  /** A look-up found an event a lost save of the row stored. */
  found(index: number): void;
  /** When the row's last lost answer came (clock time), if it had one. */
  since(index: number): number | undefined;
  /** Whether an event a lost save of the row stored may still be in the calendar unseen, or appear there. */
  mayAppear(index: number): boolean;
}

export function lostAnswers(onChange: (mayAppear: readonly number[]) => void): LostAnswers {
  const unfound = new Map<number, number>();
  const lastAt = new Map<number, number>();
  const publish = () => onChange([...unfound.keys()].sort((a, b) => a - b));
  return {
    lost(index, at) {
      lastAt.set(index, at);
      unfound.set(index, (unfound.get(index) ?? 0) + 1);
      publish();
    },
    found(index) {
      const left = (unfound.get(index) ?? 0) - 1;
      if (left > 0) unfound.set(index, left);
      else unfound.delete(index);
      publish();
    },
    since: (index) => lastAt.get(index),
    mayAppear: (index) => unfound.has(index),
  };
}
