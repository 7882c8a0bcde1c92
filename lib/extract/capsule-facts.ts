/**
 * The facts a newspaper, a magazine or a bookshop sets under or at the end of a review, in
 * parts run together by commas or full stops, with no year to make them a citation:
 *   `Sandro Veronesi, Il colibrì, La Nave di Teseo, 368 p, 20 euro` (author, title, publisher)
 *   `Adolf Menzel, Werner Bush, Hazan, 304 p., 75 euro.` (title, author, publisher)
 *   `Rubbettino Editore, pagg.210, € 15,00`, `Sarah Crichton/FSG. 272 pp. $26`
 *   `384 Seiten, ISBN 978-3-328-60085-5, Penguin, 22,00€`, `Rowohlt` / `480 Seiten, 26 Euro`
 *   `Ingrid Noll: „Halali“, Diogenes Verlag, Zürich, 320 Seiten.` (author: title, publisher, place)
 *   `Hachette, $39.99 hb, 401 pp` (the price with the binding it is for)
 *   `… (Edizioni E/O, pp336, euro 19)` in a paragraph of prose.
 *   `(Eterna Cadencia, Buenos Aires, 2016)` (the house, its town and the year, closing the review)
 * A line of such facts for each of several books is a round-up's: then nothing is read.
 */
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { findIsbn } from './normalize/ids';
import { looksLikeNameList } from './normalize/names';
import { pagesPart } from './normalize/pages';
import { isPublishingPlace } from './normalize/places';
import { TRANSLATION_WORD } from './normalize/title';
import { cleanValue, fold, stripWrappingQuotes } from './text';

export interface Capsule {
  publisher: string | null;
  /** The house's town, where the facts name it after the house (`Diogenes Verlag, Zürich`). */
  place: string | null;
  /** The year, where the facts give one and the publisher is not named beside them. */
  year: string | null;
  pages: number | null;
  isbn: string | null;
  title: string | null;
  author: string | null;
  quote: string;
}

/** A price as a part of its own: `20 euro`, `€ 15,00`, `22,00€`, `$26`, `32 Euro`, `45 TL`, `$39.99 hb`. */
const PRICE_PART =
  /^(?:(?:[$£€]|US\$|CA\$|EUR|euros?)\s?\d[\d.,]*(?:\s(?:hb|pb|hbk|pbk|paper|cloth))?|\d[\d.,]*\s?(?:€|£|\$|euros?|EUR|Euro|TL|₺|zł|kr|руб\.?|р\.)|\d[\d.,]*\s?(?:euros?|Euro)\s+\d{2})$/iu;
/** `pp336`, `pagg.210`, `368 p`, `320 S`: the count run on to its unit, or the unit shortened without its full stop. */
const PP_FIRST = /^(?:pp|pagg?|págs?)\.?\s?(\d{2,5})$|^(\d{2,5})\s?(?:p|S)$/i;
const YEAR_PART = /^(?:1[5-9]|20)\d\d$/;
/** A bracketed group of facts inside a paragraph (`(Edizioni dal Sud, 122 pagine, 12 euro)`). */
const IN_BRACKETS = /\(([^()]{8,140})\)/g;
/** Lines looked at: such facts stand under the heading or close the review. */
const LINES_SEEN = 300;
const PART_MAX = 160;

/** The page count a part gives, written out (`210 pagine`) or run on to its unit (`pp336`). */
function pageCount(p: string): number | null {
  const m = PP_FIRST.exec(p);
  return pagesPart(p) ?? (m ? Number(m[1] ?? m[2]) : null);
}

/**
 * A part that describes the copy, not who made it: its binding, its language, its size, its
 * translation (`Oversat fra norsk … af Sarah Koch`), or a detail with its own label (`Maße: 11,3 x
 * 18 cm`). Never the title, the author or the publisher.
 */
const FORMAT_PART = new RegExp(
  String.raw`^(?:${TRANSLATION_WORD}.*|taschenbuch|gebunden|kartoniert|broschiert|broschur|hardcover|paperback|softcover|e-?book|ebook|hörbuch|audiobook|pocket|poche|broché|relié|brochura|capa dura|capa mole|tapa (?:blanda|dura)|rústica|cartonato|brossura|rilegato|ciltsiz|ciltli|karton kapak|твёрдый переплёт|твердый переплет|мягкая обложка|deutsch|englisch|english|français|französisch|español|spanisch|italiano|italienisch|português|türkçe|русский)$|^\d[\d.,]*\s?[x×]\s?\d[\d.,]*(?:\s?[x×]\s?\d[\d.,]*)?\s?(?:cm|mm)$|^\p{Lu}[\p{L}-]{1,20}(?:\s[\p{L}-]{1,20})?:\s`,
  'iu',
);

/** `Ingrid Noll: „Halali“`: one part holding the author, a colon, and the title in quotes. */
const NAME_COLON_TITLE = /^([^:«“"„]{4,60}?)\s?:\s+[«“"„‘]([^«»“”"„]{1,120})[»”"“’]$/u;
/** `Ingrid Noll: Halali`: the same without the quotes. */
const NAME_COLON_BARE = /^([^:«“"„]{4,60}?)\s?:\s+(\p{Lu}[^«»“”"„:]{0,119})$/u;

/** An unquoted `Author: Title`, told from a label's `Format: Paperback` by a full name of two words or more before the colon. */
function bareAuthorTitle(p: string): RegExpExecArray | null {
  const m = NAME_COLON_BARE.exec(p);
  return m?.[1] && /\s/.test(m[1].trim()) && looksLikeNameList(m[1]) ? m : null;
}

type Kind = 'pages' | 'price' | 'isbn' | 'year' | 'format' | 'text';

function kindOf(p: string): Kind {
  if (pagesPart(p) !== null || PP_FIRST.test(p)) return 'pages';
  if (PRICE_PART.test(p)) return 'price';
  if (YEAR_PART.test(p)) return 'year';
  if (NAME_COLON_TITLE.test(p) || bareAuthorTitle(p)) return 'text';
  if (FORMAT_PART.test(p)) return 'format';
  const isbn = findIsbn(p);
  if (isbn && p.length - (isbn.end - isbn.start) < 8) return 'isbn';
  return 'text';
}

/** Where parts end: a comma or a full stop and a space, or a bullet between spaces. */
const PART_SEP = /[,.]\s+|\s+[·•|]\s+/gu;

/** A title in quotes. */
const QUOTED = /[«“"„‘][^«»“”"„‘’]{1,150}[»”"“’]/gu;

/** Parts split where a part ends, but not at an initial's full stop (`Devery S. Anderson`). */
function partsOf(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  const quoted = [...s.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length] as const);
  for (const m of s.matchAll(PART_SEP)) {
    if (m[0].startsWith('.') && /(?:^|\s)\p{Lu}$/u.test(s.slice(Math.max(from, m.index - 2), m.index))) continue;
    // A quoted title keeps its own full stops and commas (`“Album di famiglia. Maestri del Novecento”`).
    if (quoted.some(([a, b]) => m.index > a && m.index < b)) continue;
    out.push(s.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(s.slice(from));
  return out.map((p) => p.trim().replace(/[.;]+$/, '')).filter(Boolean);
}

/**
 * The facts of one short piece of text. `before` is the text part on the line before it, which
 * may be the publisher set on a line of its own (`Rowohlt` / `480 Seiten, 26 Euro`).
 */
export function parseCapsule(s: string, heading: string | null, before: string | null = null, bracketed = false): Capsule | null {
  if (s.length > PART_MAX) return null;
  const parts = partsOf(s);
  if (parts.length < 2 || parts.length > 6) return null;
  const kinds = parts.map(kindOf);
  // `Ingrid Noll: „Halali“` heads the facts as a citation does: it counts as one of them.
  const facts = kinds.filter((k) => k !== 'text').length + (parts.some((p) => NAME_COLON_TITLE.test(p)) ? 1 : 0);
  // A page count or a price, and one more fact: a date and a number alone say nothing of a book.
  // In brackets in a paragraph, a house and its price are a magazine's capsule (`(Knopf, $23)`).
  const texts = parts.filter((_, i) => kinds[i] === 'text');
  // `(“Album di famiglia”, Einaudi, euro 21,00)`: the quoted work before them.
  const titled = kinds.length === 3 && kinds[0] === 'text' && /^[«“"„‘]/u.test(parts[0] ?? '');
  const housePrice = bracketed && (kinds.length === 2 || titled) && kinds.at(-2) === 'text' && kinds.at(-1) === 'price';
  // `(Eterna Cadencia, Buenos Aires, 2016)`: the house, its town and the year, an imprint as a review closes with it.
  const imprint = kinds.length === 3 && kinds[2] === 'year' && texts.length === 2 && isPublishingPlace(texts[1] ?? '');
  if (!imprint && ((facts < 2 && !housePrice) || !(kinds.includes('pages') || kinds.includes('price')))) return null;
  if (texts.length > 3 || texts.some((t) => t.length > 80 || !/^[\p{Lu}«“"„‘'¿]/u.test(t))) return null;
  const pagesAt = kinds.indexOf('pages');
  const pageText = pagesAt >= 0 ? (parts[pagesAt] ?? '') : '';
  const isbnAt = kinds.indexOf('isbn');
  const out: Capsule = {
    publisher: null,
    year: null,
    place: null,
    pages: pagesAt >= 0 ? pageCount(pageText) : null,
    isbn: isbnAt >= 0 ? (findIsbn(parts[isbnAt] ?? '')?.isbn ?? null) : null,
    title: null,
    author: null,
    quote: s,
  };
  // `Diogenes Verlag, Zürich`: the town is named after the house, as German and Italian papers set it.
  const town = texts.length >= 2 && isPublishingPlace(texts[texts.length - 1] ?? '') ? texts.pop() : undefined;
  const publisher = texts.length ? texts[texts.length - 1] : before && before.length <= 60 && !/\d/.test(before) ? before : null;
  // `1997, 208 Seiten, Maße: 11,3 x 18 cm, Taschenbuch, Deutsch`: a shop's facts of the copy
  // alone, its publisher on a labelled line of its own.
  if (!texts.length && !publisher && pagesAt >= 0 && kinds.includes('format')) {
    const years = parts.filter((_, i) => kinds[i] === 'year');
    out.year = years.length === 1 ? (years[0] ?? null) : null;
    return out;
  }
  if (!publisher || /^[«“"„‘']/u.test(publisher) || (heading && fold(publisher) === fold(heading))) return null;
  out.publisher = cleanValue(publisher);
  out.place = town ?? null;
  if (imprint) out.year = parts[2] ?? null;
  if (texts.length >= 2) nameWork(texts.slice(0, -1), heading, out);
  return out;
}

/** `Author, Title` or `Title, Author`: the part the heading repeats is the title, else the part that reads as names is the author. */
function nameWork(head: readonly string[], heading: string | null, out: Capsule): void {
  const inHeading = (t: string) => !!heading && fold(heading).includes(fold(stripWrappingQuotes(t)));
  if (head.length === 1) {
    const only = head[0] ?? '';
    const colon = NAME_COLON_TITLE.exec(only) ?? bareAuthorTitle(only);
    if (colon?.[1] && colon[2] && looksLikeNameList(colon[1])) {
      out.author = cleanValue(colon[1]);
      out.title = cleanValue(colon[2]);
    } else if (looksLikeNameList(only)) out.author = cleanValue(only);
    else if (inHeading(only) || /^[«“"„‘].*[»”"“’]$/u.test(only)) out.title = cleanValue(stripWrappingQuotes(only));
    return;
  }
  const [a, b] = [head[0] ?? '', head[1] ?? ''];
  const [titleFirst, authorFirst] = [inHeading(a) && looksLikeNameList(b), inHeading(b) && looksLikeNameList(a)];
  const order = titleFirst !== authorFirst ? titleFirst : looksLikeNameList(a) !== looksLikeNameList(b) ? looksLikeNameList(b) : null;
  if (order === null) return;
  const [title, author] = order ? [a, b] : [b, a];
  out.title = cleanValue(stripWrappingQuotes(title));
  out.author = cleanValue(author);
}

/** Every capsule the page's lines hold, each line's parts (its line breaks) and its bracketed groups tried in turn. */
function findCapsules(lines: readonly Line[], used: ReadonlySet<number>, heading: string | null): Capsule[] {
  const found: Capsule[] = [];
  // Page counts set apart (`352 Seiten.`, `752 Seiten. 14,30 Euro`): more than one is a round-up's.
  const counts = new Set<number>();
  for (let i = 0, n = Math.min(lines.length, LINES_SEEN); i < n; i++) {
    const l = lines[i];
    if (!l || used.has(i) || l.h) continue;
    const text = l.text.length > 4000 ? l.text.slice(0, 4000) : l.text;
    if (!/\d/.test(text)) continue;
    // Cleaning a paragraph is wasted: no capsule is longer than PART_MAX once cleaned.
    const pieces = text.split('\n').map((p) => (p.length > 2 * PART_MAX ? p : cleanValue(p)));
    for (const piece of pieces) if (piece.length <= PART_MAX) for (const part of partsOf(piece)) if (kindOf(part) === 'pages') counts.add(pageCount(part) ?? 0);
    if (counts.size > 1) return [];
    let capsule: Capsule | null = null;
    for (let k = 0; k < pieces.length && !capsule; k++) capsule = parseCapsule(pieces[k] ?? '', heading, k > 0 ? (pieces[k - 1] ?? null) : null);
    // The line before, when it is the publisher's name on its own (`Molden Verlag.` / `352 Seiten.`).
    if (!capsule && pieces.length === 1 && i > 0 && !used.has(i - 1)) {
      const prev = lines[i - 1];
      const name = prev && !prev.h && prev.text.length <= 60 && !prev.text.includes('\n') ? cleanValue(prev.text) : null;
      capsule = parseCapsule(pieces[0] ?? '', heading, name);
    }
    for (const m of capsule ? [] : text.matchAll(IN_BRACKETS)) {
      capsule = parseCapsule(cleanValue(m[1] ?? ''), heading, null, true);
      if (capsule) break;
    }
    if (capsule) found.push(capsule);
  }
  return found;
}

/**
 * Offers the publisher, page count and ISBN of the page's one capsule of facts, and the title
 * and author it names; several capsules are several books' (a round-up), and give nothing.
 */
export function offerCapsule(lines: readonly Line[], used: ReadonlySet<number>, heading: string | null, fs: FieldSet): Capsule | null {
  const found = findCapsules(lines, used, heading);
  const distinct = new Set(found.map((c) => `${c.publisher ?? ''}|${c.pages ?? ''}`));
  const c = found[0];
  if (!c || distinct.size > 1) return null;
  fs.offer('work.publisher', c.publisher, 'content', RANK.content, null, c.quote);
  fs.offer('work.pages', c.pages, 'content', RANK.content, null, c.quote);
  fs.offer('work.place', c.place, 'content', RANK.content, null, c.quote);
  fs.offer('work.isbn', c.isbn, 'content', RANK.content, null, c.quote);
  fs.offer('work.date', c.year, 'content', RANK.content, null, c.quote);
  fs.offer('work.title', c.title, 'content', RANK.heading + 2, null, c.title);
  fs.offer('work.authors', c.author ? [c.author] : null, 'content', RANK.heading + 1, null, c.author);
  return c;
}
