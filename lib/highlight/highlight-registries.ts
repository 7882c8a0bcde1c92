import { COLORS } from '../annotation';
import { FLASH_HIGHLIGHT, HIGHLIGHT_CSS, SELECTION_HIGHLIGHT, colorHighlight } from './highlight-names';
import { must } from '../must';

export type HighlightWindow = Window & typeof globalThis;
export type PaintRoot = Document | ShadowRoot;

/** A document's highlight registry (through its window) and the sheet with our rules for it. */
export interface Registry {
  win: HighlightWindow;
  sheet: CSSStyleSheet;
}

/**
 * Each document has its own highlight registry: the page's and each same-origin frame's. And
 * `::highlight()` rules apply in the tree of the sheet that holds them, so our sheet is adopted
 * by every document and shadow root that holds a painted range; these are remembered, to take
 * it back.
 */
export interface Registries {
  /** The document's registry, made on first use; null when its window has no Highlight API. */
  of(d: Document): Registry | null;
  /** The documents that have a registry. */
  documents(): Iterable<Document>;
  /** Every registry made. */
  all(): Iterable<Registry>;
  /** Gives a tree our sheet (again, if the page replaced its adopted sheets). */
  adopt(root: PaintRoot, sheet: CSSStyleSheet): void;
  /** The shadow roots of a document that have our sheet. */
  shadowRootsIn(d: Document): ShadowRoot[];
  /** Drops a document's registry (a frame that navigated away). */
  forget(d: Document): void;
  /** Deletes our highlights from every registry and our sheet from every tree. */
  clear(): void;
}

/** The document a node lives in (a Document is its own). */
export function documentOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : must(node.ownerDocument, 'the document of a node');
}

/** `win` is the window of `doc`, already known to have the Highlight API. */
export function createRegistries(doc: Document, win: HighlightWindow): Registries {
  const registries = new Map<Document, Registry>();
  const adoptedIn = new Set<PaintRoot>();
  return {
    of(d) {
      let r = registries.get(d);
      if (r) return r;
      const w: HighlightWindow | null = d === doc ? win : d.defaultView;
      if (!w?.CSS || !('highlights' in w.CSS) || typeof w.Highlight !== 'function') return null;
      const sheet = new w.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      registries.set(d, (r = { win: w, sheet }));
      return r;
    },
    documents: () => registries.keys(),
    all: () => registries.values(),
    adopt(root, sheet) {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      adoptedIn.add(root);
    },
    shadowRootsIn: (d) => [...adoptedIn].filter((r): r is ShadowRoot => r.nodeType === 11 && r.ownerDocument === d),
    forget(d) {
      registries.delete(d);
    },
    clear() {
      for (const [d, { win: w, sheet }] of registries) {
        if (!d.defaultView) continue;
        for (const c of COLORS) w.CSS.highlights.delete(colorHighlight(c));
        w.CSS.highlights.delete(FLASH_HIGHLIGHT);
        w.CSS.highlights.delete(SELECTION_HIGHLIGHT);
        for (const root of adoptedIn) if (documentOf(root) === d) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
      adoptedIn.clear();
    },
  };
}
