/**
 * Detection on the page as it is rendered. The extractor reads one Document; a review shown
 * inside open shadow roots or a same-origin frame is not in the page's document tree. When the
 * page's own document is not a review and its other trees hint that they might hold one, the
 * extractor reads a detached copy of the rendered page instead: shadow roots in place of their
 * hosts' children (slots filled), frames' bodies in place of the frames, and the frames'
 * metadata added to the head.
 *
 * The copy is made by `document.implementation.createHTMLDocument`: a document with no
 * browsing context, where nothing runs or loads.
 */
import { extractReview } from './index';
import { mightBeReview, mightHoldReviewText } from './prefilter';
import type { Extraction } from './schema';
import { shownInstead } from '../page-trees';
import { bodyOf, headOf } from '../page-body';

type Tree = ShadowRoot | Document;

/** Nesting of shadow roots and frames beyond which the copy stops. */
const MAX_DEPTH = 32;
/** Text read from the other trees to decide whether a copy is worth making. */
const HINT_BUDGET = 32_000;
/**
 * Elements that never hold page text (a JSON-LD script is kept: it is metadata). Media are left
 * out too: a document without a browsing context loads nothing, and without them that holds
 * whatever a browser does.
 */
const DROP = new Set(['style', 'noscript', 'template', 'link', 'head', 'img', 'picture', 'source', 'video', 'audio', 'track', 'object', 'embed']);

/**
 * Extraction for the content script: the page's document first, the rendered page when that
 * says no. `full` reads the page even where the prefilter would not (the reader has rules for its site).
 */
export function detectReview(doc: Document, url: string, trees: readonly Tree[], full = false): Extraction | null {
  const own = full || mightBeReview(doc) ? extractReview(doc, url) : null;
  if (own?.isReview || !trees.length || !treesHint(trees)) return own;
  const flat = composedDocument(doc);
  const composed = extractReview(flat, url);
  return composed.isReview ? composed : own;
}

function treesHint(trees: readonly Tree[]): boolean {
  let budget = HINT_BUDGET;
  for (const tree of trees) {
    if (budget <= 0) break;
    try {
      if (tree.nodeType === 9) {
        if (mightBeReview(tree as Document)) return true;
        continue;
      }
      const text = (tree.textContent ?? '').slice(0, budget);
      budget -= text.length;
      if (mightHoldReviewText(text)) return true;
    } catch {
      // A tree torn down meanwhile.
    }
  }
  return false;
}

/** The children an element shows (see shownInstead); a frame's metadata goes into the copy's head. */
function shownChildren(el: Element, name: string, head: HTMLHeadElement, out: Document): ArrayLike<Node> | null {
  const shown = shownInstead(el, name);
  if (!shown) return null;
  if ('shadow' in shown) return shown.shadow.childNodes;
  if ('slotted' in shown) return shown.slotted;
  const inner = shown.frame;
  const innerBody = inner ? bodyOf(inner) : null;
  if (!inner || !innerBody) return [];
  for (const m of Array.from(headOf(inner)?.querySelectorAll('meta, script[type="application/ld+json"]') ?? [])) head.appendChild(out.importNode(m, true));
  return innerBody.childNodes;
}

/** A detached copy of the page as rendered (see the module comment). */
export function composedDocument(doc: Document): Document {
  const out = doc.implementation.createHTMLDocument(doc.title);
  const head = out.head;
  for (const m of Array.from(headOf(doc)?.querySelectorAll('meta, script[type="application/ld+json"], link[rel="canonical"]') ?? []))
    head.appendChild(out.importNode(m, true));
  const body = bodyOf(doc);
  if (!body) return out;
  const stack: { from: ArrayLike<Node>; i: number; to: Node; depth: number }[] = [{ from: body.childNodes, i: 0, to: out.body, depth: 0 }];
  for (let job = stack.at(-1); job; job = stack.at(-1)) {
    if (job.i >= job.from.length) {
      stack.pop();
      continue;
    }
    const node = job.from[job.i++];
    if (!node) continue;
    if (node.nodeType === 3) {
      job.to.appendChild(out.createTextNode((node as Text).data));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.localName;
    if (DROP.has(name) || (name === 'script' && !/ld\+json/i.test(el.getAttribute('type') ?? ''))) continue;
    let shown: ArrayLike<Node> | null = null;
    try {
      shown = job.depth < MAX_DEPTH ? shownChildren(el, name, head, out) : null;
    } catch {
      shown = null;
    }
    const isFrame = name === 'iframe' || name === 'frame';
    const copy = isFrame ? out.createElement('div') : out.importNode(el, false);
    job.to.appendChild(copy);
    stack.push({ from: shown ?? el.childNodes, i: 0, to: copy, depth: shown ? job.depth + 1 : job.depth });
  }
  return out;
}
