/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), as this
 * library writes and reads them.
 *
 * Both count in the page text that `buildTextIndex` builds (see text-index.ts): the data of the
 * page's Text nodes in document order, without script/style/noscript/template/textarea/iframe/
 * head, `hidden`-attribute subtrees and our own UI, with one "\n" added for each `<br>` and for
 * each run of block boundaries (p, div, li, td, h1…) between two pieces of text.
 */

/**
 * The quoted text and some text around it. All three strings are white-space normalised:
 * every run of white space (including `&nbsp;` and the added newlines) is one plain space.
 * `exact` never starts or ends with white space (describeRange trims the selection).
 * `prefix` and `suffix` hold about 32 UTF-16 units each, more where that was needed to make
 * prefix + exact + suffix unique on the page (at most 256 each); less at the text's ends.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * Start and end offsets (end exclusive) in the page text, counting UTF-16 code units
 * (JavaScript string indices, so an emoji outside the BMP counts 2), of the RAW index text:
 * not normalised, with the added newlines counted as one unit each.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What describeRange returns and anchor takes. */
export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | undefined;
}

/** A target as stored: our `{ quote, position }` pair, or a W3C list of selectors. */
export type AnchorTarget = Selectors | readonly { type: string }[];

/** The quote and position in a target, whichever form it has; null without a usable quote. */
export function readTarget(target: AnchorTarget): Selectors | null {
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  if (Array.isArray(target)) {
    // A stored list may hold anything, holes included.
    for (const s of target as readonly ({ type: string } | null | undefined)[]) {
      if (s?.type === 'TextQuoteSelector') quote ??= s as TextQuoteSelector;
      else if (s?.type === 'TextPositionSelector') position ??= s as TextPositionSelector;
    }
  } else {
    ({ quote, position } = target as Selectors);
  }
  if (!quote || typeof quote.exact !== 'string' || !quote.exact) return null;
  const valid = position && Number.isInteger(position.start) && Number.isInteger(position.end) && position.start >= 0 && position.end > position.start;
  return { quote, position: valid ? position : undefined };
}
