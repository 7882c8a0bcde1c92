/**
 * Which of many highlights are near the viewport, for registering only those.
 *
 * Chromium checks every registered highlight range again whenever a document's highlight
 * registry changes: with 2,000 ranges on a page of 10 MB the next frame took 40-60 ms, with 50
 * about 10 (measured in Chromium 156). That frame is one task the page cannot interrupt, after
 * every repaint: a load, an edit elsewhere, a flash. So past a few hundred highlights the
 * painter registers those whose first or last element is within a screen of the viewport, and
 * an IntersectionObserver (the browser's own geometry, no layout forced by us) moves the set
 * as the user scrolls, in any scroll container. For printing, all are registered.
 *
 * A highlight longer than three screens whose two ends are both out of reach is not drawn
 * while only its middle shows; that is the price of the bound.
 */
import type { Placed } from './painter';

export interface NearViewport {
  /** Watches these highlights (replacing the ones watched before); `onChange` follows. */
  track(items: readonly Placed[]): void;
  stop(): void;
}

/** A screen above and below: registered before they scroll into view. */
const MARGIN = '100% 0px 100% 0px';

function elementAt(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/**
 * `onChange` gets the highlights to register whenever that set changes: first once the browser
 * has worked out where the tracked elements are (after the next frame), then on scrolling.
 */
export function watchNearViewport(win: Window & typeof globalThis, onChange: (near: Placed[]) => void): NearViewport {
  let items: readonly Placed[] = [];
  let ends: [Element | null, Element | null][] = [];
  const near = new Set<Element>();
  let printing = false;
  const isNear = (el: Element | null) => el != null && near.has(el);
  const emit = () => onChange(printing ? [...items] : items.filter((_, i) => isNear(ends[i]![0]) || isNear(ends[i]![1])));
  const observer = new win.IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) near.add(e.target);
        else near.delete(e.target);
      }
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
      near.clear();
      items = next;
      ends = next.map((i) => [elementAt(i.range.startContainer), elementAt(i.range.endContainer)]);
      // The registry keeps what it holds until the observer reports: no frame without highlights.
      for (const el of new Set(ends.flat())) if (el) observer.observe(el);
    },
    stop() {
      observer.disconnect();
      win.removeEventListener('beforeprint', beforePrint);
      win.removeEventListener('afterprint', afterPrint);
      items = [];
      ends = [];
      near.clear();
    },
  };
}
