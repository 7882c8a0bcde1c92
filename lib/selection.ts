/**
 * The user's selection in a document (the page's or a frame's). Where the browser has
 * `Selection.getComposedRanges` (Chromium 137+, Firefox 142+) it is asked with the open shadow
 * roots we know named, and answers with a StaticRange inside them; seen through `getRangeAt`,
 * a selection inside a shadow root may be one on its host, or look collapsed. Elsewhere the
 * plain range is all there is.
 */

export function selectedRange(doc: Document, shadowRoots: readonly ShadowRoot[]): AbstractRange | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  // Browsers before getComposedRanges read the plain range below.
  if (shadowRoots.length && 'getComposedRanges' in sel) {
    try {
      const [r] = sel.getComposedRanges({ shadowRoots: [...shadowRoots] });
      if (r && !r.collapsed) return r;
    } catch {
      // The first drafts took the roots as arguments, not as an options object: the plain range below.
    }
  }
  return sel.isCollapsed ? null : sel.getRangeAt(0);
}

/** Editable fields: a selection in them is the page's business, not text to highlight. */
export const FORM_FIELDS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';
