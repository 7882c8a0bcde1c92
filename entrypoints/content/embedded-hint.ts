import { EMBEDDED_BOUNDS, glimpse, type EmbeddedGlimpse, type Glimpse } from '@/lib/extract/glimpse';
import { bodyOf, rootElementOf } from '@/lib/page-body';

/**
 * The page's trees of their own, read for the background's prefilter (`decideEmbedded`): a
 * same-origin frame's glimpse, an open shadow root's text. Bounded: the first frames, and the
 * first elements of the page's own tree; the page tools, once loaded, walk all of them.
 */
export function embeddedGlimpse(doc: Document): EmbeddedGlimpse {
  try {
    return { frames: frameGlimpses(doc), shadowTexts: shadowTexts(doc) };
  } catch {
    return { frames: [], shadowTexts: [] };
  }
}

function frameGlimpses(doc: Document): Glimpse[] {
  const out: Glimpse[] = [];
  let looked = 0;
  for (const tag of ['iframe', 'frame']) {
    const frames = doc.getElementsByTagName(tag);
    for (let i = 0; i < frames.length && looked < EMBEDDED_BOUNDS.frames; i++, looked++) {
      let inner: Document | null = null;
      try {
        inner = (frames[i] as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (inner?.body) out.push(glimpse(inner));
    }
  }
  return out;
}

function shadowTexts(doc: Document): string[] {
  const root = bodyOf(doc) ?? rootElementOf(doc);
  if (!root) return [];
  const out: string[] = [];
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  let budget: number = EMBEDDED_BOUNDS.shadowText;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < EMBEDDED_BOUNDS.elements && budget > 0; node = walker.nextNode(), seen++) {
    const shadow = (node as Element).shadowRoot;
    if (!shadow) continue;
    const text = shadow.textContent.slice(0, budget);
    budget -= text.length;
    if (text) out.push(text);
  }
  return out;
}
