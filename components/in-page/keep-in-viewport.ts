import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Where to put a fixed panel asked for at (x, y) so that all of it stays on screen: it grows
 * (the note field opens, an error shows), and a panel below the viewport's edge cannot be
 * scrolled to, since it is fixed.
 */
export function useKeptInViewport<T extends HTMLElement>(x: number, y: number) {
  const ref = useRef<T>(null);
  const [pos, setPos] = useState({ left: x, top: y });
  useLayoutEffect(() => {
    const el = ref.current;
    const view = el?.ownerDocument.defaultView;
    if (!el || !view) return;
    const { width, height } = el.getBoundingClientRect();
    const left = Math.max(4, Math.min(x, view.innerWidth - width - 4));
    const top = Math.max(4, Math.min(y, view.innerHeight - height - 4));
    if (left !== pos.left || top !== pos.top) setPos({ left, top });
  });
  return { ref, style: { left: `${pos.left}px`, top: `${pos.top}px` } };
}
