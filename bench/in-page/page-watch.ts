/**
 * Injected into the page's own world before it loads (addInitScript): what the page's main
 * thread went through, seen the way a site's own monitoring would see it. Long tasks are
 * observed with `buffered`, so those before this script ran are listed too. When the
 * extension's highlights are expected, a 10 ms interval counts the ranges in the page's
 * highlight registry (the content script's CSS.highlights is the page's own in Chromium) and
 * notes when `expected` of them are registered (the painter registers only those near the
 * viewport once there are many) and when the next frame after that has been produced.
 */
export interface Watch {
  longtasks: { start: number; duration: number }[];
  registeredAt: number | null;
  paintedAt: number | null;
  /** Largest number of our ranges seen registered at once. */
  seen: number;
}

/** What start() sets on the page's global object, for the suite to read. */
export interface PageWatchGlobals {
  __pageWatch: Watch;
  /** For painting again: empties the highlight registry and watches anew. */
  __pageWatchAgain: () => void;
}

export function start(expected: number): void {
  const watch: Watch = { longtasks: [], registeredAt: null, paintedAt: null, seen: 0 };
  const g = globalThis as unknown as PageWatchGlobals;
  g.__pageWatch = watch;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) watch.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (!expected) return;
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const count = () => {
    let n = 0;
    for (const [name, h] of registry) if (name.startsWith('review-annotator-') && !name.endsWith('-flash')) n += h.size;
    return n;
  };
  const poll = () => {
    const timer = setInterval(() => {
      const n = count();
      watch.seen = Math.max(watch.seen, n);
      if (n < expected) return;
      clearInterval(timer);
      watch.registeredAt = performance.now();
      // The frame after this callback's one is drawn once the registered ranges have been painted.
      requestAnimationFrame(() => requestAnimationFrame(() => (watch.paintedAt = performance.now())));
    }, 10);
  };
  poll();
  // For painting again: empties the registry (the content script fills it again) and watches anew.
  g.__pageWatchAgain = () => {
    registry.clear();
    Object.assign(watch, { registeredAt: null, paintedAt: null, seen: 0 });
    poll();
  };
}
