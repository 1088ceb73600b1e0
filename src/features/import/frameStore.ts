// A store's snapshot as the screen needs it: at most one change a frame. An import run changes its
// snapshot twice a row (saving, saved), a hundred times a second at the rate limit; drawn each time,
// the run view rendered more often than the screen paints and took the page's thread from the run.

export interface Store<T> {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

interface Frames {
  request(callback: () => void): number;
  cancel(id: number): void;
}

const browserFrames: Frames = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
};

/** `source` seen through frames: its listeners hear the latest snapshot once at the next frame, however many changes came. */
export function frameStore<T>(source: Store<T>, frames: Frames = browserFrames): Store<T> {
  let shown = source.getSnapshot();
  return {
    getSnapshot: () => shown,
    subscribe(listener) {
      let frame: number | undefined;
      // Changes before this subscription are seen at once (useSyncExternalStore compares after subscribing).
      shown = source.getSnapshot();
      const unsubscribe = source.subscribe(() => {
        frame ??= frames.request(() => {
          frame = undefined;
          shown = source.getSnapshot();
          listener();
        });
      });
      return () => {
        if (frame !== undefined) frames.cancel(frame);
        unsubscribe();
      };
    },
  };
}
