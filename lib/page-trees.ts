/**
 * The trees a page renders besides its document: open shadow roots and the documents of
 * same-origin frames, found by one walk over the elements (no style, no layout). A frame we
 * cannot read (cross-origin, or its getter throws) is listed as a frame, with no tree.
 *
 * Cost: one TreeWalker step and one `shadowRoot` read per element; it runs when the content
 * script looks at a page, not per event (see pageTreeSteps for large pages).
 */
import { never, runAtOnce, type Steps } from './yield';

export type EmbeddedTree = ShadowRoot | Document;

/**
 * What the page shows in place of an element's own children: a frame's document (null when it
 * cannot be read: another origin, or gone), an open shadow root, or the nodes assigned to a
 * slot. null: the element's children themselves. Read in a try: a page's getters may throw.
 */
export type Shown = { frame: Document | null } | { shadow: ShadowRoot } | { slotted: ArrayLike<Node> };

export function shownInstead(el: Element, name: string = el.localName): Shown | null {
  try {
    if (name === 'iframe' || name === 'frame') return { frame: (el as HTMLIFrameElement).contentDocument };
    const shadow = el.shadowRoot;
    if (shadow) return { shadow };
    if (name === 'slot') {
      const slot = el as HTMLSlotElement;
      // Kept as a guard for DOM implementations without slots.
      const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : null;
      if (assigned && assigned.length) return { slotted: assigned };
    }
    return null;
  } catch {
    // Never a frame's fallback children: a browser with frames does not show them.
    return name === 'iframe' || name === 'frame' ? { frame: null } : null;
  }
}

export interface PageTrees {
  trees: EmbeddedTree[];
  frames: Element[];
}

/** Nesting (shadow roots and frames together) beyond which a page is not followed. */
const MAX_DEPTH = 32;
/** Trees beyond this many are left out: a page of ten thousand widgets is not a review. */
const MAX_TREES = 2000;

/** Elements visited between two looks at the clock. */
const CHECK_EVERY = 512;

/**
 * The walk as steps that pause when `due()` (lib/yield.ts). In a content script every element
 * visited gets a wrapper in our isolated world, which costs more than the visit itself, so on
 * a large page the walk is sliced. A subtree the page removes while the walk is paused in it
 * ends that part of the walk early; the page is looked at again after such changes.
 */
export function* pageTreeSteps(doc: Document, due: () => boolean): Steps<PageTrees> {
  const out: PageTrees = { trees: [], frames: [] };
  let visited = 0;
  function* visit(root: Node, depth: number): Steps<void> {
    const owner = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!owner) return;
    const walker = owner.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++visited % CHECK_EVERY === 0 && due()) yield;
      const shown = shownInstead(node as Element);
      if (shown && 'frame' in shown) out.frames.push(node as Element);
      const tree = shown == null ? null : 'frame' in shown ? shown.frame : 'shadow' in shown ? shown.shadow : null;
      if (!tree || depth >= MAX_DEPTH || out.trees.length >= MAX_TREES) continue;
      out.trees.push(tree);
      yield* visit(tree, depth + 1);
    }
  }
  yield* visit(doc, 0);
  return out;
}

export function pageTrees(doc: Document): PageTrees {
  return runAtOnce(pageTreeSteps(doc, never));
}

/** The document of the frame that has the focus, the page's own when none has. */
export function focusedDocument(doc: Document): Document {
  let d = doc;
  for (let i = 0; i < MAX_DEPTH; i++) {
    const active = d.activeElement;
    let inner: Document | null = null;
    try {
      if (active && (active.localName === 'iframe' || active.localName === 'frame')) inner = (active as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner) break;
    d = inner;
  }
  return d;
}

/** Where a frame's viewport starts in the page's viewport: the sum of its frame elements' content boxes. */
export function frameOffset(d: Document, top: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let i = 0; d !== top && i < MAX_DEPTH; i++) {
    let frame: Element | null = null;
    try {
      frame = d.defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
    d = frame.ownerDocument;
  }
  return { x, y };
}
