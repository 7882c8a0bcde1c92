/**
 * An element's text with a middle dot where a block element or a line break sets two runs apart:
 * `<div class="byline"><div>By Jane Doe</div><div>May 3, 2021</div></div>` reads
 * `By Jane Doe · May 3, 2021`, as a byline that sets its parts apart in one line would write it,
 * where `textContent` glues the name to the date.
 */
import { BLOCK_TAGS } from '../block-tags';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const UNREAD = new Set(['script', 'style', 'template']);

const apart = (n: Node | null): boolean => n?.nodeType === 1 && (BLOCK_TAGS.has((n as Element).localName) || (n as Element).localName === 'br');

/** At most `max` characters; a walk, not a recursion, since a hostile page may nest without end. */
export function blockText(el: Element, max: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (n) => (n.nodeType === 1 && UNREAD.has((n as Element).localName) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  let out = '';
  let cut = false;
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) {
    if (apart(n) || apart(n.previousSibling)) cut = true;
    if (n.nodeType !== 3) continue;
    const text = (n as Text).data;
    if (cut && text.trim() && out.trim()) out += ' · ';
    if (text.trim()) cut = false;
    out += text;
  }
  return out.length > max ? out.slice(0, max) : out;
}
