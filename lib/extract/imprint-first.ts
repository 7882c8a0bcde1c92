/**
 * A line that gives a book's imprint and nothing else, publisher first (`Casterman, janvier 2016,
 * 96 pages, 18 €`, `Anagrama, 2020, 256 págs.`, `Einaudi, pp. 240, euro 18`), perhaps after its
 * title and author (`Watertown de Jean-Claude Götting. Casterman, janvier 2016, …`), as reviews in
 * French, Spanish, Italian and Portuguese set it under their heading.
 */
import { type Citation, emptyCitation } from './citation';
import { findDate } from './normalize/dates';
import { findIsbn } from './normalize/ids';
import { splitNames } from './normalize/names';
import { findPages } from './normalize/pages';
import { isPublishingPlace } from './normalize/places';
import { titleOfName } from './page-info';
import { cleanValue } from './text';

/** The publisher's name, then the facts after a comma. */
const IMPRINT_FIRST = /^(\p{Lu}[^,.;:\d()«»"“”[\]]{1,50}?)\s*,\s+(.{4,110})$/u;
/** Where one fact ends: a comma, or a full stop after a number or a word (not `pp. 240`). */
const FACT_SPLIT = /\s*[,;]\s+|(?<=\d|\p{L}{3})\.\s+/u;
const PRICE_PART = /^(?:(?:€|eur|euros?)\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|eur|euros?))$/i;
/** Where a title and author may end before the imprint: a full stop and a capital. */
const HEAD_END = /\.\s+(?=\p{Lu})/gu;
const MAX_HEAD = 150;

/** The imprint of `t`, and the title and author of a head before it, or null when `t` is not such a line. */
export function parseImprintFirst(t: string): Citation | null {
  if (t.length > MAX_HEAD + 170) return null;
  const whole = imprintOf(t);
  if (whole) return whole;
  HEAD_END.lastIndex = 0;
  for (let m = HEAD_END.exec(t); m && m.index <= MAX_HEAD; m = HEAD_END.exec(t)) {
    const out = imprintOf(t.slice(m.index + m[0].length));
    if (!out) continue;
    const named = titleOfName(t.slice(0, m.index));
    if (!named) return null;
    out.title = { value: cleanValue(named.before), quote: named.before };
    out.authors = { value: splitNames(named.name).names, quote: named.name };
    out.text = t;
    return out;
  }
  return null;
}

/** Two facts at least after the publisher, one a year or a page count, and nothing else. */
function imprintOf(t: string): Citation | null {
  const m = IMPRINT_FIRST.exec(t);
  const [name, rest] = [m?.[1]?.trim() ?? '', m?.[2] ?? ''];
  if (!name || name.split(/\s+/).length > 6 || isPublishingPlace(name)) return null;
  const out = emptyCitation(t, 0);
  for (const raw of rest.split(FACT_SPLIT)) {
    const part = raw.trim().replace(/\.$/, '');
    if (!part) continue;
    const d = findDate(part);
    // `320 p.`: the full stop is the abbreviation's.
    const p = findPages(`${part}.`);
    const id = /^ISBN/i.test(part) ? findIsbn(part) : null;
    if (d && d.start === 0 && d.end === part.length && !out.date) out.date = { value: d.iso, quote: part };
    else if (p && p.start === 0 && p.end >= part.length && !out.pages) out.pages = { value: p.pages, quote: part };
    else if (id) out.isbn = { value: id.isbn, quote: part };
    else if (!PRICE_PART.test(part)) return null;
    out.score++;
  }
  if (out.score < 2 || (!out.date && !out.pages)) return null;
  out.publisher = { value: cleanValue(name), quote: name };
  return out;
}
