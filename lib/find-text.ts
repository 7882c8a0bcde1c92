import { buildTextIndex, normalizeText } from './anchor';

/**
 * Finds a piece of page text again as a DOM Range, ignoring differences in white space
 * (the page may split a value over nodes, or use &nbsp; and line breaks where the quote
 * has a plain space). Used to scroll to where an extracted field stands. Unlike anchoring a
 * highlight, the first occurrence is good enough: a field's value is shown, not stored.
 */
export function findText(doc: Document, needle: string, root: Node | null = doc.body): Range | null {
  const wanted = normalizeText(needle).trim();
  if (!wanted || !root) return null;
  const index = buildTextIndex(root);
  const normalized = index.normalized;
  const at = normalized.text.indexOf(wanted);
  if (at < 0) return null;
  return index.toRange(normalized.toRaw(at), normalized.toRaw(at + wanted.length));
}
