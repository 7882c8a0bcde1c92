/**
 * The page's text, as anchoring sees it, built by ONE walk over the DOM.
 *
 * The index text (`TextIndex.text`) is the concatenation, in document order, of the data of
 * every non-empty Text node under the root, except:
 * - text inside `script`, `style`, `noscript`, `template`, `textarea`, `head`, and the
 *   fallback children of `iframe` (a same-origin frame's own document is read, see below);
 *   (never rendered as page text, or rendered from a parsed copy we cannot see);
 * - text inside any element with the `hidden` attribute (the author said it is not content);
 * - text inside any element that `opts.skip` rejects (our own UI's custom-element host).
 *
 * Everything else is included, also text hidden by CSS (`display: none`) or marked
 * `aria-hidden`: the decision is made from tag names and attributes only, never from
 * `getComputedStyle`, so it is the same in Chromium and in happy-dom, cheap, and does not
 * change when a page toggles a class.
 *
 * Line breaks: each `<br>` adds one "\n"; any run of block boundaries (entering or leaving
 * p, div, li, td, h1…, see BLOCKS) between two pieces of text adds ONE "\n", unless the text
 * already ends with a "\n" that we added. These newlines belong to no Text node. Nothing else
 * is added or collapsed, so index offsets map back to (Text node, offset) exactly.
 *
 * Inline elements (a, b, span, our painter's marks, unknown custom elements) add nothing, so
 * splitting a text node or wrapping text in an inline element leaves the text unchanged.
 *
 * The walk follows the page as it is rendered, not only its document tree: an element with an
 * open shadow root contributes its shadow tree (whose slots show the light children assigned
 * to them, or their own fallback children) instead of its light children, and a same-origin
 * frame contributes its body, as a block. Closed shadow roots and cross-origin frames are not
 * readable and add nothing. Such an index is "composed": its nodes live in several trees.
 *
 * Offsets count UTF-16 code units (JavaScript string indices) of this text.
 */

import { never, runAtOnce, type Steps } from '../yield';
import { shownInstead } from '../page-trees';
import { BLOCK_TAGS } from '../block-tags';
import { must } from '../must';

/** Elements whose text is never page text (a frame's children are its fallback, shown only without frames). */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'head']);
/** Frames nested deeper than this, in shadow roots and frames together, are not read (a hostile page may nest without end). */
const MAX_NESTING = 32;

/** Elements that start and end a line, decided by tag name: HTML's blocks, and form and media controls. */
const BLOCKS: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'optgroup', 'option', 'video', 'audio', 'canvas']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Node.DOCUMENT_POSITION_FOLLOWING / CONTAINED_BY, as numbers (no globals). */
const FOLLOWING = 4;
const CONTAINED_BY = 16;

export interface TextIndexOptions {
  /** Return true for an element whose subtree must not be indexed (e.g. our own UI's host). */
  skip?: (el: Element) => boolean;
}

/** Whitespace as `\s` in JavaScript regular expressions (which is what normalisation uses). */
const WS_CHANGED = /\s{2,}|[^\S ]/g;
const WS = /\s/;

/**
 * Normalisation used by both describing and anchoring: every run of white space (spaces,
 * tabs, newlines including the ones the index adds for blocks and `<br>`, `&nbsp;`, other
 * Unicode spaces) becomes one plain space. Nothing else changes (no case folding, no Unicode
 * normalisation, no trimming), so the normalised text maps back to index offsets by a list
 * of the collapsed runs.
 */
export function normalizeText(s: string): string {
  return s.replace(WS_CHANGED, ' ');
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && WS.test(ch);
}

/** The index text with white space normalised (see normalizeText), and offsets both ways. */
export class NormalizedText {
  readonly text: string;
  /** Per collapsed run of ≥2 white-space units: normalised offset just after its space… */
  private readonly nAfter: number[] = [];
  /** …raw offset just after the run, raw offset of its start, and units removed so far. */
  private readonly tAfter: number[] = [];
  private readonly tRunStart: number[] = [];
  private readonly removed: number[] = [];

  constructor(raw: string) {
    // Only runs of two or more, and single white space that is not a plain space, change: far
    // fewer matches than /\s+/ (every space between words), for the same result.
    let removed = 0;
    this.text = raw.replace(WS_CHANGED, (m: string, t0: number) => {
      if (m.length > 1) {
        const n0 = t0 - removed;
        removed += m.length - 1;
        this.nAfter.push(n0 + 1);
        this.tAfter.push(t0 + m.length);
        this.tRunStart.push(t0);
        this.removed.push(removed);
      }
      return ' ';
    });
  }

  /** Index offset of a normalised offset (the end of a collapsed run maps past the whole run). */
  toRaw(n: number): number {
    const i = lastAtMost(this.nAfter, n);
    return i < 0 ? n : n + must(this.removed[i], 'a collapsed run');
  }

  /** Normalised offset of an index offset (an offset inside a run maps just past its space). */
  toNormalized(t: number): number {
    const i = lastAtMost(this.tAfter, t);
    const next = i + 1;
    const runStart = this.tRunStart[next];
    if (runStart !== undefined && runStart < t) return must(this.nAfter[next], 'a collapsed run');
    return i < 0 ? t : t - must(this.removed[i], 'a collapsed run');
  }
}

/** Index of the last element of the sorted array that is <= x, or -1. */
export function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // mid lies in [0, length): the comparison never meets undefined.
    if ((sorted[mid] ?? Infinity) <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export class TextIndex {
  readonly doc: Document;
  readonly root: Node;
  /** The indexed Text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** Index offset where each node's data starts, and where it ends. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Length of the index text, in UTF-16 units. */
  readonly length: number;
  /** The shadow roots and same-origin frame documents whose text is in the index. */
  readonly trees: readonly (ShadowRoot | Document)[];
  /** Every frame element met, readable or not (a frame may load, or change origin, later). */
  readonly frames: readonly Element[];
  private textCache: string | null = null;
  private normalizedCache: NormalizedText | null = null;
  private positionCache: Map<Node, number> | null = null;
  /** The nodes' data, read when a slice first needs it (see dataAt). */
  private readonly read: (string | undefined)[] = [];

  constructor(
    doc: Document,
    root: Node,
    nodes: Text[],
    starts: number[],
    ends: number[],
    length: number,
    trees: (ShadowRoot | Document)[] = [],
    frames: Element[] = [],
  ) {
    this.doc = doc;
    this.root = root;
    this.nodes = nodes;
    this.starts = starts;
    this.ends = ends;
    this.length = length;
    this.trees = trees;
    this.frames = frames;
  }

  /** Whether the index holds text of more than one tree (shadow roots, frames): document order then says nothing across them. */
  get composed(): boolean {
    return this.trees.length > 0;
  }

  /**
   * The index text (see the module comment for exactly what it holds), joined on first use:
   * placing annotations on an unchanged page reads only slices of it.
   */
  get text(): string {
    if (this.textCache === null) {
      this.textCache = this.slice(0, this.length);
      // Slices now come from the joined text: the nodes' copies are no longer needed.
      this.read.length = 0;
    }
    return this.textCache;
  }

  /** index.text.slice(a, b), without joining the whole text when it is not joined yet. */
  slice(a: number, b: number): string {
    a = Math.max(0, a);
    b = Math.min(this.length, b);
    if (this.textCache !== null) return this.textCache.slice(a, b);
    if (b <= a) return '';
    const starts = this.starts;
    const count = this.nodes.length;
    const parts: string[] = [];
    let i = Math.max(0, lastAtMost(starts, a));
    let pos = a;
    while (pos < b) {
      const start = i < count ? this.startAt(i) : this.length;
      if (i < count && pos >= start) {
        const end = this.endAt(i);
        if (pos < end) {
          const to = Math.min(b, end);
          parts.push(this.dataAt(i).slice(pos - start, to - start));
          pos = to;
        }
        i++;
      } else {
        // Between nodes (or before the first, after the last): only added newlines.
        const to = Math.min(b, start);
        parts.push('\n'.repeat(to - pos));
        pos = to;
      }
    }
    return parts.join('');
  }

  /**
   * Node i's data. The walk reads only each node's length: reading the data of every node
   * copies the whole page's text into our world, and the garbage collector's pauses over those
   * copies would be the longest of the placement on a slow CPU. Placing highlights on an unchanged page reads only the nodes they cover. A node
   * changed since the walk keeps its length here, so every offset still holds: the text there
   * then matches no quote it did not hold, and the page is looked at again after the change.
   */
  private dataAt(i: number): string {
    let data = this.read[i];
    if (data === undefined) {
      const length = this.endAt(i) - this.startAt(i);
      data = this.nodeAt(i).data;
      if (data.length !== length) data = data.length > length ? data.slice(0, length) : data + '\uFFFD'.repeat(length - data.length);
      this.read[i] = data;
    }
    return data;
  }

  /** Node i, and where its text starts and ends in the index; i is within the index (callers check it). */
  private nodeAt(i: number): Text {
    return must(this.nodes[i], 'an indexed Text node');
  }

  private startAt(i: number): number {
    return must(this.starts[i], 'the start of an indexed node');
  }

  private endAt(i: number): number {
    return must(this.ends[i], 'the end of an indexed node');
  }

  /** The white-space-normalised text, built on first use (anchoring an unchanged page never needs it). */
  get normalized(): NormalizedText {
    return (this.normalizedCache ??= new NormalizedText(this.text));
  }

  /**
   * The index offset of a DOM boundary point (a Range's start or end). A point inside an
   * indexed Text node maps exactly; a point elsewhere (on an element, in skipped text) maps to
   * the start of the next indexed text (`side: 'start'`) or the end of the previous one
   * (`side: 'end'`), so a range keeps exactly the indexed text it covers.
   */
  offsetAt(container: Node, offset: number, side: 'start' | 'end'): number {
    if (this.composed) return this.composedOffsetAt(container, offset, side);
    const nodes = this.nodes;
    if (container.nodeType === TEXT_NODE) {
      const i = this.firstAtOrAfter(container, false);
      if (i < nodes.length && nodes[i] === container) {
        return Math.min(this.startAt(i) + Math.max(0, offset), this.endAt(i));
      }
      return side === 'start' ? this.startOf(i) : this.endBefore(this.firstAtOrAfter(container, true));
    }
    const kids = container.childNodes;
    const kid = kids[offset];
    const i = kid ? this.firstAtOrAfter(kid, false) : this.firstAtOrAfter(container, true);
    return side === 'start' ? this.startOf(i) : this.endBefore(i);
  }

  /**
   * offsetAt for a composed index. Its nodes are in rendering order, which document order
   * cannot tell across trees (nor for slotted nodes), so a Text node is looked up by identity;
   * a point elsewhere moves to the nearest indexed text of its own tree, in that tree's order.
   */
  private composedOffsetAt(container: Node, offset: number, side: 'start' | 'end'): number {
    const position = this.positions();
    const exact = container.nodeType === TEXT_NODE ? position.get(container) : undefined;
    if (exact !== undefined) return Math.min(this.startAt(exact) + Math.max(0, offset), this.endAt(exact));
    const tree = container.getRootNode();
    const doc = tree.nodeType === 9 ? (tree as Document) : tree.ownerDocument;
    if (!doc) return side === 'start' ? this.length : 0;
    const walker = doc.createTreeWalker(tree, 4 /* SHOW_TEXT */);
    // The first node at or after the point: the child at the offset, or what follows the container.
    let after: Node | null = container.nodeType === TEXT_NODE ? container : (container.childNodes[offset] ?? null);
    if (!after) {
      for (let n: Node | null = container; n && n !== tree && !after; n = n.parentNode) after = n.nextSibling;
    }
    if (side === 'start') {
      if (!after) return this.length;
      walker.currentNode = after;
      for (let n: Node | null = after.nodeType === TEXT_NODE ? after : walker.nextNode(); n; n = walker.nextNode()) {
        const i = position.get(n);
        if (i !== undefined) return this.startAt(i);
      }
      return this.length;
    }
    if (after) walker.currentNode = after;
    else while (walker.lastChild()); // to the tree's last text
    const last = !after && walker.currentNode.nodeType === TEXT_NODE ? walker.currentNode : null;
    for (let n: Node | null = last ?? walker.previousNode(); n; n = walker.previousNode()) {
      const i = position.get(n);
      if (i !== undefined) return this.endAt(i);
    }
    return 0;
  }

  /**
   * A live DOM Range over index offsets [start, end); null when the page has no text, or when
   * the DOM changed since indexing so that the offsets no longer fit. A Range lies in one tree:
   * in a composed index, text past the tree where the range starts is left out.
   */
  toRange(start: number, end: number): Range | null {
    if (!this.nodes.length) return null;
    const [sn, so] = this.pointAt(Math.max(0, start), 'start');
    let [en, eo] = this.pointAt(Math.max(start, end), 'end');
    if (this.composed && sn.getRootNode() !== en.getRootNode()) [en, eo] = this.endInTreeOf(sn, end);
    const range = sn.ownerDocument.createRange();
    try {
      range.setStart(sn, so);
      range.setEnd(en, eo);
    } catch {
      return null;
    }
    return range;
  }

  /** The (Text node, offset) of an index offset; offsets on added newlines move to the nearest text. */
  pointAt(t: number, side: 'start' | 'end'): [Text, number] {
    const { nodes, starts } = this;
    if (side === 'start') {
      const i = Math.max(0, lastAtMost(starts, t));
      const start = this.startAt(i);
      const end = this.endAt(i);
      if (t < end) return [this.nodeAt(i), Math.max(0, t - start)];
      const next = nodes[i + 1];
      if (next) return [next, 0];
      return [this.nodeAt(i), end - start];
    }
    const i = lastAtMost(starts, t - 1);
    if (i < 0) return [this.nodeAt(0), 0];
    return [this.nodeAt(i), Math.min(t, this.endAt(i)) - this.startAt(i)];
  }

  private positions(): Map<Node, number> {
    return (this.positionCache ??= new Map(this.nodes.map((n, i) => [n as Node, i])));
  }

  /** The last point before `end` in the run of indexed nodes that starts at `first` and stays in its tree. */
  private endInTreeOf(first: Text, end: number): [Text, number] {
    const nodes = this.nodes;
    const tree = first.getRootNode();
    let j = this.positions().get(first) ?? 0;
    for (let next = nodes[j + 1]; next && this.startAt(j + 1) < end && next.getRootNode() === tree; next = nodes[j + 1]) j++;
    return [this.nodeAt(j), Math.min(end, this.endAt(j)) - this.startAt(j)];
  }

  private startOf(i: number): number {
    return i < this.nodes.length ? this.startAt(i) : this.length;
  }

  private endBefore(i: number): number {
    return i > 0 ? this.endAt(i - 1) : 0;
  }

  /**
   * Binary search in document order: the first indexed node at or after the point just before
   * `ref` (`afterSubtree` false), or just after `ref` and all its descendants (true).
   */
  private firstAtOrAfter(ref: Node, afterSubtree: boolean): number {
    const nodes = this.nodes;
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const n = this.nodeAt(mid);
      let atOrAfter: boolean;
      if (n === ref) atOrAfter = !afterSubtree;
      else {
        const pos = ref.compareDocumentPosition(n);
        atOrAfter = (pos & FOLLOWING) !== 0 && !(afterSubtree && (pos & CONTAINED_BY) !== 0);
      }
      if (atOrAfter) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * Builds the index of `root`'s text in one walk (firstChild / nextSibling, no per-character
 * objects): each Text node with its start and end offsets; the added newlines are the gaps
 * between them. The nodes' data is read when a slice needs it, and joined only when something
 * asks for all of it.
 */
export function buildTextIndex(root: Node, opts: TextIndexOptions = {}): TextIndex {
  return runAtOnce(indexSteps(root, opts, never));
}

/**
 * The same walk in steps that pause between nodes whenever `due()` says so (lib/yield.ts):
 * the DOM must not change until the walk is resumed, so a caller that gives the event loop a
 * turn in between stops the walk when the page changes.
 */
export function* indexSteps(root: Node, opts: TextIndexOptions, due: () => boolean): Steps<TextIndex> {
  const skip = opts.skip;
  const doc = root.nodeType === 9 ? (root as Document) : must(root.ownerDocument, 'the document of the indexed root');
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  /** Shadow roots and frame documents walked into, and every frame element met. */
  const trees: (ShadowRoot | Document)[] = [];
  const frames: Element[] = [];
  let length = 0;
  /** A block boundary was crossed since the last text. */
  let pending = false;
  /** The text ends with a newline we added (or is empty): a block boundary adds nothing. */
  let atBreak = true;

  if (root.nodeType === TEXT_NODE) {
    if ((root as Text).length) {
      nodes.push(root as Text);
      starts.push(0);
      ends.push((length = (root as Text).length));
    }
    return new TextIndex(doc, root, nodes, starts, ends, length);
  }

  // Elements with the `hidden` attribute, found once per tree by the browser's selector engine:
  // asking each element would cost as much as the rest of the walk.
  let hidden: Set<Node> | null = null;
  const noteHidden = (tree: Node) => {
    const list = 'querySelectorAll' in tree ? (tree as ParentNode).querySelectorAll('[hidden]') : null;
    if (list && list.length) {
      hidden ??= new Set<Node>();
      for (const element of list) hidden.add(element);
    }
  };
  noteHidden(root);
  // Matching the selector on a page of 50,000 elements can fill a slice by itself.
  if (due()) yield;

  // The length only, not the data: see TextIndex.dataAt.
  const addText = (node: Text) => {
    const size = node.length;
    if (!size) return;
    if (pending && !atBreak) length++; // an added newline: a gap between two nodes' offsets
    pending = false;
    atBreak = false;
    nodes.push(node);
    starts.push(length);
    length += size;
    ends.push(length);
  };

  /** Walks the subtrees of `container`'s children, or of each node of `list` (a slot's assigned nodes). */
  let steps = 0;
  function* walk(container: Node, list: ArrayLike<Node> | null, depth: number): Generator<void, void, void> {
    /** For each element we descended into, whether it is a block: read again when we leave it. */
    const blockStack: boolean[] = [];
    let item = 0;
    let node: Node | null = list ? (list[0] ?? null) : container.firstChild;
    while (node) {
      // performance.now() costs about as much as a node: asked every 64 nodes.
      if ((++steps & 63) === 0 && due()) yield;
      const type = node.nodeType;
      if (type === TEXT_NODE) addText(node as Text);
      else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const name = el.localName;
        if (SKIP_TAGS.has(name) || (hidden !== null && hidden.has(el)) || (skip !== undefined && skip(el))) {
          // Skipped with its subtree.
        } else if (name === 'br') {
          length += pending && !atBreak ? 2 : 1;
          pending = false;
          atBreak = true;
        } else {
          const block = BLOCKS.has(name);
          if (block) pending = true;
          const shown = depth < MAX_NESTING ? shownInstead(el, name) : null;
          if (shown) {
            if ('frame' in shown) frames.push(el);
            const tree = 'frame' in shown ? shown.frame : 'shadow' in shown ? shown.shadow : null;
            const body = tree ? (tree.nodeType === 9 ? (tree as Document).body : tree) : null;
            if (tree && body) {
              trees.push(tree);
              noteHidden(body);
              if (tree.nodeType === 9) pending = true; // a frame's content is a block of its own
              yield* walk(body, null, depth + 1);
              if (tree.nodeType === 9) pending = true;
            } else if ('slotted' in shown) yield* walk(el, shown.slotted, depth + 1);
            if (block) pending = true;
          } else {
            const first = el.firstChild;
            if (first) {
              blockStack.push(block);
              node = first;
              continue;
            }
          }
        }
      }
      // Next node in rendering order outside this one's subtree, noting the blocks we leave. A
      // listed node's siblings are not listed: after one comes the next in the list.
      let next: Node | null = null;
      for (;;) {
        if (list && node === list[item]) {
          next = list[++item] ?? null;
          break;
        }
        next = node.nextSibling;
        if (next) break;
        const parent: Node | null = node.parentNode;
        if (!parent || parent === container) break;
        node = parent;
        if (blockStack.pop()) pending = true;
      }
      node = next;
    }
  }
  yield* walk(root, null, 0);
  return new TextIndex(doc, root, nodes, starts, ends, length, trees, frames);
}
