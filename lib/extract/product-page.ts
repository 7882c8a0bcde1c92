/**
 * A shop's page of one item: it says so in its OpenGraph or JSON-LD type, or it has a button that
 * puts the item in a basket. With a book's facts in labelled fields (author, publisher, pages,
 * ISBN) it is a bookshop's or publisher's catalogue record of that book.
 */
import { types, type LdFacts } from './json-ld';
import type { LabelHit } from './label-lines';
import type { LabelKey } from './labels';
import type { Line } from './lines';
import { firstMeta, type MetaMap } from './meta';
import { isBuyText } from './shop';
import { clean } from './text';

/** Lines and buttons searched for one: a shop's stands beside the item's title, near the top. */
const LINES_SEEN = 400;
const BUTTONS_SEEN = 100;
/** Label keys that only a publication's record has (a shop's other items have none of them). */
const BOOK_KEYS: ReadonlySet<LabelKey> = new Set<LabelKey>(['authors', 'editors', 'publisher', 'pages', 'isbn']);

/** The page sells the item it shows. */
export function productPage(doc: Document, lines: readonly Line[], meta: MetaMap, ld: LdFacts): boolean {
  if (/^(?:product|og:product)$/i.test(firstMeta(meta, 'og:type')?.content.trim() ?? '')) return true;
  if (ld.nodes.some((n) => types(n).includes('Product'))) return true;
  for (let i = 0, n = Math.min(lines.length, LINES_SEEN); i < n; i++) {
    const l = lines[i];
    if (l && isBuyText(clean(l.text))) return true;
  }
  const buttons = doc.getElementsByTagName('button');
  for (let i = 0, n = Math.min(buttons.length, BUTTONS_SEEN); i < n; i++) {
    if (isBuyText(clean(buttons[i]?.textContent ?? ''))) return true;
  }
  return false;
}

/** How many distinct facts only a publication's record gives the labelled lines name. */
export function bookFacts(hits: readonly LabelHit[]): number {
  const keys = new Set<LabelKey>();
  for (const h of hits) for (const k of h.keys) if (BOOK_KEYS.has(k)) keys.add(k);
  return keys.size;
}
