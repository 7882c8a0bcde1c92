/**
 * Which of many highlights are near the viewport, for registering only those.
 *
 * Chromium checks every registered highlight range again whenever a document's highlight
 * registry changes, so the next frame's cost grows with the number of ranges registered
 * (docs/performance.md: highlights). That frame is one task the page cannot interrupt, after
 * every repaint: a load, an edit elsewhere, a flash. So past a few hundred highlights the
 * painter registers only those near the viewport, and an IntersectionObserver (the browser's
 * own geometry, no layout forced by us) moves the set as the user scrolls, in any scroll
 * container. For printing, all are registered.
 *
 * The observer does not watch every highlight: its first pass over all their ends would be one
 * long rendering task of its own. The highlights, in reading
 * order, are cut into at most BUCKETS runs, and only each run's first and last element are
 * watched. A run is registered whole when one of its ends is within a screen of the viewport,
 * or when its first end is above and its last below: the viewport is inside the run. That
 * holds where the page's layout follows its document order; a run whose ends are both above
 * (or both below) while the middle shows, as in a sidebar placed by CSS away from its place in
 * the document, is not drawn until it is scrolled near one of its ends.
 */
import type { Placed } from './painter';

export interface NearViewport {
  /** Watches these highlights (replacing the ones watched before); `onChange` follows. */
  track(items: readonly Placed[]): void;
  stop(): void;
}

/** A screen above and below: registered before they scroll into view. */
const MARGIN = '100% 0px 100% 0px';

/** At most this many runs, so at most twice as many observed elements. */
export const BUCKETS = 100;

/** Where an observed element was last reported: 'aside' is neither near nor above nor below (hidden, clipped, off to a side). */
type Where = 'near' | 'above' | 'below' | 'aside';

interface Run {
  items: Placed[];
  first: Element | null;
  last: Element | null;
}

function elementAt(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Cuts the highlights, in reading order, into at most BUCKETS runs of equal length. */
function runsOf(items: readonly Placed[]): Run[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const size = Math.max(1, Math.ceil(sorted.length / BUCKETS));
  const runs: Run[] = [];
  for (let i = 0; i < sorted.length; i += size) {
    const run = sorted.slice(i, i + size);
    const first = run[0];
    if (!first) continue;
    // The end that reads last: an earlier highlight may end after a later one starts and ends.
    const lastEnd = run.reduce((a, b) => (b.end > a.end ? b : a));
    runs.push({ items: run, first: elementAt(first.range.startContainer), last: elementAt(lastEnd.range.endContainer) });
  }
  return runs;
}

function whereOf(e: IntersectionObserverEntry, win: Window): Where {
  if (e.isIntersecting) return 'near';
  const box = e.boundingClientRect;
  // An element that takes no room (display: none) reports a box at the viewport's corner: aside.
  const top = e.rootBounds?.top ?? -win.innerHeight;
  const bottom = e.rootBounds?.bottom ?? 2 * win.innerHeight;
  if (box.bottom <= top) return 'above';
  if (box.top >= bottom) return 'below';
  return 'aside';
}

/**
 * `onChange` gets the highlights to register whenever that set changes: first once the browser
 * has worked out where the tracked elements are (after the next frame), then on scrolling.
 */
export function watchNearViewport(win: Window & typeof globalThis, onChange: (near: Placed[]) => void): NearViewport {
  let items: readonly Placed[] = [];
  let runs: Run[] = [];
  const where = new Map<Element, Where>();
  let printing = false;
  const at = (el: Element | null) => (el ? where.get(el) : undefined);
  const isNear = (run: Run) => {
    const a = at(run.first);
    const b = at(run.last);
    return a === 'near' || b === 'near' || (a === 'above' && b === 'below');
  };
  const emit = () => onChange(printing ? [...items] : runs.filter(isNear).flatMap((r) => r.items));
  const observer = new win.IntersectionObserver(
    (entries) => {
      for (const e of entries) where.set(e.target, whereOf(e, win));
      emit();
    },
    { rootMargin: MARGIN },
  );
  const beforePrint = () => {
    printing = true;
    emit();
  };
  const afterPrint = () => {
    printing = false;
    emit();
  };
  win.addEventListener('beforeprint', beforePrint);
  win.addEventListener('afterprint', afterPrint);
  return {
    track(next) {
      observer.disconnect();
      where.clear();
      items = next;
      runs = runsOf(next);
      // The registry keeps what it holds until the observer reports: no frame without highlights.
      for (const el of new Set(runs.flatMap((r) => [r.first, r.last]))) if (el) observer.observe(el);
    },
    stop() {
      observer.disconnect();
      win.removeEventListener('beforeprint', beforePrint);
      win.removeEventListener('afterprint', afterPrint);
      items = [];
      runs = [];
      where.clear();
    },
  };
}
