import { MARK_TAG } from '@/lib/highlight/painter';
import { UI_HOST_TAG } from '@/components/in-page/ui-host';
import type { EmbeddedTree } from '@/lib/page-trees';
import { bodyOf } from '@/lib/page-body';

/**
 * The content script's one watch on the page: its text changing, its content being replaced,
 * its frames loading another document. Our UI and our marks are not the page's.
 */
export interface PageWatch {
  /** Shadow roots and same-origin frames are trees of their own: each is watched too, once. */
  watch(embedded: { trees: readonly EmbeddedTree[]; frames: readonly Element[] }): void;
  /** The open shadow roots watched in one document (the page's or a frame's). */
  shadowRootsIn(doc: Document): ShadowRoot[];
  /** Forgets the changes seen and not yet reported: they were ours (marks wrapped around text). */
  dropPending(): void;
  stop(): void;
}

export interface PageWatchDeps {
  doc: Document;
  signal: AbortSignal;
  /** The page's text changed (not by us). */
  onTextChange: () => void;
  /** A frame loaded another document: the page's text is not what it was. */
  onFrameLoad: () => void;
  /** The page added or removed elements in its body, or a frame loaded: its content may have been replaced. */
  onContentSwap: () => void;
  /** A same-origin frame's document, seen for the first time: it gets the reader's listeners. */
  onDocument: (doc: Document) => void;
}

const OBSERVED = { childList: true, subtree: true, characterData: true } as const;

const isOurElement = (n: Node) => n instanceof Element && (n.localName === MARK_TAG || n.localName === UI_HOST_TAG);
const inOurs = (n: Node) => {
  const el = n instanceof Element ? n : n.parentElement;
  return el != null && (el.closest(MARK_TAG) != null || el.closest(UI_HOST_TAG) != null);
};

/** What a batch of mutations means: the text changed, and elements of the page's content were swapped. */
function readMutations(doc: Document, mutations: readonly MutationRecord[]): { textChanged: boolean; swapped: boolean } {
  let textChanged = false;
  let swapped = false;
  for (const m of mutations) {
    if (inOurs(m.target)) continue;
    if (m.type === 'characterData') textChanged = true;
    for (const n of [...m.addedNodes, ...m.removedNodes]) {
      if (isOurElement(n)) continue;
      textChanged = true;
      if (n.nodeType === 1 && (m.target.getRootNode() !== doc || bodyOf(doc)?.contains(m.target))) swapped = true;
    }
  }
  return { textChanged, swapped };
}

export function watchPage({ doc, signal, onTextChange, onFrameLoad, onContentSwap, onDocument }: PageWatchDeps): PageWatch {
  const observer = new MutationObserver((mutations) => {
    const { textChanged, swapped } = readMutations(doc, mutations);
    if (textChanged) onTextChange();
    if (swapped) onContentSwap();
  });
  observer.observe(doc.documentElement, OBSERVED);

  const watched = new Set<EmbeddedTree>();
  const frameElements = new WeakSet<Element>();
  /** A frame that loads (again) brings a new document: the gone one is forgotten, the new one found on the next look. */
  const frameLoaded = () => {
    for (const t of watched) if (t.nodeType === 9 && !(t as Document).defaultView) watched.delete(t);
    onContentSwap();
    onFrameLoad();
  };

  return {
    watch({ trees, frames }) {
      for (const tree of trees) {
        if (watched.has(tree)) continue;
        watched.add(tree);
        try {
          observer.observe(tree, OBSERVED);
          if (tree.nodeType === 9) onDocument(tree as Document);
        } catch {
          // A frame torn down meanwhile.
        }
      }
      for (const frame of frames) {
        if (frameElements.has(frame)) continue;
        frameElements.add(frame);
        frame.addEventListener('load', frameLoaded, { signal });
      }
    },
    shadowRootsIn: (d) => [...watched].filter((t): t is ShadowRoot => t.nodeType === 11 && t.ownerDocument === d),
    dropPending: () => void observer.takeRecords(),
    stop: () => observer.disconnect(),
  };
}
