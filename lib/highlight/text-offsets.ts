/**
 * Ranges carried across a change to the page's DOM that moves text nodes without changing the
 * body's text (unwrapping our marks): as offsets in the body's text, and back to ranges after.
 */
import type { Placed } from './painter';

export interface Carried {
  item: Placed;
  /** Where its range starts and ends in the body's text; null for a point outside it. */
  a: number | null;
  b: number | null;
}

/** Each item's range as offsets in the body's text, read before the change. */
export function toBodyOffsets(doc: Document, items: Placed[]): Carried[] {
  const startOf = new Map<Node, number>();
  let total = 0;
  const walk = doc.createTreeWalker(doc.body, 0x4);
  for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
    startOf.set(n, total);
    total += n.data.length;
  }
  const toOffset = (node: Node, offset: number) => {
    const start = node.nodeType === 3 ? startOf.get(node) : undefined;
    return start === undefined ? null : start + offset;
  };
  return items.map((item) => ({
    item,
    a: toOffset(item.range.startContainer, item.range.startOffset),
    b: toOffset(item.range.endContainer, item.range.endOffset),
  }));
}

/** The items with their ranges made again from the offsets, after the change (as they were, where that cannot be). */
export function fromBodyOffsets(doc: Document, carried: Carried[]): Placed[] {
  const texts: Text[] = [];
  const starts: number[] = [];
  let total = 0;
  const again = doc.createTreeWalker(doc.body, 0x4);
  for (let n = again.nextNode() as Text | null; n; n = again.nextNode() as Text | null) {
    texts.push(n);
    starts.push(total);
    total += n.data.length;
  }
  // The last text node that starts at or before the offset.
  const point = (at: number): [Text, number] | null => {
    let lo = 0;
    let hi = texts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      // mid lies in [1, length): the comparison never meets undefined.
      if ((starts[mid] ?? Infinity) <= at) lo = mid;
      else hi = mid - 1;
    }
    const t = texts[lo];
    const start = starts[lo];
    return t && start !== undefined ? [t, at - start] : null;
  };
  return carried.map(({ item, a, b }) => {
    if (a == null || b == null) return item;
    const s = point(a);
    const e = point(b);
    if (!s || !e) return item;
    const range = doc.createRange();
    range.setStart(s[0], Math.min(s[1], s[0].data.length));
    range.setEnd(e[0], Math.min(e[1], e[0].data.length));
    return { ...item, range };
  });
}
