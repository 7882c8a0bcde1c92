/**
 * The short lines a trade review or a bookseller sets under a book's title, which give no year
 * in the citation's way:
 *   `Kristin Hannah. St. Martin's, $30 (480p) ISBN 978-1-250-17863-3` (the title in the heading)
 *   `The Women. Kristin Hannah. St. Martin's, $30 (480p) ISBN …`
 *   `St. Martin's • $30 • 480 pages • ISBN 9781250178633`
 *   `by Kristin Hannah ‧ RELEASE DATE: Feb. 6, 2024`
 */
import { type Citation, emptyCitation, type Quoted, setPeople } from './citation';
import { lookupLabel } from './labels';
import { findDate } from './normalize/dates';
import { findIsbn } from './normalize/ids';
import { looksLikeNameList } from './normalize/names';
import { pagesPart } from './normalize/pages';
import { cleanValue, stripWrappingQuotes, subtitled } from './text';

const MAX_LEN = 400;
const PRICE_AT = /(?:^|[,\s])(?:[$£€]|US\$|CA\$|C\$|A\$)\s?\d[\d.,]*/;
/** `(480p)`, `(320 pp.)`, `352 pages`. */
const PAGE_COUNT = /\((\d{2,4})\s*pp?\.?\)|\b(\d{2,4})\s*(?:pages|pp\.)(?![\p{L}])/u;
/** A full stop that ends a part, not an initial's (`Devery S. Anderson`). */
const PART_END = /(?<!(?:^|\s)\p{Lu})\.\s+/u;

function quoted<T>(value: T, quote: string): Quoted<T> {
  return { value, quote };
}

/**
 * `[Title.] Author. Publisher, $price (Np) ISBN …`: the names before the publisher, the price
 * after it. Null unless the line has a price and a page count or an ISBN.
 */
export function parseTradeHeader(t: string): Citation | null {
  if (t.length < 20 || t.length > MAX_LEN) return null;
  const price = PRICE_AT.exec(t);
  if (!price) return null;
  const pages = PAGE_COUNT.exec(t);
  const isbn = findIsbn(t);
  if (!pages && !isbn) return null;
  const head = t.slice(0, price.index).replace(/[\s,;:]+$/, '');
  const parts = head.split(PART_END).map((p) => p.trim());
  // A publisher's name may hold a full stop (`St. Martin's`): it is all that follows the names.
  const titleFirst = parts.length >= 3 && looksLikeNameList(parts[1] ?? '');
  const [title, who, rest] = titleFirst ? [parts[0], parts[1], parts.slice(2)] : [null, parts[0], parts.slice(1)];
  const publisher = rest.join('. ').trim();
  if (!who || !looksLikeNameList(who) || !publisher || publisher.length > 80 || !/^\p{Lu}/u.test(publisher) || /\d/.test(publisher)) return null;
  const c = emptyCitation(t, 4);
  if (title) c.title = quoted(subtitled(cleanValue(stripWrappingQuotes(title))), title);
  setPeople(c, who);
  c.publisher = quoted(cleanValue(publisher), publisher);
  const count = pages?.[1] ?? pages?.[2];
  if (pages && count) c.pages = quoted(Number(count), pages[0]);
  if (isbn) c.isbn = quoted(isbn.isbn, t.slice(isbn.start, isbn.end));
  return c;
}

const SEPARATOR = /\s+[•·●‧|–—]\s+|\s*[•●‧]\s*/;
const PRICE_PART = /^(?:(?:[$£€]|US\$|CA\$|C\$|A\$)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|zł|kr|TL|₺|руб\.?|р\.))$/;
const ISBN_PART = /^(?:ISBN(?:-?1[03])?\s*:?\s*)?[\dXx][\d\sXx-]{8,16}[\dXx]$/i;
const BY_PART = /^(?:by|von|par|di|de|por)\s+(\p{Lu}.{1,120})$/u;
/** `RELEASE DATE: Feb. 6, 2024`, `Sortie : Mars 2016`: a part with a label of the label table. */
const LABELLED_PART = /^([^:：]{2,40}?)\s*[:：]\s*(.+)$/;
/** The language the book is in: `Langue française`, `In English`. */
const LANGUAGE_NAME = /^(?:in\s+)?(?:english|français|deutsch|español|italiano|português|türkçe|русский)$/i;
/** A binding, which says how a copy is made, not what kind of work it is (a pattern's source, to be set in others). */
export const BINDINGS =
  '(?:hardcover|hardback|paperback|softcover|trade paperback|mass market paperback|kindle edition|e-?book|audiobook|cloth|board book|gebunden|taschenbuch|broché|relié|tapa dura|tapa blanda|brossura|rilegato|capa comum|capa dura|brochura|ciltli|karton kapak|твердый переплет|твёрдый переплёт|мягкая обложка)';
export const BINDING_PART = new RegExp(`^${BINDINGS}$`, 'i');
const YEAR_PART = /^(?:1[5-9]|20)\d\d$/;
/** A binding first (perhaps under a label of its own, `Fakten: Taschenbuch, …`), then a comma. */
const BINDING_FIRST = new RegExp(`^([^\\s:,]{2,20}:\\s*)?${BINDINGS},\\s`, 'i');
const COMMA_OR_SEPARATOR = new RegExp(`,\\s+|${SEPARATOR.source}`);

/**
 * A line of a book's facts set apart by bullets (`Publisher • $30 • 480 pages • ISBN …`), or a
 * byline with the book's release date. Null unless it says something only a book's facts say: a
 * price, a page count, an ISBN or a release date (a news story's `By A • March 5` says none).
 */
export function parseFactsLine(t: string): Citation | null {
  // `Taschenbuch, Knaur, Erscheinungsdatum: 02.10.2017, 302 Seiten, 9,99€`: a binding first, the facts set apart by commas.
  const commas = BINDING_FIRST.exec(t);
  if (t.length > MAX_LEN || (!commas && !/[•·●‧|–—]/.test(t))) return null;
  const parts = t
    .slice(commas?.[1]?.length ?? 0)
    .split(commas ? COMMA_OR_SEPARATOR : SEPARATOR)
    .map((p) => p.trim().replace(/[.,;]+$/, ''))
    .filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p.length > 100)) return null;
  const c = emptyCitation(t, 0);
  let facts = 0;
  let release = false;
  const others: string[] = [];
  for (const p of parts) {
    const pages = pagesPart(p);
    const by = BY_PART.exec(p);
    const labelled = LABELLED_PART.exec(p);
    const keys = labelled?.[1] ? lookupLabel(labelled[1]) : null;
    const isbn = ISBN_PART.test(p) ? findIsbn(p) : null;
    const date = keys?.includes('date') ? findDate(labelled?.[2] ?? '') : null;
    if (PRICE_PART.test(p)) facts++;
    else if (pages) {
      c.pages = quoted(pages, p);
      facts++;
    } else if (isbn) {
      c.isbn = quoted(isbn.isbn, p);
      facts++;
    } else if (by?.[1] && !c.authors && !c.editors && looksLikeNameList(by[1])) setPeople(c, by[1]);
    else if (date) {
      // A date the page labels is the book's own (its release), not the story's.
      c.date = quoted(date.iso, labelled?.[2] ?? p);
      release = true;
    } else if (YEAR_PART.test(p) || findDate(p)?.start === 0) c.date = quoted(findDate(p)?.iso ?? p, p);
    else if (!BINDING_PART.test(p) && !isLanguage(p)) others.push(p);
  }
  if (facts === 0 && !release) return null;
  // The publisher: the one part that is a name, not a fact; after a binding set first, the part that follows it.
  const name = others.length === 1 || commas ? others[0] : undefined;
  if (name && /^\p{Lu}/u.test(name) && name.length <= 60 && !/\d/.test(name)) c.publisher = quoted(cleanValue(name), name);
  c.score = facts + (c.authors ? 1 : 0) + (c.publisher ? 1 : 0) + (c.date ? 1 : 0);
  return c.score >= 2 ? c : null;
}

/** `Langue française`, `Sprache: Deutsch` (a language label of the label table first), `In English`. */
function isLanguage(p: string): boolean {
  return LANGUAGE_NAME.test(p) || !!lookupLabel(p.split(/[\s:：]+/)[0] ?? '')?.includes('language');
}
