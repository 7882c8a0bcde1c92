/**
 * The document's body, or null. The DOM types promise a body, but a document may have none: an
 * XML or SVG document, a frame still loading, a page whose script removed it.
 */
export function bodyOf(doc: Document): HTMLElement | null {
  return doc.body;
}

/** The document's root element, or null: the DOM types promise one, but an empty document has none. */
export function rootElementOf(doc: Document): HTMLElement | null {
  return doc.documentElement;
}

/** The document's head, or null: the DOM types promise one, but an XML or SVG document has none. */
export function headOf(doc: Document): HTMLHeadElement | null {
  return doc.head;
}
