/**
 * Anchoring: describe a DOM range as W3C Web Annotation selectors, and place such selectors
 * in a page again, also after the page changed a little. Pure functions over a Document:
 * they run in the content script, in Node tests (happy-dom) and in the benchmarks unchanged.
 *
 *   const index = buildTextIndex(doc.body, { skip: (el) => el.localName === 'review-annotator-ui' });
 *   const described = describeRange(index, selection.getRangeAt(0));   // store described
 *   const placed = anchorAll(buildTextIndex(doc.body, opts), storedTargets); // later, once per pass
 */
export { buildTextIndex, normalizeText, TextIndex, type TextIndexOptions } from './text-index';
export type { AnchorTarget, Selectors, TextPositionSelector, TextQuoteSelector } from './selectors';
export { describeRange, CONTEXT, MAX_CONTEXT } from './describe';
export { anchor, anchorAll, maxErrors, type AnchorMethod, type AnchorResult } from './anchor';
export { anchorInSlices, type Placement } from './chunked';
