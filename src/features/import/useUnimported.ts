// Whether closing the import dialog now would lose work not imported: rows pasted or a file chosen,
// rows mended or ticks changed in the preview. A run started takes them over (its own question
// guards it while under way); back at the preview after it ("Import another"), they count again
// only once the paste, the file or the preview changes.
import { useState } from 'react';

export function useUnimported(pasted: string, file: object | undefined, choice: object, changed: boolean) {
  const work = [pasted, file, choice];
  const [takenOver, setTakenOver] = useState<unknown[]>();
  const held = pasted.trim() !== '' || file !== undefined || changed;
  const unimported = held && (takenOver === undefined || takenOver.some((w, i) => w !== work[i]));
  return { unimported, takeOver: () => setTakenOver(work) };
}
