import type { HighlightColor } from '../annotation';
import { highlightApiPainter } from './highlight-api-painter';
import { wrappingPainter } from './wrapping-painter';

export { HIGHLIGHT_CSS } from './highlight-names';
export { MARK_TAG } from './wrapping-painter';

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

export interface PainterOptions {
  forceWrap?: boolean;
  /** From this many highlights in a document on, only those near the viewport are registered (near-viewport.ts). */
  nearViewportFrom?: number;
  /** The document already has our rules (highlight.css, listed in the manifest): it is not given the sheet again. */
  documentStyled?: boolean;
}

/** A few hundred ranges re-checked on each registry change cost a few ms; two thousand, a long task. */
export const NEAR_VIEWPORT_FROM = 300;

export function createPainter(doc: Document, opts: PainterOptions = {}): Painter {
  const win = doc.defaultView;
  const api = win?.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function' ? win : null;
  return api && !opts.forceWrap
    ? highlightApiPainter(doc, api, opts.documentStyled === true, opts.nearViewportFrom ?? NEAR_VIEWPORT_FROM)
    : wrappingPainter(doc);
}
