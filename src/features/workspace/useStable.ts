import { useCallback, useLayoutEffect, useRef } from 'react';

/** A function that is the same every render and calls the latest render's `fn`. */
export function useStable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
