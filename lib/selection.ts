/**
 * The user's selection in a document (the page's or a frame's). Where the browser has
 * `Selection.getComposedRanges` (Chromium 137+, Firefox 142+) it is asked with the open shadow
 * roots we know named, and answers with a StaticRange inside them; seen through `getRangeAt`,
 * a selection inside a shadow root may be one on its host, or look collapsed. Elsewhere the
 * plain range is all there is.
 */
type ComposedSelection = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

export function selectedRange(doc: Document, shadowRoots: readonly ShadowRoot[]): AbstractRange | null {
  const sel = doc.getSelection() as ComposedSelection | null;
  if (!sel || sel.rangeCount === 0) return null;
  const composed = sel.getComposedRanges;
  if (shadowRoots.length && typeof composed === 'function') {
    try {
      const [r] = composed.call(sel, { shadowRoots: [...shadowRoots] });
      if (r && !r.collapsed) return r;
    } catch {
      // The first drafts took the roots as arguments, not as an options object: the plain range below.
    }
  }
  return sel.isCollapsed ? null : sel.getRangeAt(0);
}

/** Editable fields: a selection in them is the page's business, not text to highlight. */
export const FORM_FIELDS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';
