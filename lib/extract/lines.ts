/**
 * One walk over the page's text, cut into lines as a reader sees them: a line ends at every
 * block boundary and at every <br>. Each line keeps its block element, whether it lies in the
 * main content, and where bold / italic / label-styled / linked runs stand in its text. Every
 * other module works on these lines, so the document is walked once.
 *
 * The walk is a plain TreeWalker walk over the text nodes of the main content (or the body),
 * plus, for each element that holds text, one look at its tag and class: its context (block,
 * furniture, styles) is worked out once, on a stack of open ancestors (no hashing of nodes), and
 * shared by all text below it. Text inside furniture (navigation, sidebars, comments…) is dropped.
 * It stops after `maxChars` characters of kept text.
 */
import { SKIP_TAGS, findMainContent, hiddenElements, judgeElement } from './main-content';
import { isSpaceCode } from './text';
import { BLOCK_TAGS } from '../block-tags';
import { must } from '../must';
import { bodyOf, rootElementOf } from '../page-body';

export const RUN_STRONG = 1;
export const RUN_ITALIC = 2;
export const RUN_LABEL = 4;

export interface Run {
  s: number;
  e: number;
  k: number;
}

export interface LinkRun {
  s: number;
  e: number;
  /** The link element; read its href with `hrefOf`. */
  el: Element;
}

/** A link run's target as written, or null. */
export function hrefOf(l: LinkRun): string | null {
  return l.el.getAttribute('href');
}

export interface Line {
  /** The line's text exactly as the page has it (text nodes concatenated). */
  text: string;
  /** Nearest block-level element containing the line. */
  block: Element;
  /** Local name of `block`. */
  tag: string;
  /** Heading level 1–6, or 0. */
  h: number;
  /** The block element has a label-like class (`field-label`). */
  lab: boolean;
  /** Styled runs (bold, italic, label class), in order of their start. */
  runs: Run[] | null;
  links: LinkRun[] | null;
  /** The line was ended or started by a <br> inside its block. */
  brk: boolean;
  /** Inside a blockquote or a figure: quoted or caption text, not the page's own prose. */
  quoted: boolean;
}

export interface PageText {
  lines: Line[];
  mainRoot: Element | null;
  articles: number;
  /** Characters of text seen. */
  chars: number;
  /** The walk stopped at a size limit. */
  truncated: boolean;
  /** The first breadcrumb trail met on the way (it is furniture, so its text is not in `lines`). */
  crumbs: Element | null;
}

const HEADING: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const QUOTE_TAGS: ReadonlySet<string> = new Set(['blockquote', 'figure', 'figcaption']);

export interface WalkLimits {
  /** Stop after this many characters of text. */
  maxChars: number;
  /** Stop after this many lines. */
  maxLines: number;
  /** Stop after this many text nodes. */
  maxNodes: number;
}

/**
 * What the walk reads at most. A review's fields, its opening and its signature stand well within
 * its first 200,000 characters (a long essay is a quarter of that); on bigger pages the rest is
 * not read, so the cost stays bounded.
 */
export const DEFAULT_LIMITS: WalkLimits = { maxChars: 200_000, maxLines: 20_000, maxNodes: 200_000 };

/** What an element means for the text below it. Shared (not copied) when nothing changes. */
interface Ctx {
  /** The furniture element this text is inside, or null. */
  skip: Element | null;
  block: Element;
  tag: string;
  lab: boolean;
  art: boolean;
  h: number;
  quoted: boolean;
  strong: Element | null;
  italic: Element | null;
  label: Element | null;
  link: Element | null;
}

/**
 * Walk the document once and return its lines. With `outsideOf`, the body is read but for that
 * element (the rest of a page around its main content); furniture is left out either way.
 */
export function collectLines(doc: Document, limits: WalkLimits = DEFAULT_LIMITS, outsideOf: Element | null = null): PageText {
  const { root: mainRoot, articles } = findMainContent(doc, true);
  // Only the main content is read when the page says where it is; else the whole body.
  const body = (outsideOf ? null : mainRoot) ?? bodyOf(doc) ?? rootElementOf(doc);
  const out: PageText = { lines: [], mainRoot, articles, chars: 0, truncated: false, crumbs: null };
  if (!body) return out;

  const breaks = lineBreaks(doc, body);
  const ancestors = new AncestorStack(body, { out, mainRoot, outsideOf, hidden: hiddenElements(body), verdicts: new Map() });
  const line = new LineAssembler(out.lines);
  let b = 0;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count > limits.maxNodes) {
      out.truncated = true;
      break;
    }
    const c = ancestors.contextOf(node.parentNode);
    let broken = false;
    while (b < breaks.length && breaks[b] === node) {
      broken = true;
      b++;
    }
    if (c.skip) continue;
    let data = (node as Text).data;
    if (!data) continue;
    if (out.chars + data.length > limits.maxChars) {
      data = data.slice(0, Math.max(0, limits.maxChars - out.chars));
      out.truncated = true;
    }
    if (broken || line.isOtherBlock(c)) {
      line.flush(broken);
      if (out.lines.length >= limits.maxLines) {
        out.truncated = true;
        break;
      }
    }
    line.add(c, data);
    out.chars += data.length;
    if (out.chars >= limits.maxChars) break;
  }
  line.flush(false);
  return out;
}

/**
 * The text nodes that follow a <br> or <hr>: each starts a new line. Found once per break, in
 * document order (the order the walk meets them in).
 */
function lineBreaks(doc: Document, body: Element): Node[] {
  const breaks: Node[] = [];
  const list = body.querySelectorAll('br, hr');
  const tw = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let i = 0; i < list.length && i < 50_000; i++) {
    const el = list[i];
    if (!el) continue;
    tw.currentNode = el;
    const next = tw.nextNode();
    if (next) breaks.push(next);
  }
  return breaks;
}

/** What working out an element's context needs, the same for the whole walk. */
interface WalkScope {
  /** The walk's result: the first breadcrumb trail met is noted on it. */
  out: PageText;
  mainRoot: Element | null;
  /** The element left out of the walk, or null. */
  outsideOf: Element | null;
  hidden: Set<Element>;
  /** judgeElement's verdicts on class and id names, kept for the walk. */
  verdicts: Map<string, number>;
}

/** Fields a reader types into: a form that has one asks for something (a comment, a search, a login). */
const TYPED_FIELD = 'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="password"], input[type="url"]';

/**
 * A form that wraps the page's content rather than asking for input: an old shop's product
 * form around the whole book (osCommerce's `cart_quantity`, fields hidden but for a button), or
 * a page-wide form (ASP.NET's `form1`) that holds the main content or the page's heading.
 */
function formWrapsContent(form: Element, mainRoot: Element | null): boolean {
  if (mainRoot && form.contains(mainRoot)) return true;
  if (form.getElementsByTagName('h1').length) return true;
  return !form.querySelector(TYPED_FIELD);
}

/** The context of the text below `el`, an element whose parent's context is `p`. */
function deriveContext(scope: WalkScope, p: Ctx, el: Element): Ctx {
  if (p.skip) return p;
  if (el === scope.outsideOf) return { ...p, skip: el };
  const { out, mainRoot, hidden } = scope;
  const name = el.localName;
  if (SKIP_TAGS.has(name) && !(name === 'form' && formWrapsContent(el, mainRoot))) {
    if (name === 'nav' && !out.crumbs && isCrumbTrail(el)) out.crumbs = el;
    return { ...p, skip: el };
  }
  if (hidden.size && hidden.has(el) && !(mainRoot && el.contains(mainRoot)) && !el.getElementsByTagName('h1').length) return { ...p, skip: el };
  const v = judgeElement(el, name, p.art, mainRoot, scope.verdicts);
  if (v.skip) {
    if (v.crumbs && !out.crumbs) out.crumbs = el;
    return { ...p, skip: el };
  }
  const isBlock = BLOCK_TAGS.has(name);
  const level = HEADING[name];
  const isArt = v.article;
  const isQuote = QUOTE_TAGS.has(name);
  const strong = name === 'b' || name === 'strong';
  const italic = name === 'i' || name === 'em' || name === 'cite';
  const label = name === 'label' || (v.labelish && !isBlock);
  const link = name === 'a';
  if (!isBlock && !level && !isArt && !isQuote && !strong && !italic && !label && !link) return p;
  const c: Ctx = { ...p };
  if (isBlock) {
    c.block = el;
    c.tag = name;
    c.lab = v.labelish;
  }
  if (level) c.h = level;
  if (isArt) c.art = true;
  if (isQuote) c.quoted = true;
  if (strong) c.strong = el;
  if (italic) c.italic = el;
  if (label) c.label = el;
  if (link) c.link = el;
  return c;
}

/**
 * The open ancestors of the current text node, the walk's root first, with their contexts: each
 * element's context is worked out once, when the walk first enters it (no hashing of nodes).
 */
class AncestorStack {
  private readonly els: Node[];
  private readonly ctxs: Ctx[];
  private top = 0;
  /** The elements being opened, innermost first (reused). */
  private readonly chain: Element[] = [];

  constructor(
    root: Element,
    private readonly scope: WalkScope,
  ) {
    this.els = [root];
    this.ctxs = [
      {
        skip: null,
        block: root,
        tag: root.localName,
        lab: false,
        art: !!scope.mainRoot,
        h: 0,
        quoted: false,
        strong: null,
        italic: null,
        label: null,
        link: null,
      },
    ];
  }

  /** The context of a text node with this parent, the next the walk met. */
  contextOf(parent: Node | null): Ctx {
    const { els, ctxs, chain } = this;
    if (parent !== els[this.top]) {
      // Climb from the parent to the nearest open ancestor, then open the new elements.
      let n = 0;
      let x: Node | null = parent;
      let found = -1;
      while (x) {
        let k = this.top;
        while (k >= 0 && els[k] !== x) k--;
        if (k >= 0) {
          found = k;
          break;
        }
        chain[n++] = x as Element;
        x = x.parentNode;
      }
      let top = found < 0 ? 0 : found;
      for (let j = n - 1; j >= 0; j--) {
        const el = chain[j];
        const parent = ctxs[top];
        if (el === undefined || parent === undefined) continue;
        const c = deriveContext(this.scope, parent, el);
        top++;
        els[top] = el;
        ctxs[top] = c;
      }
      this.top = top;
    }
    return must(ctxs[this.top], 'the context of the element being read');
  }
}

/** The line being read: its text nodes' data, styled runs and links, until a break ends it. */
class LineAssembler {
  private parts: string[] = [];
  private len = 0;
  private runs: Run[] | null = null;
  /** The element of each run in `runs`. */
  private runEls: Element[] = [];
  private links: LinkRun[] | null = null;
  /** The context of the line's first text. */
  private first: Ctx | null = null;
  /** The line was started by a <br>. */
  private brkPending = false;

  constructor(private readonly lines: Line[]) {}

  /** Text in this context belongs to another block than the line's. */
  isOtherBlock(c: Ctx): boolean {
    return this.first !== null && c.block !== this.first.block;
  }

  add(c: Ctx, data: string): void {
    this.first ??= c;
    const s = this.len;
    this.parts.push(data);
    this.len += data.length;
    const e = this.len;
    if (c.strong) this.addRun(RUN_STRONG, c.strong, s, e);
    if (c.italic) this.addRun(RUN_ITALIC, c.italic, s, e);
    if (c.label) this.addRun(RUN_LABEL, c.label, s, e);
    if (c.link) this.addLink(c.link, s, e);
  }

  /** Ends the line (kept when it has more than spaces); `byBr`: a <br> ended it. */
  flush(byBr: boolean): void {
    const first = this.first;
    if (first && this.len > 0) {
      const parts = this.parts;
      const text = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
      if (hasNonSpace(text)) {
        this.lines.push({
          text,
          block: first.block,
          tag: first.tag,
          h: first.h,
          lab: first.lab,
          runs: this.runs,
          links: this.links,
          brk: byBr || this.brkPending,
          quoted: first.quoted,
        });
      }
    }
    this.brkPending = byBr;
    this.parts = [];
    this.len = 0;
    this.runs = null;
    this.runEls = [];
    this.links = null;
    this.first = null;
  }

  private addRun(k: number, el: Element, s: number, e: number): void {
    const runs = this.runs;
    if (runs) {
      // Extend the run of the same element and kind that ends here.
      for (let i = runs.length - 1; i >= 0 && i >= runs.length - 4; i--) {
        const r = runs[i];
        if (r === undefined) continue;
        if (r.k === k && r.e === s && this.runEls[i] === el) {
          r.e = e;
          return;
        }
      }
    }
    (this.runs ??= []).push({ s, e, k });
    this.runEls.push(el);
  }

  private addLink(el: Element, s: number, e: number): void {
    const links = this.links;
    const last = links ? links[links.length - 1] : undefined;
    if (last && last.e === s && last.el === el) {
      last.e = e;
      return;
    }
    (this.links ??= []).push({ s, e, el });
  }
}

/** A <nav> that is a breadcrumb trail (`aria-label="Breadcrumb"`, class `breadcrumbs`). */
function isCrumbTrail(el: Element): boolean {
  return /crumb/i.test(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

function hasNonSpace(s: string): boolean {
  const n = Math.min(s.length, 2000);
  for (let i = 0; i < n; i++) if (!isSpaceCode(s.charCodeAt(i))) return true;
  return n < s.length;
}

/** The line's text from `s` to `e`, trimmed, with its trimmed bounds. */
export function span(line: Line, s: number, e: number): { text: string; s: number; e: number } {
  const t = line.text;
  let a = s;
  let b = Math.min(e, t.length);
  while (a < b && isSpaceCode(t.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(t.charCodeAt(b - 1))) b--;
  return { text: t.slice(a, b), s: a, e: b };
}
