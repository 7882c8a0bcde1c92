import { mightBeReview, mightHoldReviewText } from '@/lib/extract/prefilter';
import { bodyOf, rootElementOf } from '@/lib/page-body';

/** Elements looked at for an open shadow root. */
const ELEMENT_BUDGET = 3_000;
/** Frames looked into. */
const FRAME_BUDGET = 20;
/** Text read from shadow roots. */
const TEXT_BUDGET = 32_000;

/**
 * Whether the page might show a review in a tree of its own, which the prefilter does not read:
 * a same-origin frame whose document passes the prefilter, or an open shadow root whose text
 * passes its text test. Bounded: the first frames, and the first elements of the page's own
 * tree; the page tools, once loaded, walk all of them.
 */
export function mayShowEmbeddedReview(doc: Document): boolean {
  try {
    return framesHint(doc) || shadowHint(doc);
  } catch {
    return false;
  }
}

function framesHint(doc: Document): boolean {
  let looked = 0;
  for (const tag of ['iframe', 'frame']) {
    const frames = doc.getElementsByTagName(tag);
    for (let i = 0; i < frames.length && looked < FRAME_BUDGET; i++, looked++) {
      let inner: Document | null = null;
      try {
        inner = (frames[i] as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (inner?.body && mightBeReview(inner)) return true;
    }
  }
  return false;
}

function shadowHint(doc: Document): boolean {
  const root = bodyOf(doc) ?? rootElementOf(doc);
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  let budget = TEXT_BUDGET;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < ELEMENT_BUDGET && budget > 0; node = walker.nextNode(), seen++) {
    const shadow = (node as Element).shadowRoot;
    if (!shadow) continue;
    const text = shadow.textContent.slice(0, budget);
    budget -= text.length;
    if (mightHoldReviewText(text)) return true;
  }
  return false;
}
