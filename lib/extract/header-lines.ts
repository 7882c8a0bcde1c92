/**
 * What a publication's header says, as text: the main heading's own text, a subtitle set apart
 * under it, and the lines of the small block around it. The DOM half of pub-header.ts, apart
 * so that the starter on every page reads a heading block without carrying the vocabulary that
 * judges it (the background judges what it read).
 */
import { BLOCK_TAGS } from '../block-tags';
import { clean } from './text';

export interface HeaderLines {
  /** The heading's text, or null where it is longer than any line (no line can equal it then). */
  title: string | null;
  /** A subtitle set apart under the heading (`<p class="subtitle">`). */
  subtitle: string | null;
  /** The block's lines, each at most MAX_LINE characters. */
  lines: string[];
}

const BLOCKS: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'time']);

/** Elements and text read at most: a heading block is small; anything larger is the page itself. */
const MAX_ELEMENTS = 60;
export const MAX_LINE = 300;

export function headerLines(heading: Element): HeaderLines {
  const title = clean(heading.textContent);
  const next = heading.nextElementSibling;
  const subtitle = next && /sub-?title|subhead/i.test(next.getAttribute('class') ?? '') ? clean(next.textContent.slice(0, 300)) || null : null;
  return { title: title.length > MAX_LINE ? null : title, subtitle, lines: linesOf(headerBlock(heading)) };
}

/** The block holding the heading and its short neighbours: the heading's parents while they stay small. */
export function headerBlock(h: Element): Element {
  let block: Element = h;
  for (let up = 0, el = h.parentElement; el && up < 3; up++, el = el.parentElement) {
    if (/^(?:body|html|main|article)$/.test(el.localName) && up > 0) break;
    if (el.getElementsByTagName('*').length > MAX_ELEMENTS) break;
    block = el;
  }
  return block;
}

/** One of the words of the element's class (split on spaces, hyphens and underscores: `entry--tax-wrap`) is in `words`. */
export function hasClassWord(el: Element, words: RegExp): boolean {
  const cls = el.getAttribute('class') ?? '';
  return cls.length <= 200 && cls.split(/[\s_-]+/).some((w) => words.test(w));
}

/** The block's text cut into lines at block elements and <br>. */
function linesOf(block: Element): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = clean(cur);
    if (t) out.push(t.length > MAX_LINE ? t.slice(0, MAX_LINE) : t);
    cur = '';
  };
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) cur += (c as Text).data;
      else if (c.nodeType === 1) {
        const name = (c as Element).localName;
        if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') continue;
        if (name === 'br') flush();
        else if (BLOCKS.has(name)) {
          flush();
          walk(c);
          flush();
        } else {
          // `<span>Briefing</span><span>09-12-2021</span>`: elements the page's style sets apart, with
          // nothing between them in the text (not links: a row of actions, `Download` `Report`, says nothing).
          const prev = c.previousSibling;
          if (
            prev?.nodeType === 1 &&
            name !== 'a' &&
            (prev as Element).localName !== 'a' &&
            /[\p{L}\p{N}]$/u.test(cur) &&
            /^[\p{L}\p{N}]/u.test(c.textContent ?? '')
          )
            cur += ' · ';
          walk(c);
        }
      }
    }
  };
  walk(block);
  flush();
  return out;
}
