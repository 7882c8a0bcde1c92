import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The lines of the page a panel must not cover (the selection it is about), in viewport pixels. */
export interface Avoid {
  top: number;
  bottom: number;
}

const GAP = 8;

/**
 * Where to put a fixed panel asked for at (x, y) so that all of it stays on screen: it grows
 * (the note field opens, an error shows), and a panel below the viewport's edge cannot be
 * scrolled to, since it is fixed. With `avoid`, it stands clear of those lines: above them, as it
 * grows, so that the text a person reads on from stays in view.
 */
export function useKeptInViewport<T extends HTMLElement>(x: number, y: number, avoid?: Avoid) {
  const ref = useRef<T>(null);
  const [pos, setPos] = useState({ left: x, top: y });
  useLayoutEffect(() => {
    const el = ref.current;
    const view = el?.ownerDocument.defaultView;
    if (!el || !view) return;
    const { width, height } = el.getBoundingClientRect();
    const left = Math.max(4, Math.min(x, view.innerWidth - width - 4));
    // Above the lines it must not hide while there is room there, else under them.
    const wanted = avoid ? (avoid.top - height - GAP >= 4 ? avoid.top - height - GAP : avoid.bottom + GAP) : y;
    const top = Math.max(4, Math.min(wanted, view.innerHeight - height - 4));
    if (left !== pos.left || top !== pos.top) setPos({ left, top });
  });
  return { ref, style: { left: `${pos.left}px`, top: `${pos.top}px` } };
}
