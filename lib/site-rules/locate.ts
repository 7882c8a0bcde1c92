/**
 * Where a field's value stands on a page, described so that it can be found again on another
 * page of the same site: by the label before it (the text before it on its line, or the line
 * before it), and by the path of tag names from the page's main content down to its element.
 * Neither uses class names or ids, which sites rename; the path starts at the main content, so
 * a sidebar added around it does not move it; a label is found wherever it stands, so a
 * reordered list of labelled lines does not lose it.
 */
import { BLOCK_TAGS } from '../block-tags';
import { findMainContent, SKIP_TAGS } from '../extract/main-content';
import { clean, fold } from '../extract/text';
import { bodyOf } from '../page-body';
import { escapeRegExp } from '../escape-regexp';

export interface FieldLocator {
  /** The label, folded and without its closing punctuation; null when the value has none. */
  label: string | null;
  /**
   * `same`: the label starts the value's line; `before`: it is the line before the value's;
   * `inline`: it stands anywhere in the line, right before the value (a citation's `By`, its `(`);
   * `after`: it labels the line before the value's, which gives a value of its own.
   */
  labelAt: 'same' | 'before' | 'inline' | 'after' | null;
  /** Tag-name steps (`div:2` is the second div child) from the root down to the value's element. */
  path: string[];
  root: 'main' | 'body';
  /**
   * What ended the value on its line, when something followed it: a separator (`|`, `,`, `(`…),
   * a sentence's end and the next word (`. By`), or `#digit` for a number (a price, a year).
   */
  stop: string | null;
  /** Which way to look first: a label ending in a colon, or on the value's own line, is the surer one. */
  prefer: 'label' | 'path';
  /** The label alone found another value on the page the rule was learned on: only the path is followed. */
  pathOnly?: true;
}

export interface Located {
  text: string;
  element: Element;
}

/** A label is a few words, not a sentence. */
const MAX_LABEL = 60;
const MAX_LINE = 20_000;
/** Characters that end a value when more text follows it on its line. */
const STOPS = '|,;(·•–—/["“”«»„';
/** Punctuation between a label and its value. */
const LABEL_END = /[\s:：\-–—|=]+$/;
const LABEL_START = /^[\s:：\-–—|=]+/;

const labelKey = (s: string) => fold(s).replace(LABEL_END, '').replace(LABEL_START, '').trim();

/** Text of a node with a line break where the reader sees one (blocks, `br`). */
export function linesOf(node: Node, max = 2_000_000): string {
  return marked(node, null, max).text;
}

/**
 * The same text, with where a range starts and ends in it (-1 when outside). Walked by hand,
 * not with Range.cloneContents, so that it costs one pass and no copy of the page.
 */
/** The ends of a range: a live Range, or the StaticRange a selection in a shadow root gives. */
export type Ends = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

function marked(root: Node, range: Ends | null, max = 2_000_000): { text: string; start: number; end: number } {
  const out: string[] = [];
  let size = 0;
  let start = -1;
  let end = -1;
  const mark = (n: Node, offset: number, at: number) => {
    if (!range) return;
    if (n === range.startContainer && offset === range.startOffset) start = at;
    if (n === range.endContainer && offset === range.endOffset) end = at;
  };
  const push = (s: string) => {
    out.push(s);
    size += s.length;
  };
  const walk = (n: Node): void => {
    if (size > max) return;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (range && n === range.startContainer) start = size + Math.min(range.startOffset, data.length);
      if (range && n === range.endContainer) end = size + Math.min(range.endOffset, data.length);
      push(data);
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11 && n.nodeType !== 9) return;
    const name = n.nodeType === 1 ? (n as Element).localName : '';
    if (SKIP_TAGS.has(name)) return;
    if (name === 'br') {
      push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) push('\n');
    let i = 0;
    for (let c = n.firstChild; c; c = c.nextSibling, i++) {
      mark(n, i, size);
      walk(c);
    }
    mark(n, i, size);
    if (block) push('\n');
  };
  walk(root);
  return { text: out.join(''), start, end };
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => clean(l))
    .filter(Boolean);
}

function mainRoot(doc: Document): Element | null {
  try {
    return findMainContent(doc).root;
  } catch {
    return null;
  }
}

/** What locating reads of a page, read once when several rules look at the same page. */
export interface Lookup {
  main(): Element | null;
  lines(root: Element): string[];
}

export function createLookup(doc: Document): Lookup {
  let main: Element | null | undefined;
  const lines = new Map<Element, string[]>();
  return {
    main: () => (main === undefined ? (main = mainRoot(doc)) : main),
    lines(root) {
      let got = lines.get(root);
      if (!got) lines.set(root, (got = splitLines(linesOf(root))));
      return got;
    },
  };
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

function commonElement(a: Node, b: Node): Element | null {
  let el = elementOf(a);
  while (el && !el.contains(b)) el = el.parentElement;
  return el;
}

/**
 * Tag-name steps from `root` down to `el`. Each step counts its element among the siblings of
 * its tag from the nearer end: `p:2` is the second, `p:-1` the last (a signature under a review
 * of any length).
 */
function pathTo(root: Element, el: Element): string[] | null {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    const parent: Element | null = cur.parentElement;
    if (!parent) return null;
    let before = 0;
    let after = 0;
    for (let s = cur.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === cur.localName) before++;
    for (let s = cur.nextElementSibling; s; s = s.nextElementSibling) if (s.localName === cur.localName) after++;
    steps.unshift(after < before ? `${cur.localName}:-${after + 1}` : `${cur.localName}:${before + 1}`);
  }
  return steps;
}

function follow(root: Element, path: readonly string[]): Element | null {
  let cur: Element | null = root;
  for (const step of path) {
    const [tag, nth] = step.split(':') as [string, string];
    const same: Element[] = [];
    for (let c: Element | null = cur.firstElementChild; c; c = c.nextElementSibling) if (c.localName === tag) same.push(c);
    const n = Number(nth);
    const found = n < 0 ? same[same.length + n] : same[n - 1];
    if (!found) return null;
    cur = found;
  }
  return cur;
}

/** The value's line cut where the value ended where it was learned. */
function cutAtStop(text: string, stop: string | null): string {
  if (!stop) return text;
  const at = stop === DIGIT ? text.search(/\s\d/) : text.indexOf(stop);
  return clean(at > 0 ? text.slice(0, at) : text);
}

const DIGIT = '#digit';

/** A line that gives a label and its value (`Wydawnictwo: WARBOOK`) is another field's, not the label of the line after it. */
const LABELLED_LINE = /[:：]\s*\S/;

/** A quote that opens a value (a straight one only where no letter stands before it: else it is an apostrophe). */
const OPENING_QUOTE = String.raw`[„“«‘"]\s*$|(?:^|\s)'$`;
const ENDS_IN_OPENING_QUOTE = new RegExp(OPENING_QUOTE);
/** The last separator before a value in a long line: a bracket, a colon, a dash (a hyphen set off by spaces), a bar or an opening quote. */
const ANCHOR_DELIMITER = new RegExp(String.raw`[([:：;—–|]\s*$|\s-\s*$|${OPENING_QUOTE}`);
/**
 * The word that credits a person right before their name (`Posted in Reviews by Brendan`):
 * where nothing else sets the name off, the place it stands in a template.
 */
const CREDIT_WORD = /(?:^|\s)(by|von|par|por|door|av|af|di|da|od|przez)\s*$/iu;
/** A title in quotes belongs to its page, not to its site's template (`Recenzja: „Gambit” -`). */
const QUOTED = /["“„«][^"“”„«»]+["”“»]/;

/** What follows a value on its line, as `stop` keeps it (see FieldLocator). */
function stopAfter(after: string): string | null {
  const rest = clean(after);
  if (!rest) return null;
  const first = rest.charAt(0);
  // A hyphen set off by spaces parts a heading (`Monster wie wir - Ulrike Sandig`); one inside a word does not.
  if (first === '-') return /^\s/.test(after) && /^-\s/.test(rest) ? ' - ' : null;
  if (STOPS.includes(first)) return first;
  // A straight quote closes a title only before a space: inside a word it is an apostrophe (`O'Brien`).
  if (/^'\s/.test(rest)) return "' ";
  if (/^\d/.test(rest)) return DIGIT;
  // A sentence's end and the next word: `Psychology and Life. By Hugo…`.
  const sentence = /^([.!?]\s+\p{L}+)/u.exec(rest);
  if (sentence) return (sentence[1] ?? '').replace(/\s+/, ' ');
  // A byline's name, then the line goes on in small letters: `By Nayla Rush on January 5, 2017`.
  const word = /^\s+(\p{Ll}+)\s/u.exec(after);
  return word ? ` ${word[1] ?? ''} ` : null;
}

/**
 * The words right before a value in a long line, as a label found anywhere in a line: the last
 * separator (`(`, `:`, `—`, an opening quote…), the last one or two words after a sentence's end
 * (`. By`), or else a word that credits the name after it (`… Reviews by`), which is `loose`: so
 * common a word is looked for where the value stood before anywhere else on the page.
 */
function anchorBefore(prefix: string): { label: string; loose: boolean } | null {
  const tail = prefix.slice(-40);
  // An opening quote: the title it sets off (`Joe Fischler „Die Toten vom Lärchensee“`).
  const delimiter = ANCHOR_DELIMITER.exec(tail);
  if (delimiter) return { label: delimiter[0].trim(), loose: false };
  const words = /(?:^|[.!?;,]\s+)((?:\p{L}+\s+){0,1}\p{L}+)\s*$/u.exec(tail);
  if (words) return { label: fold(words[1] ?? ''), loose: false };
  const credit = CREDIT_WORD.exec(tail);
  return credit ? { label: fold(credit[1] ?? ''), loose: true } : null;
}

/**
 * Describes where the text in `range` stands. Null when the range holds no text.
 */
export function describeLocation(doc: Document, range: Ends): FieldLocator | null {
  const body = bodyOf(doc);
  if (!body) return null;
  const { text, start, end } = marked(body, range);
  if (start < 0 || end < start) return null;
  const value = clean(text.slice(start, end));
  if (!value) return null;
  const beforeText = text.slice(Math.max(0, start - 8_000), start);
  const afterText = text.slice(end, end + 4_000);

  const lastBreak = beforeText.lastIndexOf('\n');
  const sameLine = clean(beforeText.slice(lastBreak + 1));
  const previousLine = splitLines(beforeText.slice(Math.max(0, lastBreak - 4_000), lastBreak + 1)).pop() ?? '';
  let label: string | null = null;
  let labelAt: FieldLocator['labelAt'] = null;
  let colon = false;
  let loose = false;
  if (sameLine) {
    // Words before an opening quote are the page's own (`Рецензия на роман «Вирус»`): the quote is what its other pages share.
    if (looksLikeLabel(sameLine) && !ENDS_IN_OPENING_QUOTE.test(sameLine)) {
      label = labelKey(sameLine);
      labelAt = 'same';
    } else {
      // A long line before the value (a citation header): the words right before it.
      const anchor = anchorBefore(sameLine);
      if (anchor) {
        label = anchor.label;
        loose = anchor.loose;
        labelAt = 'inline';
      }
    }
  } else if (previousLine && looksLikeLabel(previousLine) && !LABELLED_LINE.test(previousLine)) {
    label = labelKey(previousLine);
    labelAt = 'before';
    colon = /[:：]\s*$/.test(previousLine);
  } else if (LABELLED_LINE.test(previousLine)) {
    // `Wydawnictwo: WARBOOK` / `Warszawa 2016`: an unlabelled line of a record, found by the labelled line before it.
    const head = previousLine.slice(0, previousLine.search(/[:：]/));
    if (looksLikeLabel(`${head}:`)) {
      label = labelKey(head);
      labelAt = 'after';
    }
  }
  if (!label) labelAt = null;

  const stop = stopAfter(afterText.split('\n')[0] ?? '');

  const el = commonElement(range.startContainer, range.endContainer) ?? body;
  const main = mainRoot(doc);
  const inMain = main != null && main.contains(el);
  const path = pathTo(inMain ? main : body, el) ?? [];
  return {
    label,
    labelAt,
    path,
    root: inMain ? 'main' : 'body',
    stop,
    prefer: labelAt === 'same' || (labelAt === 'inline' && !loose) || colon ? 'label' : 'path',
  };
}

/** The text of a range as the reader sees it (white space collapsed); empty when it is not in the page's body. */
export function rangeText(doc: Document, range: Ends): string {
  const body = bodyOf(doc);
  if (!body) return '';
  const { text, start, end } = marked(body, range);
  return start < 0 || end < start ? '' : clean(text.slice(start, end));
}

/** Finds the value a locator points at on a page; null when it points at nothing there. */
export function locate(doc: Document, loc: FieldLocator, lookup: Lookup = createLookup(doc)): Located | null {
  const order = loc.pathOnly ? [byPath] : loc.prefer === 'label' ? [byLabel, byPath] : [byPath, byLabel];
  for (const find of order) {
    const found = find(doc, loc, lookup);
    if (found && found.text) return found;
  }
  return null;
}

/** Only the label (for checking, where it was learned, that it alone finds the value). */
export function locateByLabel(doc: Document, loc: FieldLocator, lookup: Lookup = createLookup(doc)): Located | null {
  return byLabel(doc, loc, lookup);
}

/** Only the path. */
export function locateByPath(doc: Document, loc: FieldLocator, lookup: Lookup = createLookup(doc)): Located | null {
  return byPath(doc, loc, lookup);
}

function byPath(doc: Document, loc: FieldLocator, lookup: Lookup): Located | null {
  const root = loc.root === 'main' ? lookup.main() : doc.body;
  if (!root) return null;
  const el = follow(root, loc.path);
  if (!el) return null;
  const lines = splitLines(linesOf(el, MAX_LINE));
  let text = lines[0] ?? '';
  // The label on the value's own line is not part of the value.
  // A label on the value's own line is not part of the value; where it is missing, this is not the place.
  if (loc.label && loc.labelAt === 'same') {
    if (!fold(text).startsWith(loc.label)) return null;
    text = clean(text.slice(loc.label.length).replace(LABEL_START, ''));
  }
  if (loc.label && loc.labelAt === 'inline') {
    const at = inlineAt(text, loc.label);
    // The value's own element (a link after `by`): the label stands right before it.
    if (at < 0 && !endsWithLabel(textBefore(el), loc.label)) return null;
    if (at >= 0) text = endOfInline(text.slice(at + loc.label.length));
  }
  // A value that was the whole of a longer element (a summary) is read whole.
  if (lines.length > 1 && !loc.label && !loc.stop) text = lines.join('\n');
  return { text: cutAtStop(text, loc.stop), element: el };
}

function byLabel(doc: Document, loc: FieldLocator, lookup: Lookup): Located | null {
  const body = bodyOf(doc);
  if (!loc.label || !body) return null;
  // A bracket or a quote in running text is anywhere on a page: it is looked for only where the value stood.
  if (loc.labelAt === 'inline' && !/\p{L}/u.test(loc.label)) return null;
  const main = lookup.main();
  // The main content first: a sidebar may use the same label for something else.
  for (const root of main ? [main, body] : [body]) {
    const found = labelIn(root, loc, loc.label, lookup.lines(root));
    if (found) return found;
  }
  return null;
}

function labelIn(root: Element, loc: FieldLocator, label: string, lines: string[]): Located | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (line.length < label.length) continue;
    if (loc.labelAt === 'same') {
      // Only the line's start is folded: a page has many long lines and few labels.
      if (!fold(line.slice(0, label.length + 4)).startsWith(label)) continue;
      const rest = clean(line.slice(label.length).replace(LABEL_START, ''));
      if (!rest || runsOn(line, label.length)) continue;
      return { text: cutAtStop(rest, loc.stop), element: root };
    }
    if (loc.labelAt === 'inline') {
      const at = inlineAt(line, label);
      if (at < 0) continue;
      const rest = endOfInline(clean(line.slice(at + label.length)));
      if (rest) return { text: cutAtStop(rest, loc.stop), element: root };
      continue;
    }
    const next = lines[i + 1];
    if (loc.labelAt === 'after') {
      const colon = line.search(/[:：]/);
      if (colon > 0 && colon <= MAX_LABEL && labelKey(line.slice(0, colon)) === label && next !== undefined)
        return { text: cutAtStop(next, loc.stop), element: root };
      continue;
    }
    if (line.length <= MAX_LABEL + 4 && labelKey(line) === label && next !== undefined) return { text: cutAtStop(next, loc.stop), element: root };
  }
  return null;
}

/**
 * Whether the text before a value on its line reads as its label (`Author:`, `Written by`, `A
 * review by`) rather than as the end of another part of the line (`…and John Garstang. (`).
 */
function looksLikeLabel(prefix: string): boolean {
  // A number belongs to this page (`331 pages, éditions`), not to its template; so does a quoted title.
  if (prefix.length > MAX_LABEL || !/\p{L}/u.test(prefix) || /\d/.test(prefix) || QUOTED.test(prefix)) return false;
  if (/[:：]\s*$/.test(prefix)) return true;
  return !/[.!?;]\s|[([{]\s*$/u.test(prefix) && prefix.split(/\s+/).length <= 4;
}

/** The text of the nodes before an element in its parent, up to a few dozen characters. */
function textBefore(el: Element): string {
  let out = '';
  for (let n = el.previousSibling; n && out.length < 60; n = n.previousSibling) out = (n.textContent ?? '') + out;
  return out;
}

function endsWithLabel(text: string, label: string): boolean {
  const tail = fold(clean(text));
  return tail.endsWith(label) && !/[\p{L}\p{N}]/u.test(tail.charAt(tail.length - label.length - 1));
}

/** A value in running text ends where a bracket or a dash starts another part of the line. */
function endOfInline(text: string): string {
  return clean(text.split(/\s\(|[)\]]|\s?[—–]\s?/)[0] ?? '');
}

/** Where an inline label stands in a line: a word label as a whole word, a separator anywhere. */
function inlineAt(line: string, label: string): number {
  // A straight quote opens a title only at a word's start: inside a word it is an apostrophe.
  if (label === "'") {
    const m = /(?:^|\s)'(?=\S)/.exec(line);
    return m ? m.index + m[0].length - 1 : -1;
  }
  // A hyphen parts a line only set off by spaces: inside a word it joins (`Jean-Paul`).
  if (label === '-') {
    const m = /\s-\s/.exec(line);
    return m ? m.index + 1 : -1;
  }
  if (!/\p{L}/u.test(label)) return line.indexOf(label);
  const folded = fold(line);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, 'u');
  const m = re.exec(folded);
  return m ? m.index : -1;
}

/**
 * Whether the word at the label's end goes on past it: `Author` is not the label of
 * `Authority: …`, but it is of `AuthorJane Doe`, where two elements' texts meet.
 */
function runsOn(line: string, at: number): boolean {
  const last = line[at - 1] ?? '';
  const next = line[at] ?? '';
  if (!/\p{L}/u.test(last) || !/\p{L}/u.test(next)) return false;
  return !(/\p{Ll}/u.test(last) && /\p{Lu}/u.test(next));
}
