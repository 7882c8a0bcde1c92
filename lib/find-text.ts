import { buildTextIndex, normalizeText } from './anchor';

/**
 * Finds a piece of page text again as a DOM Range, ignoring differences in white space
 * (the page may split a value over nodes, or use &nbsp; and line breaks where the quote
 * has a plain space). Used to scroll to where an extracted field stands. Unlike anchoring a
 * highlight, the first occurrence is good enough: a field's value is shown, not stored.
 */
export function findText(doc: Document, needle: string, root: Node | null = doc.body): Range | null {
  return findTexts(doc, needle, 1, root)[0] ?? null;
}

/** The first `max` occurrences of a piece of page text, as findText finds the first. */
export function findTexts(doc: Document, needle: string, max: number, root: Node | null = doc.body): Range[] {
  return root && normalizeText(needle).trim() ? textFinder(root)(needle, max) : [];
}

/** Finds several pieces of text under `root`, its text read once for all of them. */
export function textFinder(root: Node): (needle: string, max: number) => Range[] {
  const index = buildTextIndex(root);
  const normalized = index.normalized;
  return (needle, max) => {
    const wanted = normalizeText(needle).trim();
    const out: Range[] = [];
    if (!wanted) return out;
    for (let at = normalized.text.indexOf(wanted); at >= 0 && out.length < max; at = normalized.text.indexOf(wanted, at + wanted.length)) {
      const range = index.toRange(normalized.toRaw(at), normalized.toRaw(at + wanted.length));
      if (range) out.push(range);
    }
    return out;
  };
}
