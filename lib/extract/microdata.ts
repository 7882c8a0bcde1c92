/**
 * schema.org microdata (`itemscope itemtype="https://schema.org/Book"`) as the nodes JSON-LD
 * gives: a shop's or catalogue's page of one book marks its title, author, publisher, page count
 * and ISBN in its markup (`<span itemprop="author">`, `<meta itemprop="isbn" content="…">`)
 * where others write a script. Only a book or a product is read: a blog's microdata of its own
 * posts and people says nothing of a work. Bounded: a few items, a few properties each.
 */
import type { LdNode } from './json-ld';
import { clean } from './text';

const ITEMS_SEEN = 60;
const PROPS_SEEN = 120;
const MAX_DEPTH = 3;
const VALUE_MAX = 500;
/** The item types read at the top: a book, or a product a shop sells. */
const READ_TYPE = /^(?:Book|Product|IndividualProduct|ProductModel)$/;

/** `https://schema.org/Book` → `Book`. */
function typeOf(el: Element): string {
  return (
    (el.getAttribute('itemtype') ?? '')
      .trim()
      .split(/\s+/)[0]
      ?.replace(/^.*[/:#]/, '') ?? ''
  );
}

/** The books and products the page's microdata declares, outermost first, as JSON-LD nodes. */
export function microdataItems(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  const items = doc.querySelectorAll('[itemscope][itemtype]');
  for (let i = 0; i < items.length && i < ITEMS_SEEN; i++) {
    const el = items[i];
    if (!el || el.hasAttribute('itemprop') || !READ_TYPE.test(typeOf(el))) continue;
    out.push(itemNode(el, 0));
  }
  return out;
}

function itemNode(item: Element, depth: number): LdNode {
  const node: LdNode = { '@type': typeOf(item) || 'Thing' };
  const props = item.querySelectorAll('[itemprop]');
  for (let i = 0; i < props.length && i < PROPS_SEEN; i++) {
    const p = props[i];
    // A property belongs to the nearest item around it, not to an item further out.
    if (!p || p.parentElement?.closest('[itemscope]') !== item) continue;
    const value = p.hasAttribute('itemscope') ? (depth < MAX_DEPTH ? itemNode(p, depth + 1) : null) : propValue(p);
    if (value === null) continue;
    for (const name of (p.getAttribute('itemprop') ?? '').trim().split(/\s+/)) {
      if (!name) continue;
      const cur = node[name];
      node[name] = cur === undefined ? value : Array.isArray(cur) ? [...(cur as unknown[]), value] : [cur, value];
    }
  }
  return node;
}

/** A property's value as microdata defines it: an attribute for some elements, else the text. */
function propValue(el: Element): string | null {
  const tag = el.localName;
  const attr =
    tag === 'meta'
      ? el.getAttribute('content')
      : tag === 'a' || tag === 'link' || tag === 'area'
        ? el.getAttribute('href')
        : tag === 'img' || tag === 'audio' || tag === 'video' || tag === 'source'
          ? el.getAttribute('src')
          : tag === 'time'
            ? (el.getAttribute('datetime') ?? el.textContent)
            : tag === 'data' || tag === 'meter'
              ? el.getAttribute('value')
              : el.textContent;
  const v = clean((attr ?? '').slice(0, VALUE_MAX));
  return v ? v : null;
}
