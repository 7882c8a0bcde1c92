import { PAINT } from './colors';
import type { Painter, Placed } from './painter';
import { fromBodyOffsets, toBodyOffsets } from './text-offsets';

/** The marker element a highlighted run of text is wrapped in. */
export const MARK_TAG = 'review-annotator-mark';

/** A highlight's part of one text node. */
interface Run {
  start: number;
  end: number;
  item: Placed;
}

/** The fallback: wraps each highlighted run of text in a marker element. */
export function wrappingPainter(doc: Document): Painter {
  let marks: HTMLElement[] = [];

  function unwrapAll(): void {
    for (const m of marks) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize();
    }
    marks = [];
  }

  /**
   * Ranges handed to paint() may lie in text nodes inside our own marks (the page was indexed
   * while painted); unwrapping moves those nodes, which would collapse the ranges. So they are
   * carried across the unwrap as offsets in the body's text, which wrapping never changes.
   */
  function survivingUnwrap(items: Placed[]): Placed[] {
    if (!marks.length) return items;
    const carried = toBodyOffsets(doc, items);
    unwrapAll();
    return fromBodyOffsets(doc, carried);
  }

  return {
    mode: 'wrap',
    paint(given) {
      const items = survivingUnwrap(given);
      unwrapAll();
      // Collect every run first: wrapping splits text nodes, which would move later ranges.
      const perNode = new Map<Text, Run[]>();
      for (const item of items) {
        for (const run of textNodesIn(doc, item.range)) {
          const list = perNode.get(run.node) ?? [];
          list.push({ start: run.start, end: run.end, item });
          perNode.set(run.node, list);
        }
      }
      for (const [node, runs] of perNode) wrapRuns(doc, node, runs, marks);
    },
    idsAt(_x, _y, target) {
      const ids: string[] = [];
      for (let el = target instanceof Element ? target : null; el; el = el.parentElement) {
        const id = el.tagName.toLowerCase() === MARK_TAG ? el.getAttribute('data-id') : null;
        if (id !== null) ids.push(id);
      }
      return [...new Set(ids)];
    },
    flash(id) {
      // jsdom, where the unit tests paint, has no Element.animate.
      for (const m of marks)
        if (m.getAttribute('data-id') === id && typeof m.animate === 'function')
          m.animate([{ outline: '3px solid orange' }, { outline: '0 solid orange' }], 1200);
    },
    // Without the Highlight API nothing marks a range without changing the page's DOM.
    showSelection() {},
    clear: unwrapAll,
  };
}

/** The text of a range, node by node: walked from its start to its end, not over its whole ancestor. */
function textNodesIn(doc: Document, range: Range): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const { startContainer: sc, endContainer: ec } = range;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4);
  let n: Node | null;
  if (sc.nodeType === 3) n = sc;
  else {
    // An element boundary: start at the first text at or after that child.
    const child = sc.childNodes[range.startOffset];
    walker.currentNode = child ?? sc;
    n = child && child.nodeType === 3 ? child : walker.nextNode();
    if (!child) while (n && sc.contains(n)) n = walker.nextNode();
  }
  for (; n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    walker.currentNode = n;
    if (!range.intersectsNode(n)) break;
    const text = n as Text;
    const start = text === sc ? range.startOffset : 0;
    const end = text === ec ? range.endOffset : text.data.length;
    if (end > start) out.push({ node: text, start, end });
    if (text === ec) break;
  }
  return out;
}

/**
 * Cuts a text node at every run's ends, so overlapping highlights nest: every piece is wrapped
 * once per highlight that covers it, the latest innermost (clicked first). The marks made are
 * added to `marks`.
 */
function wrapRuns(doc: Document, node: Text, runs: Run[], marks: HTMLElement[]): void {
  const length = node.data.length;
  const cuts = [...new Set(runs.flatMap((r) => [r.start, r.end]))].filter((c) => c > 0 && c < length).sort((a, b) => a - b);
  const pieces: { text: Text; from: number; to: number }[] = [];
  let rest = node;
  let from = 0;
  for (const cut of cuts) {
    const tail = rest.splitText(cut - from);
    pieces.push({ text: rest, from, to: cut });
    rest = tail;
    from = cut;
  }
  pieces.push({ text: rest, from, to: length });
  for (const piece of pieces) {
    let inner: Node = piece.text;
    for (let k = runs.length - 1; k >= 0; k--) {
      const run = runs[k];
      if (!run) continue;
      const { start, end, item } = run;
      if (start > piece.from || end < piece.to) continue;
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-id', item.id);
      mark.setAttribute('style', `background-color: ${PAINT[item.color]}; color: inherit;`);
      inner.parentNode?.insertBefore(mark, inner);
      mark.appendChild(inner);
      marks.push(mark);
      inner = mark;
    }
  }
}
