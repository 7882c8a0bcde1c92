import { COLORS, type HighlightColor } from '../annotation';
import { PAINT } from './colors';
import { watchNearViewport, type NearViewport } from './near-viewport';

/**
 * Paints highlights on the page. Where the CSS Custom Highlight API exists (Chromium 105+,
 * Firefox 140+) nothing in the page's DOM changes, so frameworks that re-render are not
 * disturbed; elsewhere each range is wrapped in marker elements.
 *
 * In Chromium a content script's `CSS.highlights` is the page's own registry
 * (the page sees the same entries), and a stylesheet adopted from the isolated world styles
 * `::highlight()` — so painting works from a content script without touching the DOM. That
 * holds in open shadow roots and same-origin frames too (each frame has its own registry).
 * The wrapping fallback paints in the page's own tree only.
 */
export interface Placed {
  id: string;
  color: HighlightColor;
  range: Range;
  /** Where the range starts and ends in the page's text (TextIndex offsets): its reading order. */
  start: number;
  end: number;
}

export interface Painter {
  readonly mode: 'highlight-api' | 'wrap';
  paint(items: Placed[]): void;
  /** Ids of the highlights at a point of the page, topmost (latest) first. */
  idsAt(x: number, y: number, target: EventTarget | null): string[];
  flash(id: string): void;
  /** Shows the selection a person is annotating while focus is in our form (null: stop). */
  showSelection(range: AbstractRange | null): void;
  clear(): void;
}

const PREFIX = 'review-annotator';
export const MARK_TAG = 'review-annotator-mark';

export interface PainterOptions {
  forceWrap?: boolean;
  /** From this many highlights in a document on, only those near the viewport are registered (near-viewport.ts). */
  nearViewportFrom?: number;
  /** The document already has our rules (highlight.css, listed in the manifest): it is not given the sheet again. */
  documentStyled?: boolean;
}

export function createPainter(doc: Document, opts: PainterOptions = {}): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const api = win?.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function' ? win : null;
  return api && !opts.forceWrap
    ? highlightApiPainter(doc, api, opts.documentStyled === true, opts.nearViewportFrom ?? NEAR_VIEWPORT_FROM)
    : wrappingPainter(doc);
}

/**
 * The text position under a point. Shadow roots we painted in are named, else the browser
 * answers with their host (Chromium 128+ takes the option; where it does not, a click in a
 * shadow root finds no highlight, and nothing worse).
 */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export const HIGHLIGHT_CSS =
  COLORS.map((c) => `::highlight(${PREFIX}-${c}) { background-color: ${PAINT[c]}; }`).join('\n') +
  `\n::highlight(${PREFIX}-flash) { background-color: rgba(255, 120, 0, 0.75); }` +
  `\n::highlight(${PREFIX}-selection) { background-color: rgba(60, 120, 220, 0.35); }`;

type PaintRoot = Document | ShadowRoot;

/** A few hundred ranges re-checked on each registry change cost a few ms; two thousand, a long task. */
export const NEAR_VIEWPORT_FROM = 300;

/** The document a node lives in (a Document is its own). */
function documentOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : node.ownerDocument!;
}

/**
 * Each document has its own highlight registry: the page's and each same-origin frame's. And
 * `::highlight()` rules apply in the tree of the sheet that holds them, so our sheet is adopted
 * by every document and shadow root that holds a painted range.
 */
function highlightApiPainter(doc: Document, win: Window & typeof globalThis, documentStyled: boolean, nearViewportFrom: number): Painter {
  const registries = new Map<Document, { win: Window & typeof globalThis; sheet: CSSStyleSheet }>();
  /** Documents with so many highlights that only those near the viewport are registered. */
  const nearViewport = new Map<Document, NearViewport>();
  const adoptedIn = new Set<PaintRoot>();
  let placed: Placed[] = [];

  function registryOf(d: Document) {
    let r = registries.get(d);
    if (r) return r;
    const w = (d === doc ? win : d.defaultView) as (Window & typeof globalThis) | null;
    if (!w?.CSS || !('highlights' in w.CSS) || typeof w.Highlight !== 'function') return null;
    const sheet = new w.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    registries.set(d, (r = { win: w, sheet }));
    return r;
  }

  function adopt(root: PaintRoot, sheet: CSSStyleSheet): void {
    // The page may replace its adopted sheets; put ours back each time we paint.
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adoptedIn.add(root);
  }

  function stopNearViewport(d: Document): void {
    nearViewport.get(d)?.stop();
    nearViewport.delete(d);
  }

  /** One Highlight per colour in a document's registry, holding these ranges. */
  function register(w: Window & typeof globalThis, list: readonly Placed[]): void {
    for (const c of COLORS) {
      const ranges = list.filter((i) => i.color === c).map((i) => i.range);
      if (ranges.length) w.CSS.highlights.set(`${PREFIX}-${c}`, new w.Highlight(...ranges));
      else w.CSS.highlights.delete(`${PREFIX}-${c}`);
    }
  }

  return {
    mode: 'highlight-api',
    paint(items) {
      placed = items;
      const byDoc = new Map<Document, Placed[]>([[doc, []]]);
      for (const d of registries.keys()) if (d.defaultView) byDoc.set(d, []);
      for (const item of items) {
        const root = item.range.startContainer.getRootNode() as PaintRoot;
        const d = documentOf(root);
        const registry = registryOf(d);
        if (!registry) continue;
        // Adding a sheet with ::highlight rules restyles every element of its tree, which on a
        // large page is a long task: a tree with nothing to paint never gets it.
        if (!(documentStyled && d === doc)) adopt(d, registry.sheet);
        if (root !== d) adopt(root, registry.sheet);
        const list = byDoc.get(d);
        if (list) list.push(item);
        else byDoc.set(d, [item]);
      }
      for (const [d, list] of byDoc) {
        const registry = registryOf(d);
        if (!registry) continue;
        const lazy = list.length >= nearViewportFrom && typeof registry.win.IntersectionObserver === 'function';
        if (lazy) {
          let watcher = nearViewport.get(d);
          if (!watcher) nearViewport.set(d, (watcher = watchNearViewport(registry.win, (near) => register(registry.win, near))));
          watcher.track(list);
        } else {
          stopNearViewport(d);
          register(registry.win, list);
        }
      }
      for (const d of registries.keys()) {
        if (d.defaultView) continue;
        // A frame that navigated away.
        registries.delete(d);
        stopNearViewport(d);
      }
    },
    idsAt(x, y, target) {
      // A click in a frame comes with the frame's coordinates and one of its nodes.
      const d = typeof (target as Node | null)?.nodeType === 'number' ? documentOf(target as Node) : doc;
      const shadowRoots = [...adoptedIn].filter((r): r is ShadowRoot => r.nodeType === 11 && r.ownerDocument === d);
      const caret = caretAt(d, x, y, shadowRoots);
      if (!caret) return [];
      const hits: string[] = [];
      for (let i = placed.length - 1; i >= 0; i--) {
        const p = placed[i]!;
        try {
          if (p.range.isPointInRange(caret.node, caret.offset)) hits.push(p.id);
        } catch {
          // A range whose nodes left the document: it is repainted on the next pass.
        }
      }
      return hits;
    },
    flash(id) {
      const p = placed.find((i) => i.id === id);
      const registry = p && registryOf(documentOf(p.range.startContainer));
      if (!p || !registry) return;
      registry.win.CSS.highlights.set(`${PREFIX}-flash`, new registry.win.Highlight(p.range));
      registry.win.setTimeout(() => registry.win.CSS.highlights.delete(`${PREFIX}-flash`), 1200);
    },
    showSelection(range) {
      for (const { win: w } of registries.values()) w.CSS.highlights.delete(`${PREFIX}-selection`);
      if (!range) return;
      const registry = registryOf(documentOf(range.startContainer));
      registry?.win.CSS.highlights.set(`${PREFIX}-selection`, new registry.win.Highlight(range));
    },
    clear() {
      for (const d of [...nearViewport.keys()]) stopNearViewport(d);
      for (const [d, { win: w, sheet }] of registries) {
        if (!d.defaultView) continue;
        for (const c of COLORS) w.CSS.highlights.delete(`${PREFIX}-${c}`);
        w.CSS.highlights.delete(`${PREFIX}-flash`);
        w.CSS.highlights.delete(`${PREFIX}-selection`);
        for (const root of adoptedIn) if (documentOf(root) === d) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
      adoptedIn.clear();
      placed = [];
    },
  };
}

/** The fallback: wraps each highlighted run of text in a marker element. */
function wrappingPainter(doc: Document): Painter {
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

  /** The text of a range, node by node: walked from its start to its end, not over its whole ancestor. */
  function textNodesIn(range: Range): { node: Text; start: number; end: number }[] {
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
   * Ranges handed to paint() may lie in text nodes inside our own marks (the page was indexed
   * while painted); unwrapping moves those nodes, which would collapse the ranges. So they are
   * carried across the unwrap as offsets in the body's text, which wrapping never changes.
   */
  function survivingUnwrap(items: Placed[]): Placed[] {
    if (!marks.length) return items;
    const root = doc.body;
    const startOf = new Map<Node, number>();
    let total = 0;
    const walk = doc.createTreeWalker(root, 0x4);
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
      startOf.set(n, total);
      total += n.data.length;
    }
    const toOffset = (node: Node, offset: number) => (node.nodeType === 3 && startOf.has(node) ? startOf.get(node)! + offset : null);
    const carried = items.map((item) => ({
      item,
      a: toOffset(item.range.startContainer, item.range.startOffset),
      b: toOffset(item.range.endContainer, item.range.endOffset),
    }));
    unwrapAll();
    const texts: Text[] = [];
    const starts: number[] = [];
    total = 0;
    const again = doc.createTreeWalker(root, 0x4);
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
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      const t = texts[lo];
      return t ? [t, at - starts[lo]!] : null;
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

  return {
    mode: 'wrap',
    paint(given) {
      const items = survivingUnwrap(given);
      unwrapAll();
      // Collect every run first: wrapping splits text nodes, which would move later ranges.
      const perNode = new Map<Text, { start: number; end: number; item: Placed }[]>();
      for (const item of items) {
        for (const run of textNodesIn(item.range)) {
          const list = perNode.get(run.node) ?? [];
          list.push({ start: run.start, end: run.end, item });
          perNode.set(run.node, list);
        }
      }
      // Each text node is cut at every run's ends, so overlapping highlights nest: every piece is
      // wrapped once per highlight that covers it, the latest innermost (clicked first).
      for (const [node, runs] of perNode) {
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
            const { start, end, item } = runs[k]!;
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
    },
    idsAt(_x, _y, target) {
      const ids: string[] = [];
      for (let el = target instanceof Element ? target : null; el; el = el.parentElement) {
        if (el.tagName.toLowerCase() === MARK_TAG) ids.push(el.getAttribute('data-id')!);
      }
      return [...new Set(ids)];
    },
    flash(id) {
      for (const m of marks) if (m.getAttribute('data-id') === id) m.animate?.([{ outline: '3px solid orange' }, { outline: '0 solid orange' }], 1200);
    },
    // Without the Highlight API nothing marks a range without changing the page's DOM.
    showSelection() {},
    clear: unwrapAll,
  };
}
