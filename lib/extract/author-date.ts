/**
 * Citations whose parts are set apart by commas or whose year follows the names, read before the
 * imprint patterns (which would take a title's colon for a place's):
 *   `Simon J. Evnine, Making Objects and Events: A Hylomorphic Theory…, Oxford University Press, 2016, 268pp.` (NDPR)
 * and in the author–date styles, where the year follows the names and the imprint the title:
 *   `Smith, J. (2019). The history of reading. Oxford University Press.` (APA)
 *   `Harper, Kyle. 2017. The Fate of Rome. Princeton: Princeton University Press.` (Chicago)
 *   `Smith, John and Brown, Mary (2019) Water governance. Policy Press, Bristol, UK. ISBN …` (EPrints)
 */
import { type Citation, emptyCitation, setIdentifiers, setPeople } from './citation';
import { findPages, PAGE_UNIT } from './normalize/pages';
import { endsWithPublisherWord, isOrganisation, looksLikeNameList, looksLikePersonName } from './normalize/names';
import { SERIES_AFTER_TITLE, TRANSLATOR_AFTER } from './normalize/title';
import { isPublishingPlace } from './normalize/places';
import { cleanValue, subtitled } from './text';

const MAX_LEN = 600;
const EDITOR_MARK = /,?\s*\(?(?:eds?|editors?|hrsg)\.?\)?$/i;
const HEAD = /^(.{3,200}?)\.?\s+\(((?:1[5-9]|20)\d\d)[a-z]?\)[.,]?\s+(\p{Lu}.+)$|^(.{3,200}?)\.\s+((?:1[5-9]|20)\d\d)[a-z]?\.\s+(\p{Lu}.+)$/u;
/** A full stop that ends the title, not an initial's or an abbreviation's. */
const TITLE_END = /(?<!(?:^|\s)\p{Lu})(?<!\b(?:St|Mr|Dr|Vol|No|Ed|eds?))(?<!\s\p{Ll}{2,}\s\d{1,2})\.\s+(?=\p{Lu})/u;
const PLACE_PUBLISHER = /^(\p{Lu}[\p{L}'’.-]*(?:[\s,]+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s*(\p{Lu}[^:;]{1,80}?)\.?$/u;
const PUBLISHER_PLACE = /^(\p{Lu}[^,:;]{1,80}?),\s*(\p{Lu}[\p{L}'’. -]{1,40}(?:,\s*\p{Lu}[\p{L}.]{1,20})?)\.?$/u;
const TAIL = new RegExp(String.raw`[.,]?\s*(?:ISBN|ISSN|doi|https?:|[xvi]+,?\s*\d{2,4}\s*(?:pp?\.|pages|S\.)|\d{2,4}\s*${PAGE_UNIT}|pp?\.\s*\d).*$`, 'iu');

export function parseAuthorDate(t: string): Citation | null {
  if (t.length > MAX_LEN) return null;
  const m = HEAD.exec(t);
  // The lazy names leave an initial's full stop to the pattern: it is given back.
  const names = (m?.[1] ?? m?.[4])?.trim().replace(/(?<=(?:^|[\s.,])\p{Lu})$/u, '.');
  const year = m?.[2] ?? m?.[5];
  const rest = m?.[3] ?? m?.[6];
  if (!names || !year || !rest) return null;
  const people = names.replace(EDITOR_MARK, '');
  if (!looksLikeNameList(people)) return null;
  const end = TITLE_END.exec(rest);
  const title = (end ? rest.slice(0, end.index) : rest.replace(TAIL, '')).trim();
  const after = end
    ? rest
        .slice(end.index + end[0].length)
        .replace(TAIL, '')
        .trim()
    : '';
  if (title.length < 2) return null;
  const review = reviewOfWork(title, people);
  if (review) return review;
  const c = headed(t, 3, people, people !== names, title, year);
  readImprint(after, c);
  setPages(c, rest);
  return c;
}

/** `Handbook of human geography, by Tim Schwanen and Ronald van Kempen, Journal of Urban Affairs, 43:8, 1201-1203`. */
const WORK_BY_IN_JOURNAL = /^(.{2,200}?),\s+(edited\s+)?by\s+([^,]{3,120}?),\s+\p{Lu}[^,]{2,100},\s+\d+\s*[:(]/u;

/**
 * A journal's citation of one of its book reviews (`Mark Wilson (2021) Handbook…, by Tim Schwanen
 * and Ronald van Kempen, Journal of Urban Affairs, 43:8, 1201-1203, DOI: …`): the names first are
 * the reviewer's, and the year, pages and DOI the review's; only the title and its people are the work's.
 */
function reviewOfWork(rest: string, reviewer: string): Citation | null {
  const m = WORK_BY_IN_JOURNAL.exec(rest);
  if (!m?.[1] || !m[3] || !looksLikeNameList(m[3])) return null;
  const c = emptyCitation(rest, 3);
  setPeople(c, m[3], !!m[2]);
  c.title = { value: subtitled(cleanValue(m[1])), quote: m[1] };
  c.reviewer = { value: reviewer, quote: reviewer };
  return c;
}

/** A citation with its people, title and year, and the identifiers anywhere in the line. */
function headed(t: string, score: number, people: string, editors: boolean, title: string, year: string): Citation {
  const c = emptyCitation(t, score);
  setPeople(c, people, editors);
  c.title = { value: subtitled(cleanValue(title.replace(TRANSLATOR_AFTER, '').replace(SERIES_AFTER_TITLE, ''))), quote: title };
  c.date = { value: year, quote: year };
  setIdentifiers(c, t);
  return c;
}

function setPages(c: Citation, s: string): void {
  const pages = findPages(s);
  if (pages) c.pages = { value: pages.pages, quote: s.slice(pages.start, pages.end).trim() };
}

/** `Place: Publisher`, `Publisher, Place`, or a publisher's name alone. */
function readImprint(s: string, c: Citation): void {
  if (!s || s.length > 120) return;
  const pp = PLACE_PUBLISHER.exec(s);
  if (pp?.[1] && pp[2]) {
    c.place = { value: cleanValue(pp[1]), quote: pp[1] };
    c.publisher = { value: cleanValue(pp[2]), quote: pp[2] };
    c.score++;
    return;
  }
  const pl = PUBLISHER_PLACE.exec(s);
  if (pl?.[1] && pl[2] && endsWithPublisherWord(pl[1])) {
    c.publisher = { value: cleanValue(pl[1]), quote: pl[1] };
    c.place = { value: cleanValue(pl[2]), quote: pl[2] };
    c.score++;
    return;
  }
  const name = s.replace(/\.$/, '');
  if (/^\p{Lu}/u.test(name) && name.length <= 80 && !/\d/.test(name) && !/\p{Ll}{2,}\.\s/u.test(name)) {
    c.publisher = { value: cleanValue(name), quote: name };
    c.score++;
  }
}

/**
 * The title first, then the people and year (Conservation Biology's reviews):
 *   `Making Seafood Sustainable. Blackford, M. 2012. University of Pennsylvania Press, Philadelphia, PA. 296 pp.`
 *   `Conservation Biology for All. Sodhi, N. S., and P. R. Ehrlich, editors. 2010. Oxford University Press, Oxford, UK. 344 pp.`
 */
const TITLE_NAMES_YEAR =
  /^(.{3,300}?)\.\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s+(?:\p{Lu}\.\s?)+.{0,200}?)\.?\s+((?:1[5-9]|20)\d\d)[a-z]?\.\s+(\p{Lu}[^.]{1,120}?)\.(?:\s|$)/u;
const EDITION_AFTER = /\.\s+\d{1,2}(?:st|nd|rd|th)\s+(?:edition|ed\.)$/i;

export function parseTitleNamesYear(t: string): Citation | null {
  if (t.length > MAX_LEN) return null;
  const m = TITLE_NAMES_YEAR.exec(t);
  const [title, names, year, imprint] = [m?.[1]?.replace(EDITION_AFTER, ''), m?.[2], m?.[3], m?.[4]];
  if (!title || !names || !year || !imprint) return null;
  const people = names.replace(/,?\s+editors?$/i, '');
  if (!looksLikeNameList(people)) return null;
  const c = headed(t, 4, people, people !== names, title, year);
  // `Publisher, Place[, State]` in that order in this style.
  const [publisher = '', ...place] = imprint.split(/,\s+/);
  c.publisher = { value: cleanValue(publisher), quote: publisher };
  if (place.length) c.place = { value: cleanValue(place.join(', ')), quote: place.join(', ') };
  setPages(c, t.slice((m?.index ?? 0) + (m?.[0].length ?? 0)));
  return c;
}

/**
 * The title, its people after a comma, the publisher and the year in brackets (Elsevier's journals):
 *   `A Feathered River Across the Sky: The Passenger Pigeon’s Flight to Extinction, Joel Greenberg. Bloomsbury Press (2014). xiii+298 pp.`
 */
const TITLE_PEOPLE_PUBLISHER_YEAR = /^(.{3,300}?)\.\s+(\p{Lu}[^.()]{1,80}?)\s+\(((?:1[5-9]|20)\d\d)\)(?=[.,]|\s|$)/u;

export function parseTitlePeoplePublisherYear(t: string): Citation | null {
  if (t.length > MAX_LEN) return null;
  const m = TITLE_PEOPLE_PUBLISHER_YEAR.exec(t);
  const [head, publisher, year] = [m?.[1], m?.[2], m?.[3]];
  if (!head || !publisher || !year) return null;
  // The people are the last parts of the head that are all names; the title is what comes before.
  const parts = head.split(/,\s+/);
  let from = parts.length;
  while (from > 1 && looksLikePersonName(parts[from - 1] ?? '') && (parts[from - 1] ?? '').split(/\s+/).length >= 2) from--;
  if (from === parts.length) return null;
  const people = parts.slice(from).join(', ');
  if (!looksLikeNameList(people)) return null;
  const c = headed(t, 4, people, false, parts.slice(0, from).join(', '), year);
  c.publisher = { value: cleanValue(publisher), quote: publisher };
  setPages(c, t.slice((m?.index ?? 0) + (m?.[0].length ?? 0)));
  return c;
}

/** `People, Title, Publisher, Year`: the title may hold commas and colons, the publisher is named as one. */
const COMMA_PARTS = /^(.{3,120}?),\s+(\p{Lu}.{2,300}?),\s+(\p{Lu}[^,;:]{1,80}?),\s+((?:1[5-9]|20)\d\d)(?!\d)/u;

export function parseCommaCitation(t: string): Citation | null {
  if (t.length > MAX_LEN) return null;
  const m = COMMA_PARTS.exec(t);
  const [people, title, publisher, year] = [m?.[1]?.trim(), m?.[2]?.trim(), m?.[3]?.trim(), m?.[4]];
  if (!people || !title || !publisher || !year || !endsWithPublisherWord(publisher) || !looksLikeNameList(people.replace(EDITOR_MARK, ''))) return null;
  // `Title, México, D.F., Universidad Nacional…, Madrid, España, Trama editorial`: co-publishers and their places are no title.
  if (title.split(/,\s+/).slice(1).some(isOrganisation)) return null;
  // `…, Twentieth Century, Princeton, Princeton University Press, 2016`: a publishing place before the publisher.
  const parts = title.split(/,\s+/);
  const place = parts.length > 1 && isPublishingPlace(parts.at(-1) ?? '') ? parts.pop() : undefined;
  const c = headed(t, 4, people, false, parts.join(', '), year);
  c.publisher = { value: cleanValue(publisher), quote: publisher };
  if (place) c.place = { value: cleanValue(place), quote: place };
  setPages(c, t.slice((m?.index ?? 0) + (m?.[0].length ?? 0)));
  return c;
}
