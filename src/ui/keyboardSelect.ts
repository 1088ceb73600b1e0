// A select that the keyboard walks through without loading every value it passes: Chromium changes
// a closed <select>'s value on each arrow key (and Home, End, Page keys, a typed letter). Those
// changes stay in the field until Enter or leaving it (Tab, a click elsewhere); a choice made with the
// mouse, a touch or the open list's Enter applies at once.
import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

const WALKING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
const walks = (event: KeyboardEvent) => !event.altKey && (WALKING_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' '));

/** The props of a NativeSelect showing `value` and calling `onCommit` with a chosen one. */
export function useKeyboardSelect(value: string, onCommit: (value: string) => void) {
  const [draft, setDraft] = useState<{ from: string; to: string }>();
  const walking = useRef(false);
  // A draft belongs to the value it started from: a value changed elsewhere drops it.
  const shown = draft && draft.from === value ? draft.to : value;
  const commit = () => {
    if (draft && draft.from === value && draft.to !== value) onCommit(draft.to);
    setDraft(undefined);
  };
  return {
    value: shown,
    onKeyDown: (event: KeyboardEvent<HTMLSelectElement>) => {
      walking.current = walks(event);
      if (event.key === 'Enter') commit();
      else if (event.key === 'Escape' && draft) setDraft(undefined);
    },
    onKeyUp: () => {
      walking.current = false;
    },
    onChange: (event: ChangeEvent<HTMLSelectElement>) => {
      const next = event.currentTarget.value;
      if (walking.current) setDraft({ from: value, to: next });
      else {
        setDraft(undefined);
        onCommit(next);
      }
    },
    onBlur: commit,
  };
}
