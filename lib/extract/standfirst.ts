/**
 * A publication's own page opens with its summary set apart by the page's style, around its
 * heading or right after the heading's block (`<p class="…standfirst">`, `<section
 * class="summary-box">`, `field-standfirst`): the paper's own summary, before its body.
 */
import { hasClassWord, headerBlock } from './header-lines';
import { isProse } from './summary';
import { clean } from './text';

const SUMMARY_CLASS = /^(?:standfirst|abstract|summary|chapo|dek|lede|excerpt)$/i;
/** Elements looked at: the heading's block and the two elements after it are small. */
const MAX_ELEMENTS = 200;
const MAX_TEXT = 4000;

export function readStandfirst(heading: Element): string | null {
  return besideHeading(heading, SUMMARY_CLASS, firstProse);
}

/**
 * What `read` finds first in an element whose class has one of `words`, in the heading's block
 * or the two elements after it (where a page sets its standfirst), or null.
 */
export function besideHeading<T>(heading: Element, words: RegExp, read: (el: Element) => T | null): T | null {
  const block = headerBlock(heading);
  const scopes: Element[] = [block];
  for (let el = block.nextElementSibling; el && scopes.length < 3; el = el.nextElementSibling) scopes.push(el);
  let seen = 0;
  for (const scope of scopes) {
    // The live collection is read only as far as the bound: the element after the heading's block may be the whole body.
    const inside = scope.getElementsByTagName('*');
    for (let i = -1; ; i++) {
      const el = i < 0 ? scope : inside[i];
      if (!el) break;
      if (++seen > MAX_ELEMENTS) return null;
      if (el.contains(heading) || !hasClassWord(el, words)) continue;
      const found = read(el);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The first paragraph or list item that reads as prose, or the element's own text when it has none. */
function firstProse(el: Element): string | null {
  const parts = el.querySelectorAll('p, li');
  for (const p of parts.length ? Array.from(parts) : [el]) {
    const t = clean(p.textContent.slice(0, MAX_TEXT));
    if (isProse(t, 60)) return t;
  }
  return null;
}
