export {};

// Component tests run in jsdom (their files say so); these are the browser APIs Mantine needs that
// jsdom lacks. Node-environment tests (schema, server) get nothing from here.
if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  const { afterEach } = await import('vitest');
  afterEach(() => cleanup());
  // findBy and waitFor wait up to 10 s, not 1 s: a save through the real server on loopback took
  // longer than 1 s with the whole suite and two busy loops on 2 cores. What they wait for is unchanged.
  configure({ asyncUtilTimeout: 10_000 });

  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollIntoView ??= () => {};
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
    });
  }
}
