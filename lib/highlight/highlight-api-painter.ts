import { COLORS } from '../annotation';
import { FLASH_HIGHLIGHT, SELECTION_HIGHLIGHT, colorHighlight } from './highlight-names';
import { createRegistries, documentOf, type HighlightWindow, type PaintRoot, type Registries } from './highlight-registries';
import { watchNearViewport, type NearViewport } from './near-viewport';
import type { Painter, Placed } from './painter';

/**
 * Paints with the CSS Custom Highlight API: one Highlight per colour in each document's
 * registry, and nothing in the page's DOM changes.
 */
export function highlightApiPainter(doc: Document, win: HighlightWindow, documentStyled: boolean, nearViewportFrom: number): Painter {
  const registries = createRegistries(doc, win);
  /** Documents with so many highlights that only those near the viewport are registered. */
  const nearViewport = new Map<Document, NearViewport>();
  let placed: Placed[] = [];

  function stopNearViewport(d: Document): void {
    nearViewport.get(d)?.stop();
    nearViewport.delete(d);
  }

  /** Registers a document's ranges: all of them, or, when there are many, those near the viewport. */
  function registerIn(d: Document, list: Placed[]): void {
    const registry = registries.of(d);
    if (!registry) return;
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

  return {
    mode: 'highlight-api',
    paint(items) {
      placed = items;
      for (const [d, list] of byDocument(doc, items, registries, documentStyled)) registerIn(d, list);
      for (const d of registries.documents()) {
        if (d.defaultView) continue;
        // A frame that navigated away.
        registries.forget(d);
        stopNearViewport(d);
      }
    },
    idsAt(x, y, target) {
      // A click in a frame comes with the frame's coordinates and one of its nodes.
      const d = typeof (target as Node | null)?.nodeType === 'number' ? documentOf(target as Node) : doc;
      const caret = caretAt(d, x, y, registries.shadowRootsIn(d));
      return caret ? idsAtPoint(placed, caret.node, caret.offset) : [];
    },
    flash(id) {
      const p = placed.find((i) => i.id === id);
      const registry = p && registries.of(documentOf(p.range.startContainer));
      if (!p || !registry) return;
      registry.win.CSS.highlights.set(FLASH_HIGHLIGHT, new registry.win.Highlight(p.range));
      registry.win.setTimeout(() => registry.win.CSS.highlights.delete(FLASH_HIGHLIGHT), 1200);
    },
    showSelection(range) {
      for (const { win: w } of registries.all()) w.CSS.highlights.delete(SELECTION_HIGHLIGHT);
      if (!range) return;
      const registry = registries.of(documentOf(range.startContainer));
      registry?.win.CSS.highlights.set(SELECTION_HIGHLIGHT, new registry.win.Highlight(range));
    },
    clear() {
      for (const d of [...nearViewport.keys()]) stopNearViewport(d);
      registries.clear();
      placed = [];
    },
  };
}

/**
 * The highlights of each document with a registry (an empty list for the page's and for every
 * live one painted before, so that what they had is taken away). Gives our sheet to each tree
 * that holds a range.
 */
function byDocument(doc: Document, items: Placed[], registries: Registries, documentStyled: boolean): Map<Document, Placed[]> {
  const byDoc = new Map<Document, Placed[]>([[doc, []]]);
  for (const d of registries.documents()) if (d.defaultView) byDoc.set(d, []);
  for (const item of items) {
    const root = item.range.startContainer.getRootNode() as PaintRoot;
    const d = documentOf(root);
    const registry = registries.of(d);
    if (!registry) continue;
    // Adding a sheet with ::highlight rules restyles every element of its tree, which on a
    // large page is a long task: a tree with nothing to paint never gets it.
    if (!(documentStyled && d === doc)) registries.adopt(d, registry.sheet);
    if (root !== d) registries.adopt(root, registry.sheet);
    const list = byDoc.get(d);
    if (list) list.push(item);
    else byDoc.set(d, [item]);
  }
  return byDoc;
}

/** One Highlight per colour in a document's registry, holding these ranges. */
function register(w: HighlightWindow, list: readonly Placed[]): void {
  for (const c of COLORS) {
    const ranges = list.filter((i) => i.color === c).map((i) => i.range);
    if (ranges.length) w.CSS.highlights.set(colorHighlight(c), new w.Highlight(...ranges));
    else w.CSS.highlights.delete(colorHighlight(c));
  }
}

/** The ids of the highlights whose range holds a point, latest first. */
function idsAtPoint(placed: readonly Placed[], node: Node, offset: number): string[] {
  const hits: string[] = [];
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i];
    if (p === undefined) continue;
    try {
      if (p.range.isPointInRange(node, offset)) hits.push(p.id);
    } catch {
      // A range whose nodes left the document: it is repainted on the next pass.
    }
  }
  return hits;
}

/**
 * The text position under a point. Shadow roots we painted in are named, else the browser
 * answers with their host (Chromium 128+ takes the option; where it does not, a click in a
 * shadow root finds no highlight, and nothing worse).
 */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  // What we call, as we call it: caretRangeFromPoint is deprecated, and used only where the
  // browser lacks caretPositionFromPoint.
  const d: {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  } = doc;
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
