import { describe, expect, it } from 'vitest';
import { frameStore } from './frameStore';

function source() {
  let value = 0;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => value,
    subscribe: (l: () => void) => (listeners.add(l), () => void listeners.delete(l)),
    set(v: number) {
      value = v;
      for (const l of listeners) l();
    },
  };
}

function frames() {
  const waiting = new Map<number, () => void>();
  let next = 1;
  return {
    request: (callback: () => void) => (waiting.set(next, callback), next++),
    cancel: (id: number) => void waiting.delete(id),
    paint() {
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const c of callbacks) c();
    },
    get pending() {
      return waiting.size;
    },
  };
}

describe('frameStore', () => {
  it('tells its listener once a frame, with the latest snapshot, however many changes came', () => {
    const s = source();
    const f = frames();
    const store = frameStore(s, f);
    const heard: number[] = [];
    store.subscribe(() => heard.push(store.getSnapshot()));
    for (let i = 1; i <= 5; i++) s.set(i);
    expect(store.getSnapshot()).toBe(0);
    expect(f.pending).toBe(1);
    f.paint();
    expect(heard).toEqual([5]);
    s.set(6);
    f.paint();
    expect(heard).toEqual([5, 6]);
  });

  it('shows a change made before the subscription at once, and forgets its frame when unsubscribed', () => {
    const s = source();
    const f = frames();
    const store = frameStore(s, f);
    s.set(3);
    const heard: number[] = [];
    const unsubscribe = store.subscribe(() => heard.push(store.getSnapshot()));
    expect(store.getSnapshot()).toBe(3);
    s.set(4);
    unsubscribe();
    expect(f.pending).toBe(0);
    f.paint();
    expect(heard).toEqual([]);
  });
});
