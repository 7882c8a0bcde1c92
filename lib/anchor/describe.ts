import type { TextPositionSelector, TextQuoteSelector } from './selectors';
import { isSpace, type TextIndex } from './text-index';

/** Context kept on each side of a quote, in UTF-16 units of the normalised text. */
export const CONTEXT = 32;
/** Context is extended up to this length on each side when needed to make the quote unique. */
export const MAX_CONTEXT = 256;

/**
 * Describes a DOM range as a quote (with context) and a position in the index's text. A
 * StaticRange will do: a selection reaching into shadow roots comes as one.
 *
 * The range's ends may lie on elements or in skipped text: they move to the nearest indexed
 * text inside the range. White space at both ends is trimmed, so the position covers exactly
 * the quoted text. Returns null when nothing but white space (or nothing indexed) is covered.
 *
 * The prefix and suffix are about CONTEXT units long; when another occurrence of the quote
 * agrees with them, the side that needs less is extended until prefix + exact + suffix occurs
 * once in the page, up to MAX_CONTEXT units per side (beyond that the position tells them apart).
 */
export function describeRange(
  index: TextIndex,
  range: Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset' | 'collapsed'>,
): { quote: TextQuoteSelector; position: TextPositionSelector } | null {
  if (range.collapsed) return null;
  const raw = index.text;
  let s = index.offsetAt(range.startContainer, range.startOffset, 'start');
  let e = index.offsetAt(range.endContainer, range.endOffset, 'end');
  while (s < e && isSpace(raw[s])) s++;
  while (e > s && isSpace(raw[e - 1])) e--;
  if (e <= s) return null;

  const norm = index.normalized;
  const text = norm.text;
  const ns = norm.toNormalized(s);
  const ne = norm.toNormalized(e);
  const exact = text.slice(ns, ne);
  if (!exact) return null;

  const [p, q] = contextNeeded(text, ns, ne, exact);
  let from = ns - p;
  let to = ne + q;
  // Do not cut a surrogate pair in two at the outer ends of the context.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(from, ns), suffix: text.slice(ne, to) },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Lengths of prefix and suffix that set this occurrence apart from every other one (bounded). */
function contextNeeded(text: string, ns: number, ne: number, exact: string): [number, number] {
  const maxP = Math.min(MAX_CONTEXT, ns);
  const maxQ = Math.min(MAX_CONTEXT, text.length - ne);
  let p = Math.min(CONTEXT, maxP);
  let q = Math.min(CONTEXT, maxQ);
  for (let o = text.indexOf(exact); o !== -1; o = text.indexOf(exact, o + 1)) {
    if (o === ns) continue;
    // How far this other occurrence agrees with ours, before and after.
    const lp = commonBefore(text, ns, o, maxP);
    const ls = commonAfter(text, ne, o + exact.length, maxQ);
    if (lp < p || ls < q) continue; // already told apart
    const canP = lp < maxP;
    const canQ = ls < maxQ;
    if (canP && (!canQ || lp + 1 - p <= ls + 1 - q)) p = lp + 1;
    else if (canQ) q = ls + 1;
    // Otherwise identical for MAX_CONTEXT (or up to the text's ends) on both sides.
  }
  return [p, q];
}

/** Units equal going backwards from a and from b (exclusive), at most max. */
function commonBefore(text: string, a: number, b: number, max: number): number {
  let n = 0;
  while (n < max && a - n > 0 && b - n > 0 && text.charCodeAt(a - n - 1) === text.charCodeAt(b - n - 1)) n++;
  return n;
}

/** Units equal going forwards from a and from b, at most max. */
function commonAfter(text: string, a: number, b: number, max: number): number {
  let n = 0;
  const len = text.length;
  while (n < max && a + n < len && b + n < len && text.charCodeAt(a + n) === text.charCodeAt(b + n)) n++;
  return n;
}
