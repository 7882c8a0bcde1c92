import { COLORS, type HighlightColor } from '../annotation';
import { PAINT } from './colors';

/**
 * Paints highlights on the page. Where the CSS Custom Highlight API exists (Chromium 105+,
 * Firefox 140+) nothing in the page's DOM changes, so frameworks that re-render are not
 * disturbed; elsewhere each range is wrapped in marker elements.
 *
 * Checked in Chromium 156: a content script's `CSS.highlights` is the page's own registry
 * (the page sees the same entries), and a stylesheet adopted from the isolated world styles
 * `::highlight()` — so painting works from a content script without touching the DOM.
 */
export interface Placed {
  id: string;
  color: HighlightColor;
  range: Range;
}

export interface Painter {
  readonly mode: 'highlight-api' | 'wrap';
  paint(items: Placed[]): void;
  /** Ids of the highlights at a point of the page, topmost (latest) first. */
  idsAt(x: number, y: number, target: EventTarget | null): string[];
  flash(id: string): void;
  clear(): void;
}

const PREFIX = 'review-annotator';
export const MARK_TAG = 'review-annotator-mark';

export function createPainter(doc: Document, opts: { forceWrap?: boolean } = {}): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const api = win?.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function' ? win : null;
  return api && !opts.forceWrap ? highlightApiPainter(doc, api) : wrappingPainter(doc);
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function highlightApiPainter(doc: Document, win: Window & typeof globalThis): Painter {
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(
    COLORS.map((c) => `::highlight(${PREFIX}-${c}) { background-color: ${PAINT[c]}; }`).join('\n') +
      `\n::highlight(${PREFIX}-flash) { background-color: rgba(255, 120, 0, 0.75); }`,
  );
  let adopted = false;
  let placed: Placed[] = [];

  function adopt(): void {
    // The page may replace its adopted sheets; put ours back each time we paint.
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    adopted = true;
  }

  return {
    mode: 'highlight-api',
    paint(items) {
      adopt();
      placed = items;
      for (const c of COLORS) {
        const ranges = items.filter((i) => i.color === c).map((i) => i.range);
        if (ranges.length) win.CSS.highlights.set(`${PREFIX}-${c}`, new win.Highlight(...ranges));
        else win.CSS.highlights.delete(`${PREFIX}-${c}`);
      }
    },
    idsAt(x, y) {
      const caret = caretAt(doc, x, y);
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
      if (!p) return;
      win.CSS.highlights.set(`${PREFIX}-flash`, new win.Highlight(p.range));
      win.setTimeout(() => win.CSS.highlights.delete(`${PREFIX}-flash`), 1200);
    },
    clear() {
      for (const c of COLORS) win.CSS.highlights.delete(`${PREFIX}-${c}`);
      win.CSS.highlights.delete(`${PREFIX}-flash`);
      if (adopted) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
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

  function textNodesIn(range: Range): { node: Text; start: number; end: number }[] {
    const out: { node: Text; start: number; end: number }[] = [];
    const root = range.commonAncestorContainer;
    const walker = doc.createTreeWalker(root, 0x4);
    const first = root.nodeType === 3 ? (root as Text) : null;
    for (let n = first ?? (walker.nextNode() as Text | null); n; n = first ? null : (walker.nextNode() as Text | null)) {
      if (!range.intersectsNode(n)) continue;
      const start = n === range.startContainer ? range.startOffset : 0;
      const end = n === range.endContainer ? range.endOffset : n.data.length;
      if (end > start) out.push({ node: n, start, end });
      if (first) break;
    }
    return out;
  }

  return {
    mode: 'wrap',
    paint(items) {
      unwrapAll();
      // Collect every run first: wrapping splits text nodes, which would move later ranges.
      const runs = items.flatMap((item) => textNodesIn(item.range).map((r) => ({ ...r, item })));
      for (const { node, start, end, item } of runs.reverse()) {
        let target = node;
        if (end < target.data.length) target.splitText(end);
        if (start > 0) target = target.splitText(start);
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute('data-id', item.id);
        mark.setAttribute('style', `background-color: ${PAINT[item.color]}; color: inherit;`);
        target.parentNode?.insertBefore(mark, target);
        mark.appendChild(target);
        marks.push(mark);
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
    clear: unwrapAll,
  };
}
