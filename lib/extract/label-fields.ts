/**
 * From labelled lines to field values: each label's value is read with the normalizer its
 * field needs (names, dates and places, page counts, identifiers, keyword lists, bylines).
 */
import { parseByline } from './byline';
import { parseCitation } from './citation-line';
import { FieldSet, RANK } from './fields';
import type { LabelHit } from './label-lines';
import { labelParts } from './labels';
import { findDate, parseDatePlace } from './normalize/dates';
import { absoluteUrl, findDoi, findIsbn, findUrl } from './normalize/ids';
import { endsWithPublisherWord, HOUSE_WORD, splitNames } from './normalize/names';
import { isPublishingPlace } from './normalize/places';
import { findPages, PAGE_UNIT, pagesPart, parsePages } from './normalize/pages';
import { titleByAuthor } from './page-info';
import { BINDING_PART, BINDINGS } from './trade-lines';
import { isProse } from './summary';
import { clean, cleanValue, clip } from './text';

/** Split a keyword list on `;` if it has any, else on commas, middle dots or line breaks. */
export function splitList(v: string): string[] {
  const s = clean(v.replace(/\n/g, ' ; '));
  const sep = /;/.test(s) ? /\s*;\s*/ : /\s*(?:,|·|•|\|)\s*/;
  const out: string[] = [];
  for (const part of s.split(sep)) {
    const t = cleanValue(part).replace(/^#/, '');
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
    if (out.length >= 100) break;
  }
  return out;
}

/**
 * `Autora: Laia Soler · Editorial Plataforma Neo · 416 páginas`, `Written by A, published by B in
 * 2013`: a blog's line of facts goes on after the author's name with the book's other facts. The
 * names end at the first part that is a figure, a publishing house or a phrase in small letters.
 */
function namesBeforeOtherFacts(names: readonly string[]): string[] {
  const end = names.findIndex((n, i) => i > 0 && otherFact(n));
  return end < 0 ? [...names] : names.slice(0, end);
}

/** A part that holds a figure, opens with a word for a publishing house or its publishing, or runs on in small letters. */
function otherFact(part: string): boolean {
  return /\d/.test(part) || HOUSE_FIRST.test(part) || /^\p{Ll}+\s+\p{Ll}+\s/u.test(part);
}

/** `Edition Nautilus`, `published by…`: a house's word, or a word for its publishing, opening the part. */
const HOUSE_FIRST = new RegExp(String.raw`^(?:${HOUSE_WORD}|[ée]dition|published|publicad[oa]|publicat[oa]|pubblicat[oa]|publié|erschienen)(?![\p{L}])`, 'iu');

const IMPRINT = /^((?:\p{Lu}[\p{L}'’.-]*(?:,?\s+|$)){1,4})\s*:\s*(.+?)(?:,\s*((?:1[5-9]|20)\d\d))?\.?$/u;
/** What follows a publisher's name, a comma or `on`/`le`/`am`/`el`/`il`, then a full date to the end. */
const ON_DATE = /^(.{2,80}?)(?:,\s*|\s+)(?:(?:on|le|am|el|il|em)\s+)?(?=\S*\d)/u;

function datedAfterName(value: string): { name: string; iso: string; quote: string } | null {
  const v = clean(value);
  const m = ON_DATE.exec(v);
  if (!m?.[1]) return null;
  const tail = v.slice(m[0].length);
  const d = findDate(tail);
  // A day or a month and year running to the end (a bare year may be part of the name: `Editions 1997`).
  if (!d || d.start !== 0 || tail.slice(d.end).replace(/[.\s]/g, '') || !/-\d\d/.test(d.iso)) return null;
  return { name: m[1], iso: d.iso, quote: tail };
}

/** `New York, Norton, 2016`: place, publisher and year by commas (a publisher named `A, B and C` is left whole). */
const PLACE_COMMA_IMPRINT = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}),\s+(\p{Lu}[^,]{1,80}?),\s*((?:1[5-9]|20)\d\d)\.?$/u;
/** `Nomos, Baden-Baden`: the publisher, then its place after a comma. */
const PUBLISHER_COMMA_PLACE = /^([^,]{2,80}),\s*([^,\d]{2,40}?)\.?$/;
/** `Windmill, out now`, `Faber, available now`: a magazine says after the house that the book is in the shops. */
const ON_SALE_AFTER = /,\s*(?:(?:out|available|on\s+sale)\s+now|out\s+(?:on|in)\s+[\p{L}\d ]{3,20})\.?\s*$/iu;
const EDITION_AFTER = /\s*\([^()]{0,30}?\b((?:1[5-9]|20)\d\d)\b[^()]{0,10}\)\s*$/;

/** One of a capsule's facts after a publisher's name: a year (Russian adds `г.`, its word for year), a price or a page count. */
const FACT = String.raw`(?:(?:1[5-9]|20)\d\d(?:\s?г\.?)?|[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euros?)|(?:pp?\.|pagg?\.|S\.|págs?\.)\s?\d{1,4}|\d{1,4}\s*${PAGE_UNIT})`;
const FACTS_AFTER = new RegExp(String.raw`(?:,\s*${FACT}){1,4}\.?$`, 'u');

function offerFactsAfter(tail: string, fs: FieldSet, label: string): void {
  const year = /(?<![\d€$£.])(?:1[5-9]|20)\d\d(?![\d])/.exec(tail);
  if (year) fs.offer('work.date', year[0], 'label', RANK.label - 5, label, year[0]);
  const pages = findPages(tail);
  if (pages) fs.offer('work.pages', pages.pages, 'label', RANK.label - 5, label, tail.slice(pages.start, pages.end));
}

const AFTER_ISBN = /^\s*[–—|/-]\s+/u;
const FACT_SEPARATOR = /\s+[–—|/-]\s+|\s*\|\s*/u;
const HOUSE_IN = new RegExp(String.raw`(?<![\p{L}])(?:${HOUSE_WORD})(?![\p{L}])`, 'iu');

/**
 * `ISBN: 9789722630122 – Civilização Editora / 2010 – 448 páginas`: a blog's one line of facts,
 * the ISBN first and the house, the year and the page count after it, set apart by dashes or bars.
 */
function offerFactsAfterIsbn(tail: string, fs: FieldSet, label: string): void {
  if (!AFTER_ISBN.test(tail)) return;
  for (const raw of tail.replace(AFTER_ISBN, '').split(FACT_SEPARATOR)) {
    const part = cleanValue(raw);
    if (/\d/.test(part)) offerFactsAfter(part, fs, label);
    else if (part.length <= 60 && HOUSE_IN.test(part)) fs.offer('work.publisher', part, 'label', RANK.label - 5, label, part);
  }
}

/** Offer the fields of every labelled line. Several lines with the same label in a row add up. */
export function offerLabels(found: readonly LabelHit[], fs: FieldSet, base: string): void {
  const hits = joinNameParts(found);
  const lastLine = new Map<string, number>();
  // `By: Tracy Guzeman` above `Reviewed by: Diane Lunsford`: where a label names the reviewer
  // as such, a bare `By:` names the work's author.
  const reviewerNamed = hits.some((h) => h.keys.includes('reviewer') && !BARE_BY.test(h.label.trim()));
  // A catalogue record (`By: Kemal, Yaşar` among `Publisher:`, `ISBN:`, `Description:`) names no reviewer.
  const record = !hits.some((h) => h.keys.includes('authors')) && new Set(hits.flatMap((h) => h.keys.filter((k) => RECORD_KEYS.has(k)))).size >= 2;
  for (const hit of hits) {
    const split = perPart(hit);
    if (split) {
      for (const h of split) offerOne(h, h.keys[0] ?? 'title', fs, base, false);
      continue;
    }
    for (const key of hit.keys) {
      // `Autor/Hrsg.: Oldenhage, Tania` names people in one of the two roles: authors, unless the names mark editors.
      if (key === 'editors' && hit.keys.includes('authors')) continue;
      const prev = lastLine.get(key);
      const adjacent = prev !== undefined && hit.line - prev <= 3;
      lastLine.set(key, hit.line);
      if (key === 'reviewer' && (reviewerNamed || record) && BARE_BY.test(hit.label.trim())) offerOne(hit, 'authors', fs, base, adjacent);
      else offerOne(hit, key, fs, base, adjacent);
    }
  }
}

/**
 * `Фамилия автора: Петросян` / `Имя автора: Мариам`: the author's family and given names in two
 * labels near each other make one name, in reading order.
 */
function joinNameParts(hits: readonly LabelHit[]): readonly LabelHit[] {
  const family = hits.findIndex((h) => h.keys[0] === 'authors' && FAMILY_PART.test(h.label));
  const given = hits.findIndex((h, i) => i !== family && h.keys[0] === 'authors' && GIVEN_PART.test(h.label) && !FAMILY_PART.test(h.label));
  const f = hits[family];
  const g = hits[given];
  if (!f || !g || Math.abs(f.line - g.line) > 3) return hits;
  const name = `${g.value.trim()} ${f.value.trim()}`;
  return hits.flatMap((h, i) => (i === given ? [] : i === family ? [{ ...h, value: name, quote: name, items: [] }] : [h]));
}

const FAMILY_PART = /фамилия|surname|last name|apellido|soyad/i;
const GIVEN_PART = /имя|first name|given name|nombre|(?:^|\s)ad[ıi](?:$|\s)/i;

/**
 * `Издательство, серия: АСТ, Редакция Елены Шубиной`, `Ort/Verlag: Berlin/Suhrkamp`: a combined
 * label whose value has as many parts, each the value of its label's part. Names are left whole
 * (`Author/Editor: Smith, John` is one person).
 */
function perPart(hit: LabelHit): LabelHit[] | null {
  const keys = hit.label.includes(':') ? null : labelParts(hit.label);
  if (!keys || keys.length < 2 || keys.some((k) => k === 'authors' || k === 'editors' || k === 'title' || k === 'reviewer')) return null;
  const first = hit.value.split('\n')[0] ?? '';
  const values = first.split(/\s*[,/;]\s+|\s+\/\s*/);
  if (values.length !== keys.length) return null;
  const out: LabelHit[] = [];
  keys.forEach((key, i) => {
    const v = values[i]?.trim();
    if (key && v) out.push({ ...hit, keys: [key], value: v, quote: v });
  });
  return out;
}

/** A labelled date, with the place or publisher it may carry (`New York : Macmillan, 1944`, `Publisher - Date`). */
function offerDate(hit: LabelHit, first: string, fs: FieldSet): void {
  const { label } = hit;
  const R = RANK.label;
  // A catalogue's `Published: New York : Macmillan, 1944.`: place, publisher and year.
  const imprint = IMPRINT.exec(clean(first));
  if (imprint?.[1] && imprint[2] && imprint[3] && !hit.keys.includes('publisher')) {
    fs.offer('work.place', cleanValue(imprint[1]), 'label', R - 5, label, imprint[1].trim());
    fs.offer('work.publisher', cleanValue(imprint[2]), 'label', R - 5, label, imprint[2].trim());
    fs.offer('work.date', imprint[3], 'label', R, label, imprint[3]);
    return;
  }
  // `Published May 1st 2006 by Harry N. Abrams`: the date, then who published it.
  const pubBy = /\s+by\s+(\p{Lu}.{1,80})$/u.exec(first);
  if (pubBy?.[1]) fs.offer('work.publisher', cleanValue(pubBy[1]), 'label', R - 5, label, pubBy[1]);
  // A shop's `Published: NYRB Classics - April 18th, 2006`: who published it, then the date.
  const byDash = !pubBy && !hit.keys.includes('place') ? PUBLISHER_DASH_DATE.exec(first) : null;
  if (byDash?.[1] && byDash[2] && parseDatePlace(byDash[2]).date && !parseDatePlace(byDash[2]).place) {
    fs.offer('work.publisher', cleanValue(byDash[1]), 'label', R - 5, label, byDash[1]);
    fs.offer('work.date', parseDatePlace(byDash[2]).date, 'label', R, label, byDash[2]);
    return;
  }
  // `Erschienen: Berlin 2003: de Gruyter`: a whole imprint under a label for the date.
  if (!pubBy && !hit.keys.includes('publisher') && offerCitedImprint(first, fs, label)) return;
  // `Publish Year: HSRC Press`: a shop's mislabelled row, a house's name without a year.
  const house = cleanValue(first);
  if (!/\d/.test(house) && house.length <= 60 && endsWithPublisherWord(house)) {
    fs.offer('work.publisher', house, 'label', R - 5, label, house);
    return;
  }
  const dp = parseDatePlace(pubBy ? first.slice(0, pubBy.index) : first);
  fs.offer('work.date', dp.date, 'label', R, label, dp.dateQuote);
  if (dp.place) fs.offer('work.place', dp.place, 'label', hit.keys.includes('place') ? R : R - 5, label, dp.placeQuote);
}

const BARE_BY = /^(?:by|par|von|por|di)$/i;
/** A description longer than this is cut, as the summary reader cuts the prose. */
const MAX_SUMMARY = 8000;
/** A bracketed note of several words after a publication's kind. */
const TYPE_NOTE = /\s+\([^()]*\s[^()]*\)$/;
/** `Book-paperback`, `Livre / broché`: a binding after the kind. */
const BINDING_AFTER = new RegExp(String.raw`\s*[-–/]\s*${BINDINGS}$`, 'i');
/** `NYRB Classics - April 18th, 2006`: a name without digits, a dash, then what may be a date. */
const PUBLISHER_DASH_DATE = /^(\p{Lu}[^:\d]{1,60}?)\s+[-–—]\s+([^-–—]{4,40})$/u;
/** A name and perhaps a date after a comma: `Porto Editora, janeiro de 2015`. */
const PUBLISHING_HOUSE = /^([^,;]{2,80}?)(?:,\s*([^,;]{4,30}))?$/;
/** `19 × 12,4 cm`, `6 x 9 in`: a `Format` that gives the copy's size, not the work's kind. */
const DIMENSIONS = /^\d+(?:[.,]\d+)?\s*[x×]\s*\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)?\s*(?:cm|mm|in|inches|″|")?\.?$/i;
const RECORD_KEYS: ReadonlySet<string> = new Set(['publisher', 'isbn', 'pages', 'type']);

function offerOne(hit: LabelHit, key: LabelHit['keys'][number], fs: FieldSet, base: string, adjacent: boolean): void {
  const { label, value: v, quote: q } = hit;
  const R = RANK.label;
  const first = v.split('\n')[0] ?? v;
  switch (key) {
    case 'title': {
      // JSTOR's `Reviewed Work(s): Title by Author`.
      const named = titleByAuthor(first);
      // A title's own colon (`Concrete Promises: Housing…`) is no `Name: Title`.
      if (named && !named.publisher && !named.unconfirmed) {
        fs.offer('work.title', cleanValue(named.title), 'label', R, label, named.title);
        const list = splitNames(named.people);
        fs.offer(named.editors || list.editors ? 'work.editors' : 'work.authors', list.names, 'label', R - 5, label, named.people);
      } else fs.offer('work.title', cleanValue(first), 'label', R, label, q);
      return;
    }
    case 'authors':
    case 'editors': {
      // `editor: Porto Editora, janeiro de 2015`: in Portuguese, Spanish and Italian a shop's
      // `editor` is the publishing house, which its name shows.
      const house = key === 'editors' ? PUBLISHING_HOUSE.exec(clean(first)) : null;
      if (house?.[1] && endsWithPublisherWord(house[1])) {
        fs.offer('work.publisher', cleanValue(house[1]), 'label', R, label, house[1]);
        if (house[2]) fs.offer('work.date', parseDatePlace(house[2]).date, 'label', R - 5, label, house[2]);
        return;
      }
      const list = splitNames(hit.items.length ? hit.items.join('; ') : v);
      const path = key === 'editors' || list.editors ? 'work.editors' : 'work.authors';
      const names = namesBeforeOtherFacts(list.names);
      if (adjacent && fs.source(path) === 'label') fs.append(path, names);
      else fs.offer(path, names, 'label', R, label, q);
      return;
    }
    case 'affiliation':
      fs.offer('work.affiliation', cleanValue(v.replace(/\n/g, '; ')), 'label', R, label, q);
      return;
    case 'publisher':
      offerPublisher(hit, first, fs);
      return;
    case 'date':
      offerDate(hit, first, fs);
      return;
    case 'place': {
      if (hit.keys.includes('date')) return; // read with the date
      const dp = parseDatePlace(first);
      if (dp.place) fs.offer('work.place', dp.place, 'label', R, label, dp.placeQuote);
      else if (!dp.date) fs.offer('work.place', cleanValue(first), 'label', R, label, q);
      if (dp.date) fs.offer('work.date', dp.date, 'label', R - 5, label, dp.dateQuote);
      return;
    }
    case 'type': {
      // `PhD Thesis (Author field refers to student + advisor)`: a note in brackets after the kind.
      const kind = cleanValue(first);
      // `Format: Hardback` gives the copy's binding, not the work's kind; `Paperback, 414 Seiten` its length too.
      const parts = kind.split(/\s*[,;·]\s*/);
      const count = parts.length === 2 && parts[0] && BINDING_PART.test(parts[0]) && parts[1] ? pagesPart(parts[1]) : null;
      if (count) fs.offer('work.pages', count, 'label', R, label, q);
      if (count || BINDING_PART.test(kind) || DIMENSIONS.test(kind)) return;
      // `Hörbuch, ungekürzt, 6 h 54 min`, `Book-paperback`: the kind first, then how this copy is made.
      const bare = (kind.replace(TYPE_NOTE, '').split(/\s*[,;·]\s*/)[0] ?? '').replace(BINDING_AFTER, '');
      fs.offer('work.type', bare || kind, 'label', R, label, q);
      return;
    }
    case 'pages':
      // A range (`pp. 211-213`) places an article in a journal; a count of the work's pages wins over it.
      fs.offer('work.pages', parsePages(first), 'label', /\d\s*[-–—]\s*\d/.test(first) ? RANK.ldWork : R, label, q);
      return;
    case 'keywords':
      fs.offer('work.keywords', hit.items.length ? hit.items.map(cleanValue) : splitList(v), 'label', R, label, q);
      return;
    case 'isbn': {
      const m = findIsbn(v);
      // `ISBN-10: 3257229534` / `ISBN-13: 9783257229530`: the same book's two numbers, the longer the one used now.
      if (m && sameBookIsbn13(fs.str('work.isbn'), m.isbn)) fs.amend('work.isbn', m.isbn);
      else fs.offer('work.isbn', m?.isbn, 'label', R, label, m ? v.slice(m.start, m.end) : q);
      if (m) offerFactsAfterIsbn(v.slice(m.end).split('\n')[0] ?? '', fs, label);
      return;
    }
    case 'doi':
      fs.offer('work.doi', findDoi(v), 'label', R, label, q);
      return;
    case 'link': {
      const href = hit.hrefs.map((h) => absoluteUrl(h, base)).find((h): h is string => !!h);
      fs.offer('work.link', href ?? findUrl(v), 'label', R, label, q);
      return;
    }
    case 'language':
      fs.offer('work.language', cleanValue(first), 'label', R, label, q);
      return;
    case 'summary':
      // Above the prose found elsewhere: a record's own description of the work.
      if (isProse(clean(v))) fs.offer('review.summary', clip(clean(v.replace(/\n/g, ' ')), MAX_SUMMARY), 'label', RANK.content + 5, label, q);
      return;
    case 'reviewer': {
      const b = parseByline(first);
      if (!b) return;
      if (fs.offer('review.reviewer', b.name, 'label', R, label, b.nameQuote)) {
        fs.drop('review.reviewerRole');
        fs.offer('review.reviewerRole', b.role, 'label', R, label, b.roleQuote);
      }
      return;
    }
  }
}

const YEAR_IN = /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/;

/**
 * A labelled imprint in a form the patterns above miss, read as a citation line is read
 * (`Stuttgart: Verlag W. Kohlhammer 2014. 315 S. = Reihe, 21. Kart. EUR 34,99. ISBN …`,
 * `Berlin 2003: de Gruyter`): the house, and the place, year, page count and ISBN with it.
 */
function offerCitedImprint(value: string, fs: FieldSet, label: string): boolean {
  if (!YEAR_IN.test(value)) return false;
  const c = parseCitation({ text: value, runs: null });
  if (!c?.publisher || c.title || c.authors || c.editors || c.publisher.value.length >= clean(value).length) return false;
  const R = RANK.label;
  fs.offer('work.publisher', c.publisher.value, 'label', R, label, c.publisher.quote);
  if (c.place) fs.offer('work.place', c.place.value, 'label', R - 5, label, c.place.quote);
  if (c.date) fs.offer('work.date', c.date.value, 'label', R - 5, label, c.date.quote);
  if (c.pages) fs.offer('work.pages', c.pages.value, 'label', R - 5, label, c.pages.quote);
  if (c.isbn) fs.offer('work.isbn', c.isbn.value, 'label', R - 5, label, c.isbn.quote);
  return true;
}

/** A publisher's label: the house, and the place, date, edition or capsule facts written with it. */
function offerPublisher(hit: LabelHit, first: string, fs: FieldSet): void {
  const { label, quote: q } = hit;
  const R = RANK.label;
  // `Einaudi supercoralli, 2023, €18, pp. 192`: a capsule's year, price and pages after the name.
  const facts = IMPRINT.test(clean(first)) || PLACE_COMMA_IMPRINT.test(clean(first)) ? null : FACTS_AFTER.exec(first);
  const nameOnly = facts ? first.slice(0, facts.index) : first;
  if (facts) offerFactsAfter(facts[0], fs, label);
  // `Ayrıntı Yayınları (1. Baskı 2018)`: the edition and its year in brackets after the name.
  const edition = EDITION_AFTER.exec(nameOnly);
  const named = edition ? nameOnly.slice(0, edition.index) : nameOnly;
  // `Gallimard, le 05 février 2018`, `Abrams on May 1, 2006`: the day the house published it, after its name.
  const on = datedAfterName(named);
  if (on) fs.offer('work.date', on.iso, 'label', R - 5, label, on.quote);
  const name = (on ? on.name : named).replace(ON_SALE_AFTER, '');
  // `Destino (Noviembre 2011)`: the month too, where the brackets give it.
  if (edition?.[1]) fs.offer('work.date', findDate(edition[0])?.iso ?? edition[1], 'label', R - 5, label, edition[0].trim());
  // A year alone (`2025`) is the next line's, read under a label left empty.
  if (/^\s*(?:1[5-9]|20)\d\d\s*$/.test(name)) return;
  const m = IMPRINT.exec(clean(name)) ?? PLACE_COMMA_IMPRINT.exec(clean(name));
  const place = m ? null : PUBLISHER_COMMA_PLACE.exec(clean(name));
  // A publisher's name has no page count or year in it: the value is a fuller imprint (`Stuttgart: Verlag W. Kohlhammer 2014. 315 S. …`).
  if ((m ? /\d/.test(m[2] ?? '') : !place) && offerCitedImprint(name, fs, label)) return;
  if (m && m[1] && m[2] && !hit.keys.includes('place') && !/\s(?:and|&)\s/.test(m[2])) {
    fs.offer('work.place', cleanValue(m[1]), 'label', R - 5, label, m[1].trim());
    fs.offer('work.publisher', cleanValue(m[2]), 'label', R, label, m[2].trim());
    if (m[3]) fs.offer('work.date', m[3], 'label', R - 5, label, m[3]);
  } else if (place?.[1] && place[2] && isPublishingPlace(place[2])) {
    fs.offer('work.publisher', cleanValue(place[1]), 'label', R, label, place[1]);
    fs.offer('work.place', cleanValue(place[2]), 'label', R - 5, label, place[2]);
  } else {
    const house = withoutSeries(name);
    fs.offer('work.publisher', cleanValue(house), 'label', R, label, edition || house !== name ? house.trim() : q);
  }
}

/**
 * `Gallimard collection Scripto`, `Anagrama, colección Panorama`, `Esencia (Grupo Planeta)`: the
 * house's series or the group that owns it, written after its name, is no part of the name.
 */
function withoutSeries(name: string): string {
  const m = SERIES_AFTER.exec(name);
  return m && m.index > 1 ? name.slice(0, m.index) : name;
}

const SERIES_AFTER =
  /(?:,?\s+|\s*\(\s*)(?:collection|coll\.|collana|colección|colecção|coleção|colecao|Reihe|série|серия)\s+\S.*$|\s*\(\s*(?:grupo|gruppo|groupe|group)\s+[^()]+\)$/iu;

/** `isbn13` is the ISBN-13 of the book whose ISBN-10 is `cur`: the same nine digits after 978. */
function sameBookIsbn13(cur: string | null, isbn13: string): boolean {
  const [a, b] = [(cur ?? '').replace(/[^\dX]/gi, ''), isbn13.replace(/[^\dX]/gi, '')];
  return a.length === 10 && b.length === 13 && b.startsWith('978') && b.slice(3, 12) === a.slice(0, 9);
}
