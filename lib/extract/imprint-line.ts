/**
 * A book's facts as a catalogue sets them under the title, each on a line of its own and
 * without labels: the edition (`Hardcover, 176 pages`, `316 Pages`), the printing (`1.Baskı - 2019`), the ISBN
 * (`ISBN 9781138267930`, `Luchterhand, 978-3-630-87595-8`) and the imprint as a sentence (`Published May 1st 2006 by Harry N.
 * Abrams`, `Erschienen am 12.03.2019 bei Rowohlt`, `Publié le 3 mars 2016 par Sonatine`).
 */
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { findDate } from './normalize/dates';
import { findIsbn } from './normalize/ids';
import { isLoneName, personName } from './normalize/names';
import { pagesPart } from './normalize/pages';
import { isPublishingPlace } from './normalize/places';
import { readPublished } from './publisher-lines';
import { cleanValue } from './text';
import { BINDING_PART, BINDINGS } from './trade-lines';

/** `Hardcover, 176 pages`, `316 Pages`: the edition's binding and length. */
const EDITION = new RegExp(`^(?:${BINDINGS}\\s*,\\s*)?(\\d{1,5})\\s*(?:pages|seiten|páginas|pagine|sayfa)$`, 'i');
/** `1.Baskı - 2019`, `2. Auflage 2021`, `3rd edition, 2019`, `1ª edición, 2015`: the printing and its year. */
const PRINTING =
  /^(?:\d{1,2}\s*(?:\.|ª|º|°|st|nd|rd|th|e|re)?\s*(?:baskı|basım|auflage|edition|édition|edición|edição|edizione|издание))\s*[-–—,:]?\s*((?:1[5-9]|20)\d\d)$/iu;
/** `ISBN 9781138267930`, `ISBN-13: 978-…`. */
const ISBN_FACT = /^ISBN(?:-?1[03])?\s*:?\s*[\dXx][\d\sXx-]{8,16}[\dXx]$/i;
/** `9783518425176`, `978-3-8362-1825-2 (ISBN)`: a catalogue's ISBN-13 on its own line, unlabelled or labelled after it. */
const BARE_ISBN = /^97[89](?:-?\d){10}(?:\s*\(ISBN(?:-?13)?\))?$/;
/** `Luchterhand, 978-3-630-87595-8`, `Hanser, ISBN 978-…`: a capsule's publisher and ISBN on a line of their own. */
const PUBLISHER_ISBN = /^(\p{Lu}[\p{L}&'’. -]{1,40}?),\s*(?:ISBN(?:-?1[03])?\s*:?\s*)?97[89][\d -]{9,14}[\dXx]$/u;
/** A book's facts stand near the top of its page. */
const LINES_SEEN = 400;
const MAX_LINE = 300;
/** Lines from a line of facts to the imprint sentence. */
const NEAR = 3;

/** The facts of one line: each of its line breaks starts another. */
function partsOf(lines: readonly Line[], i: number, used: ReadonlySet<number>): string[] {
  const l = lines[i];
  if (!l || used.has(i) || l.h || l.text.length > MAX_LINE) return [];
  return l.text
    .split('\n')
    .map((p) => cleanValue(p))
    .filter(Boolean);
}

/** A fact is a short part of its line (with room for the markup's white space): a line of prose is not cleaned and tried part by part. */
const FACT_MAX = 120;

function mayHoldFact(t: string): boolean {
  if (t.length <= FACT_MAX) return true;
  for (let s = 0, e = t.indexOf('\n'); s < t.length; s = e + 1, e = t.indexOf('\n', s)) {
    if ((e < 0 ? t.length : e) - s <= FACT_MAX) return true;
    if (e < 0) break;
  }
  return false;
}

/**
 * Offers the page count and ISBN of a line of facts, and the date and publisher of an imprint
 * sentence beside them: alone, `Published March 5, 2024 by Jane Doe` is as likely a blog post's
 * byline.
 */
export function offerImprintLines(lines: readonly Line[], used: Set<number>, fs: FieldSet): void {
  for (let i = 0, n = Math.min(lines.length, LINES_SEEN); i < n; i++) {
    if (!mayHoldFact(lines[i]?.text ?? '')) continue;
    const parts = partsOf(lines, i, used);
    // The line's other facts are left to the readers of publishers and dates.
    if (fs.get('work.pages') === undefined) for (const p of parts) fs.offer('work.pages', countAmongFacts(p), 'content', RANK.content - 1, null, p);
    // `9783518425176` alone: the ISBN is taken, and the facts read on from the lines below it.
    const bare = parts.length === 1 && BARE_ISBN.test(parts[0] ?? '') ? findIsbn(parts[0] ?? '') : null;
    if (bare && !fs.str('work.isbn')) fs.offer('work.isbn', bare.isbn, 'content', RANK.content, null, parts[0]);
    if (bare) offerInvertedAuthor(lines, i, used, fs);
    if (!offerFacts(parts, fs)) {
      // A capsule with a count of its own (`ANAGRAMA, Compactos, 239 pgs.`) is a line of facts too,
      // left to the citation reader, which may read it with a title and author above it.
      if (parts.some((p) => offerImprintCapsule(lines, i, p, fs, true))) return;
      continue;
    }
    used.add(i);
    for (const p of parts) if (!offerPublished(p, fs)) offerImprintCapsule(lines, i, p, fs);
    for (let j = Math.max(0, i - NEAR); j <= i + NEAR && j < lines.length; j++) {
      if (j !== i && partsOf(lines, j, used).some((p) => offerPublished(p, fs) || offerImprintCapsule(lines, j, p, fs))) used.add(j);
    }
    if (!fs.str('work.publisher') && nameAbove(lines, i, used, fs)) used.add(i - 1);
    offerInvertedAuthor(lines, i, used, fs);
    return;
  }
}

function offerFacts(parts: readonly string[], fs: FieldSet): boolean {
  let found = false;
  for (const p of parts) {
    const edition = EDITION.exec(p);
    if (edition?.[1]) {
      fs.offer('work.pages', Number(edition[1]), 'content', RANK.content, null, p);
      found = true;
    } else if (pagesPart(p) !== null && !/,/.test(p)) {
      // `pp. 384`, `239 pgs.` alone: the count is offered with the line's other counts.
      found = true;
    } else if (PRINTING.test(p)) {
      fs.offer('work.date', PRINTING.exec(p)?.[1], 'content', RANK.content, null, p);
      found = true;
    } else if (PUBLISHER_ISBN.test(p)) {
      // `Luchterhand, 978-3-630-87595-8`: the publisher before a valid ISBN.
      const isbn = findIsbn(p);
      const name = PUBLISHER_ISBN.exec(p)?.[1];
      if (isbn && name) {
        fs.offer('work.isbn', isbn.isbn, 'content', RANK.content, null, p);
        fs.offer('work.publisher', cleanValue(name), 'content', RANK.content, null, name);
      }
      found ||= !!isbn;
    } else if (ISBN_FACT.test(p)) {
      const isbn = findIsbn(p);
      if (isbn) fs.offer('work.isbn', isbn.isbn, 'content', RANK.content, null, p);
      found ||= !!isbn;
    }
  }
  return found;
}

/** Facts run together on one short line: `188 pages, éditions Eyrolles, à 14€`, `6/22/21; 256 pages`, `200 syf. ·`. */
const FACTS_LINE = 80;

function countAmongFacts(p: string): number | null {
  if (p.length > FACTS_LINE) return null;
  const parts = p.split(/\s*[,;·|]\s*/).filter(Boolean);
  if (parts.length > 4) return null;
  for (const [i, part] of parts.entries()) {
    // The line was cleaned of its last full stop: a catalogue's `79 p.` or `80 с.` alone was read as `79 p`.
    const n = pagesPart(part) ?? (i === parts.length - 1 && /\s\p{L}{1,3}$/u.test(part) ? pagesPart(`${part}.`) : null);
    if (n !== null) return n;
  }
  return null;
}

/** A line that is nothing but the imprint sentence, its date whole: `Published May 1st 2006 by Harry N. Abrams`. */
function offerPublished(t: string, fs: FieldSet): boolean {
  const pub = readPublished(t);
  const date = pub?.date;
  if (!pub?.first || !date || date.start !== 0 || date.end < pub.when.length - 1 || !pub.rest || pub.rest.length > 80) return false;
  fs.offer('work.date', date.iso, 'content', RANK.content, null, pub.when);
  fs.offer('work.publisher', cleanValue(pub.rest), 'content', RANK.content, null, pub.rest);
  return true;
}

/** A publisher's or a series' name in a capsule: capitalised words, no figures. */
const NAME_PIECE = /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&|and|und|et|e|y|de|di|du|da))*$/u;
/** `Puértolas, Soledad`: a person's name inverted, alone on its line. */
const INVERTED_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?$/u;

/**
 * A capsule of the book's imprint beside its facts, its parts set apart by commas: `ANAGRAMA,
 * Compactos, 239 pgs.` (publisher, series, length), `Marzo 2018, Einaudi` (date, publisher). The
 * first name is the publisher's, a second one its series; a place is no publisher. A person's
 * name inverted on the line above is the statement of who wrote it, as catalogues set it.
 */
function offerImprintCapsule(lines: readonly Line[], i: number, part: string, fs: FieldSet, counted = false): boolean {
  if (!part.includes(', ') || !/\d/.test(part) || part.length > FACTS_LINE) return false;
  const pieces = part.split(/\s*,\s+/).map((x) => x.trim().replace(/\.$/, ''));
  if (pieces.length < 2 || pieces.length > 4) return false;
  const names: string[] = [];
  let date: string | null = null;
  let facts = 0;
  let pages: number | null = null;
  for (const x of pieces) {
    const d = findDate(x);
    // The line was cleaned of its last full stop: `306 s` was `306 s.`.
    const count = pagesPart(`${x}.`);
    if (d && d.start === 0 && d.end === x.length) date ??= d.iso;
    else if (count !== null) {
      pages ??= count;
      facts++;
    } else if ((ISBN_FACT.test(x) || /^97[89][\d-]{10,14}$/.test(x)) && findIsbn(x)) facts++;
    else if (BINDING_PART.test(x)) continue;
    else if (NAME_PIECE.test(x) && x.split(/\s+/).length <= 5 && !isPublishingPlace(x)) names.push(x);
    else return false;
  }
  const publisher = names[0];
  if (!publisher || names.length > 2 || (!date && !facts) || (counted && !facts)) return false;
  fs.offer('work.publisher', cleanValue(publisher), 'content', RANK.content - 1, null, publisher);
  if (date) fs.offer('work.date', date, 'content', RANK.content - 1, null, part);
  fs.offer('work.pages', pages, 'content', RANK.content - 1, null, part);
  const above = INVERTED_NAME.exec(lines[i - 1]?.text.trim() ?? '');
  const author = above ? personName(above[0]) : null;
  if (above && author && isLoneName(author)) fs.offer('work.authors', [author], 'content', RANK.heading - 3, null, above[0]);
  return true;
}

/**
 * `La novela en cuestión` / `Elices, Jesús Ángel` / `Universo de letras, 2018` / `248 p.`: a
 * catalogue's card puts the statement of who wrote the book, inverted, on the line under its
 * title, and the book's facts below it.
 */
function offerInvertedAuthor(lines: readonly Line[], i: number, used: Set<number>, fs: FieldSet): void {
  const named = invertedUnderHeading(lines, i, used);
  if (named !== null && fs.offer('work.authors', [named.author], 'content', RANK.heading - 3, null, named.quote)) used.add(named.line);
}

function invertedUnderHeading(lines: readonly Line[], i: number, used: ReadonlySet<number>): { author: string; line: number; quote: string } | null {
  for (let j = i - 1; j >= Math.max(1, i - NEAR); j--) {
    const l = lines[j];
    if (!l || l.h || used.has(j)) return null;
    if (!lines[j - 1]?.h) continue;
    const quote = l.text.trim();
    const author = INVERTED_NAME.test(quote) ? personName(quote) : null;
    return author && isLoneName(author) ? { author, line: j, quote } : null;
  }
  return null;
}

/**
 * `NYRB Classics` / `Paperback, 288 pages`: a name alone on the line right above the edition's,
 * in the same block of lines, is the imprint it was published under (a person's name is the
 * author's, left to the readers of bylines).
 */
function nameAbove(lines: readonly Line[], i: number, used: ReadonlySet<number>, fs: FieldSet): boolean {
  const [above, line] = [lines[i - 1], lines[i]];
  if (!above || !line || used.has(i - 1) || above.h || above.block.parentElement !== line.block.parentElement) return false;
  const name = cleanValue(above.text);
  if (!EDITION.test(cleanValue(line.text)) || name.length > 40 || !NAME_PIECE.test(name) || isPublishingPlace(name)) return false;
  return fs.offer('work.publisher', name, 'content', RANK.content - 2, null, name);
}
