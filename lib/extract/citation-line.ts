/**
 * The prose citation that heads many journal and magazine book reviews:
 *   `The Steppe and the Sea, by Anna Korsakova. Almaty: Silk Road Press, 2019. xiv + 312 pages. $35.00 paper.`
 *   `Oxford University Press, 2018, 288 pp.`
 *   `LONDON: HURST, 2016 / 254 PAGES`
 *   `Anna Korsakova. The Steppe and the Sea. Almaty: Silk Road Press, 2019. Pp. 312. ISBN 978-…`
 * Title, authors or editors, place, publisher, year, pages and ISBN come out of it, each with the
 * part of the line it was read from.
 */
import { type Citation, emptyCitation, type Quoted, setPeople } from './citation';
import { FieldSet, RANK } from './fields';
import { type Line, RUN_ITALIC } from './lines';
import type { FieldPath } from './schema';
import { findPages } from './normalize/pages';
import { findDate } from './normalize/dates';
import { findIsbn, findDoi } from './normalize/ids';
import { endsWithPublisherWord, INSTITUTION, isLoneName, isOrganisation, looksLikeNameList, looksLikePersonName, personName } from './normalize/names';
import { lookupLabel } from './labels';
import { isPublishingPlace } from './normalize/places';
import { clean, cleanValue, fold, stripWrappingQuotes, subtitled } from './text';
import { lazy } from '../lazy';
export type { Citation } from './citation';
import { parseFactsLine, parseTradeHeader } from './trade-lines';
import { parseAuthorDate, parseCommaCitation, parseTitleNamesYear, parseTitlePeoplePublisherYear } from './author-date';
import { onlyAKindOfBook, SERIES_AFTER_TITLE, TRANSLATION_WORD, TRANSLATOR_AFTER } from './normalize/title';
import { parseImprintFirst } from './imprint-first';

const MAX_LEN = 600;
const YEAR = '((?:1[5-9]|20)\\d\\d)';
const YEAR_RE = /(?<![\d])(?:1[5-9]|20)\d\d(?![\d])/;
/** A place word: `London`, `LONDON`, `St.`, `N.Y.`; no full stop after a long word. */
const PLACE_WORD = "\\p{Lu}(?:[\\p{L}'’\\-]{0,2}\\.(?:\\p{Lu}\\.)*|[\\p{L}'’\\-]*)";
const PLACES = `(${PLACE_WORD}(?:(?:,\\s*|\\s+|\\s*[/–-]\\s*|\\s+(?:and|&|et|und|y|e)\\s+)${PLACE_WORD}){0,4})`;
/**
 * `Place: Publisher, Year`; two houses in one place as a library record joins them (`Paris : ADBS : Nathan, 2002`).
 * A span of years (`…Kwale Counties, 2015-2020`) ends a title's subtitle, not an imprint.
 */
const pubBlock = lazy(
  () =>
    new RegExp(
      `(?:^|[.;)]\\s*|\\(\\s*|,\\s+|\\s(?:[–—/|]|--?)\\s)${PLACES}\\s*:\\s*([^:;()]{2,120}?|[^:;()./]{2,60}?\\s:\\s\\p{Lu}[^:;()./]{1,60}?)(?:\\s*[,;]\\s*(?:\\p{L}{3,9}\\.?\\s+(?:\\d{1,2},?\\s+)?)?|\\s+)${YEAR}(?!\\d|\\s?[–-]\\s?(?:1[5-9]|20)\\d\\d)`,
      'gu',
    ),
);
/** `Place: Publisher.` with the year elsewhere in the line (author–date styles). */
const pubNoYear = lazy(() => new RegExp(`(?:^|[.;)]\\s+|\\s(?:[–—/|]|--?)\\s)${PLACES}\\s*:\\s*(\\p{Lu}[^:;().]{1,80}?)\\s*(?:[.;]|$)`, 'u'));
/** `Place, Publisher, Year`: `Madrid, Casa de Velázquez, 2013`, `Basel, Karger, 1987`, `Milano, Bompiani, (settembre) 1980`. */
const placePublisherYear = lazy(
  () =>
    new RegExp(
      `(?:^|[.,;]\\s+|\\/)(${PLACE_WORD}(?:[\\s-]+${PLACE_WORD}){0,2}),\\s+((?:de\\s+|van\\s+)?\\p{Lu}[^:;(),]{1,80}?),\\s*(?:\\(?(\\p{Ll}{3,9})\\.?\\)?\\s+)?${YEAR}(?!\\d)`,
      'u',
    ),
);
/** …and with a full stop before the year, after the title (`… Band 27. Berlin, de Gruyter. 2016.`). */
const placePublisherDotYear = lazy(
  () => new RegExp(`[.;]\\s+(${PLACE_WORD}(?:[\\s-]+${PLACE_WORD}){0,2}),\\s+((?:de\\s+|van\\s+)?\\p{Lu}[^:;(),.]{1,80}?)\\.\\s*${YEAR}(?!\\d)`, 'u'),
);
/** `Publisher, Place Year`: `Beck, München 2008`, `aAccademia University Press, Torino 2011`. */
const publisherPlaceYear = lazy(
  () => new RegExp(`(?:^|[.,;]\\s+)(\\p{L}(?:[^:;(),.]|(?<=(?:^|[\\s.])\\p{Lu})\\.){1,80}?),\\s+(${PLACE_WORD}(?:\\s+${PLACE_WORD})?)\\s+${YEAR}(?!\\d)`, 'u'),
);
/** `…, Publisher, Year` with no place: `Christophe Guilluy, La France périphérique, Flammarion, 2014`, `Title (Alfaguara, 2018)`. */
const publisherCommaYear = lazy(
  () => new RegExp(`(?:,\\s+|\\(\\s*)(\\p{Lu}[\\p{L}'’&.-]*(?:\\s+[\\p{L}'’&.-]+){0,3}),\\s*(?:\\p{L}{3,9}\\.?\\s+)?${YEAR}(?!\\d)`, 'u'),
);
/** `Publisher, Place, Year` where the place is a publishing place: `Seix-Barral, Barcelona, 2016`, `University of Chicago Press, Chicago, USA, 2017`, `Pantheon, New York, June 2012`. */
const publisherPlaceCommaYear = lazy(
  () =>
    new RegExp(
      `(?:^|[.,;]\\s+)(\\p{Lu}[^,;:()]{1,80}?),\\s+(\\p{Lu}[\\p{L} .'’-]{1,30}?(?:,\\s*\\p{Lu}[\\p{L}.]{1,20})?),\\s*(?:\\p{L}{3,9}\\.?\\s+)?${YEAR}(?!\\d)`,
      'gu',
    ),
);
/** `Place Year, Publisher`: `Innsbruck/Wien 2010, StudienVerlag, 336 S.`. */
const placeYearPublisher = lazy(
  () => new RegExp(`(?:^|[.,;]\\s+)(${PLACE_WORD}(?:[\\s/-]+${PLACE_WORD}){0,2})\\s+${YEAR},\\s+(\\p{Lu}[^,;:()]{1,60}?)\\s*(?=[,.;]|$)`, 'u'),
);
/** `Place (Publisher) Year`, as German theological reviews write it: `Stuttgart (Kohlhammer Verlag) 2014`, `Freiburg i. Br. (Herder) 2009`. */
const placeBracketPublisherYear = lazy(
  () =>
    new RegExp(`(?:^|[.,;)]\\s*)(${PLACE_WORD}(?:[\\s/-]+(?:\\p{Ll}\\.\\s*)?${PLACE_WORD}){0,2})\\s*\\((\\p{Lu}[^()]{1,60}?)\\)\\s*,?\\s*${YEAR}(?!\\d)`, 'u'),
);
/** `Place Year: Publisher`: `Berlin 2003: de Gruyter`, `Frankfurt am Main 2018: Campus`. */
const placeYearColonPublisher = lazy(
  () =>
    new RegExp(
      `(?:^|[.,;]\\s+)(${PLACE_WORD}(?:[\\s/-]+${PLACE_WORD}){0,2})\\s+${YEAR}\\s*:\\s*((?:de\\s+|van\\s+)?\\p{Lu}[^:;(),.]{1,60}?)\\s*(?=[,.;(]|$)`,
      'u',
    ),
);
/** `Place, Publisher Year` with no comma before the year: `New York, Columbia University Press 2023` (the place must be a publishing place). */
const placePublisherBareYear = lazy(
  () => new RegExp(`(?:^|[.,;]\\s+)(${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2}),\\s+((?:de\\s+|van\\s+)?\\p{Lu}[^:;(),.]{1,80}?)\\s+${YEAR}(?!\\d)`, 'u'),
);
/** `Place, Year` after the title: `Bonn, 2018`. */
const placeYear = lazy(() => new RegExp(`(?:[.]\\s+)(${PLACE_WORD}(?:\\s+${PLACE_WORD})?),\\s*${YEAR}(?!\\d)`, 'u'));
const PUBLISHER_WORDS =
  '(?:Press|Publishers?|Publishing|Books|Verlag|[ÉE]ditions|Editores|Editorial|Edizioni|Editora|Editore|Ediciones|Edicions|Edições|Editura|F[öo]rlag(?:et)?|Kiadó|Yayın(?:ları|evi)|Wydawnictw[oa]|Uitgeverij|Nakladatelství|Издательство|Видавництво|University|Institute|Institution|Centre|Center|Foundation|Council|Group|House|Company|Co\\.|Ltd\\.?|Inc\\.?|Media|Academic|Library|Publications?|Review|Studies|Program(?:me)?|Office|UP)';
const publisherYear = lazy(
  // The publisher's word may be its first (`Éditions Métailié`); a comma, a full stop or nothing before the year.
  () => new RegExp(`(?:^|[.;]\\s+|\\(\\s*|,\\s+)((?=\\p{Lu})[^:;().,]{0,80}?${PUBLISHER_WORDS}[^:;(),.]{0,40}?)(?:\\s*[,.]\\s*|\\s+)${YEAR}(?!\\d)`, 'u'),
);
const BY_WORDS =
  '(?:([Ee]dited|[Ee]ds?\\.|[Cc]ompiled|[Hh]erausgegeben|[Hh]rsg\\.|[Hh]g\\.|[Ss]ous la direction de|[Dd]ir\\.)\\s+(?:(?:[Bb]y|BY|[Vv]on|v\\.|[Pp]ar)\\s+)?|(?:[Bb]y|BY|[Vv]on|[Pp]ar)\\s+)(\\p{Lu}.+)$';
/** `Title, by Author` (first punctuated `by`), then `Title by Author`. */
const byPatterns = lazy(() => [new RegExp(`^(.+?)[,.:;]\\s+${BY_WORDS}`, 'u'), new RegExp(`^(.+?)\\s+${BY_WORDS}`, 'u')] as const);
const byOpening = lazy(() => new RegExp(`^${BY_WORDS}`, 'u'));
const AFTER_PEOPLE = /[.;,]\s+(?:translated|trans\.|with an? |with |foreword|introduction|illustrated|afterword|preface|übersetzt|traduit).*$/i;
const PRICE = /\s*(?:[$£€¥]|US\$|USD\s?|EUR\s?|GBP\s?|CAD\s?|AUD\s?)\s?\d[\d.,]*.*$/;
/** Publisher, ISBN, binding, month and year, and nothing else. */
const CAPSULE =
  /^(\p{Lu}[\p{L}&'’.-]*(?:\s+[\p{L}&'’.-]+){0,4})\s+(?:ISBN[:\s]*)?(?:97[89])?[\d-]{9,16}[\dXx]\s+(?:hbk|pbk|hardback|paperback|hardcover|ebook|cloth)\.?\s+((?:\p{L}{3,9}\.?\s+)?(?:1[5-9]|20)\d\d)\s*$/u;
/** A lower-case word that is no name particle: what a title has and a list of names has not. */
const TITLE_WORD = /\s(?!(?:de|del|der|den|van|von|da|di|du|la|le|ul|bin|al|y|e|and|und|et)\s)\p{Ll}{2,}/u;
/**
 * A reviewer named at the end of the citation line, perhaps with an institution after a comma
 * (`… $33.99 (paper). Reviewed by Christopher B. Barrett, Cornell University.`), or inverted
 * (`Resenha de: RUFINONI, Priscila Rossinetti.`); the words in either case, the name with its
 * capital, ending in two letters (not an initial's full stop).
 */
const REVIEWED_BY =
  /[.;,]\s+(?:[Rr]eview(?:ed)? [Bb]y|REVIEW(?:ED)? BY|[Bb]esprochen von|[Rr]ezensiert von|[Rr]ecensé par|[Cc]ompte rendu par|[Rr]eseñado por|[Rr]ecensito da|[Рр]ецензент|[Rr]esenha de:|[Rr]eseña de:)\s+(\p{Lu}[\p{L}.'’ -]{0,60}?\p{L}{2})(?:,\s+(\p{Lu}[^.;,]{1,100}?))?(?:\.(?=\s+\p{Lu})|\.?\s*$)/u;
const BINDING = /\b(?:cloth|paper(?:back)?|hard(?:cover|back)|e-?book|pbk|hbk)\b/i;

/** Words that stand before a colon as a label, not as a place of publication. */
const NOT_PLACE =
  /^(?:journal|note|in|citation|reference|imprint|series|edition|price|available|online|from|see|cite|abstract|summary|verdict|rating|posted|updated|volume|issue|no|vol|isbn|doi|issn|tel|email|fax|url|recensé|recensée|reviewed|rezensiert|reseñado|recensito|ouvrage recensé|livre recensé|reviewed works?)$/i;

/** `Place: Publisher, Year`, skipping matches whose "place" is a label word (`Journal: …, 2023`). */
function findPubBlock(s: string): RegExpExecArray | null {
  const re = pubBlock();
  re.lastIndex = 0;
  for (let i = 0; i < 5; i++) {
    const m = re.exec(s);
    if (!m) return null;
    const place = (m[1] ?? '').trim();
    const publisher = m[2] ?? '';
    // `…-Güvenlik:14-019 13 Ekim 2014`: a number after the colon is a document's, not a publisher.
    const numbered = /^\s*\d/.test(publisher);
    if (
      !NOT_PLACE.test(place) &&
      !lookupLabel(place) &&
      !numbered &&
      !isDate(`${publisher} ${m[3] ?? ''}`) &&
      !spansSentences(publisher) &&
      !SENTENCE_VERB.test(publisher)
    )
      return m;
    re.lastIndex = m.index + Math.max(1, m[0].indexOf(place) + place.length);
  }
  return null;
}

/** A verb of a sentence (`Eve: The Awakening is a 2015 novel`): prose, where a publisher's name was expected. */
const SENTENCE_VERB = /\s(?:is|are|was|were|est|sont|ist|sind|es|son|è|é)\s/u;

/** A head this long that holds two sentences' ends is prose. */
const PROSE_HEAD = 150;
const PROSE_SENTENCES = /\p{Ll}{2}[.!?]\s+\p{Lu}[^.!?]*?\p{Ll}{2}[.!?]\s+\p{Lu}/u;

/** A full stop after a word, then a capital: a title's sentences, where a publisher's name was expected (`C.H. Beck` and `St. Martin's` have none). */
function spansSentences(s: string): boolean {
  return /\p{Ll}{2,}\.\s+\p{Lu}/u.test(s);
}

/** `September 2011`, `July 5, 2020`, `Wednesday, 01 January 2020`: a date where a publisher was expected. */
function isDate(s: string): boolean {
  const t = s.trim();
  const d = findDate(t);
  if (!d || d.iso.length < 7) return false;
  // One word before a day's date is its weekday (`Starts: Wednesday, 01 January 2020`): no imprint names the day.
  return d.start === 0 || (d.iso.length >= 10 && /^\p{L}+,?\s+$/u.test(t.slice(0, d.start)));
}

/** An author's birth year after the name, which is no date of the work: `ECO, Umberto (n. 1932).`, `(b. 1932)`, `(geb. 1932)`. */
const LIFE_DATES = /\s*\((?:n\.|b\.|geb\.|né[e]?|nato|nata|nacido|nacida|born)\s*(?:en\s+|nel\s+|in\s+)?(?:1[5-9]|20)\d\d\)/giu;
/** The span of a life right after a header's `SURNAME, Name`: `LEVI, Primo (1919-1987).` (a range elsewhere may be the title's). */
const LIFE_SPAN_AFTER_NAME =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s*\((?:1[5-9]|20)\d\d\s*[-–]\s*(?:1[5-9]|20)\d\d\)/u;

/** What a space before a full stop or a comma follows when a page set it there (not a mark of its own). */
const SPACED_BEFORE = /[\p{L}\d)]/u;

/** The label a cover sheet puts before the reviewed work's citation, inside a longer run of text. */
const MIDLINE_LEAD = /\s(?:(?:ouvrages?|livres?)\s+recensés?|reviewed\s+works?(?:\(s\))?|obras?\s+reseñadas?|livros?\s+resenhados?)\s*[:：]\s*/iu;

/**
 * The part of a line a citation can be: all of a short line, the opening of a long one (a
 * header run into the review's first paragraph, as text taken from a PDF is).
 */
function citationHead(text: string): string {
  const window = text.length > MAX_LEN * 4 ? text.slice(0, MAX_LEN * 4) : text;
  // A cover sheet's boilerplate run into one paragraph (`… Document téléchargé le … Ouvrage recensé : Title, …`): the citation follows its label.
  const lead = window.length > MAX_LEN ? MIDLINE_LEAD.exec(window) : null;
  // `Essentials of Conservation Biology . 5th edition . Primack, R. B. 2010 .`: a space some pages set before a full stop or a comma.
  const spaced = clean(lead ? window.slice(lead.index + lead[0].length) : window).replace(/\s+(?=[.,](?:\s|$))/g, (m: string, at: number, all: string) =>
    SPACED_BEFORE.test(all.charAt(at - 1)) ? '' : m,
  );
  const t = spaced.includes('(') ? spaced.replace(LIFE_DATES, '').replace(LIFE_SPAN_AFTER_NAME, '$1') : spaced;
  if (t.length <= MAX_LEN) return t;
  const cut = t.lastIndexOf('. ', MAX_LEN);
  return t.slice(0, cut > 100 ? cut + 1 : MAX_LEN);
}

/** A French series between publisher and year (`La Découverte, coll. « L’horizon des possibles », 2019`). */
const SERIES_IN_IMPRINT = /,\s*coll(?:ection|\.)\s*[«"“][^»"”]{1,120}[»"”]/giu;

/** The line with its series blanked out (same length, so offsets hold): the imprint reads across it. */
function withoutSeries(t: string): string {
  return t.replace(SERIES_IN_IMPRINT, (m) => ' '.repeat(m.length));
}

/**
 * How many signs of a citation a line has: a year, a page count, an imprint, an ISBN, a price.
 * The page count and the imprint are the dear ones to look for: they are skipped when even both
 * could not bring the count to `need`.
 */
function citationSignals(text: string, need = 0): number {
  if (text.length > MAX_LEN || text.length < 12) return 0;
  const t = withoutSeries(text);
  const hasYear = YEAR_RE.test(text);
  let n = hasYear ? 1 : 0;
  if (/\bISBN\b/i.test(t) || findIsbn(t)) n++;
  if (/[$£€]\s?\d/.test(t) || BINDING.test(t)) n++;
  if (/[,.]\s+(?:edited\s+)?by\s+\p{Lu}|\.\s+Eds?\.\s+(?:by\s+)?\p{Lu}/u.test(t) || /\)\s*,\s+(?:de|di|von|par|por)\s+\p{Lu}/u.test(t) || TRANSLATED.test(t))
    n++;
  // `Smith, John. Title.`: an inverted name first, as bibliographic styles put it.
  if (/^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\.\s+\p{Lu}/u.test(t)) n++;
  // `K. Hellström. Title`, `J. R. R. Smith. Title`: initials and a family name first, as Russian and German headers put them.
  else if (/^(?:\p{Lu}\.\s*){1,3}\p{Lu}\p{Ll}[\p{L}'’-]+\.\s+\p{Lu}/u.test(t)) n++;
  // A page count gives one; an imprint two at most, and only one without a year.
  if (n + (hasYear ? 3 : 2) < need) return n;
  if (findPages(t)) n++;
  // A full imprint (place, publisher, year) says more than a publisher alone.
  const imprint = findImprint(t);
  if (imprint?.publisher) n += (imprint.place || imprint.firm || imprint.named) && imprint.year ? 2 : 1;
  else if (imprint?.place && imprint.year) n++;
  return n;
}

/** Parse a citation line. Null when it does not read as one (fewer than three signals). */
export function parseCitation(line: Pick<Line, 'text' | 'runs'>): Citation | null {
  const t = citationHead(line.text);
  const facts = parseFactsLine(t) ?? parseImprintFirst(t);
  if (facts) return facts;
  const hasYear = YEAR_RE.test(t);
  if (!hasYear) {
    const trade = parseTradeLine(t) ?? parseTradeHeader(t);
    if (trade) return trade;
  }
  // The author–date, title-first and comma styles all need a year: without one they are not tried.
  const titleFirst = hasYear ? (parseTitleNamesYear(t) ?? parseTitlePeoplePublisherYear(t)) : null;
  if (titleFirst) return titleFirst;
  const authorDate = hasYear ? parseAuthorDate(t) : null;
  if (authorDate?.publisher) return authorDate;
  const commaParts = hasYear ? parseCommaCitation(t) : null;
  if (commaParts) return commaParts;
  // Without a year, a line must say more to be a citation (`Amsterdam: John Benjamins. Pp. vii, 458. ISBN …`).
  const need = hasYear ? 3 : 4;
  const score = citationSignals(t, need);
  if (score < need) return authorDate;
  const out = emptyCitation(t, score);
  // Work on a copy where parts already read are blanked out (same length, so offsets hold).
  let work = withoutSeries(t);
  const blank = (s: number, e: number) => {
    work = work.slice(0, s) + ' '.repeat(e - s) + work.slice(e);
  };
  const by = REVIEWED_BY.exec(work);
  // After the comma an institution, or the given names of an inverted name (`RUFINONI, Priscila Rossinetti`).
  const inverted = by?.[1] && by[2] && !/\s/.test(by[1]) && !INSTITUTION.test(by[2]) ? `${by[1]}, ${by[2]}` : null;
  if (by?.[1] && looksLikePersonName(inverted ?? by[1])) {
    out.reviewer = { value: inverted ?? by[1], quote: inverted ?? by[1] };
    // The punctuation before the label stays: it may end a page count (`221 S. Besprochen von …`).
    blank(by.index + 1, work.length);
  }
  // A price ends the line's facts (`$35.00 (cloth)`), unless an imprint follows it (`$16.95. 224pp… Lincoln: Nebraska UP, 2018`).
  const price = PRICE.exec(work);
  const priceToken = price ? /^\s*(?:[$£€¥]|US\$|USD\s?|EUR\s?|GBP\s?|CAD\s?|AUD\s?)\s?\d(?:[\d.,]*\d)?/.exec(price[0]) : null;
  if (price && priceToken && YEAR_RE.test(work.slice(price.index + priceToken[0].length))) blank(price.index, price.index + priceToken[0].length);
  else if (price) blank(price.index, work.length);

  const isbn = findIsbn(t);
  if (isbn) {
    out.isbn = { value: isbn.isbn, quote: t.slice(isbn.start, isbn.end) };
    const tag = /\bISBN(?:-?1[03])?\s*[:：]?\s*$/i.exec(work.slice(0, isbn.start));
    blank(tag ? tag.index : isbn.start, isbn.end);
    // A trade capsule's imprint: `Fourth Estate 9780008158118 hbk Feb 2017` (publisher, ISBN, binding, date).
    const capsule = CAPSULE.exec(t);
    if (capsule?.[1] && capsule[2] && t.indexOf(capsule[1]) === 0) {
      out.publisher = { value: cleanValue(capsule[1]), quote: capsule[1] };
      const d = findDate(capsule[2]);
      out.date = { value: d?.iso ?? capsule[2], quote: capsule[2] };
      return out;
    }
  }
  const doi = findDoi(t);
  if (doi) out.doi = { value: doi, quote: doi };

  const pages = findPages(work);
  if (pages) {
    out.pages = { value: pages.pages, quote: t.slice(pages.start, pages.end).trim() };
    blank(pages.start, pages.end);
  }

  let headEnd = -1;
  const imprint = findImprint(work);
  if (imprint) {
    if (imprint.place) out.place = { value: cleanValue(imprint.place), quote: imprint.place.trim() };
    if (imprint.publisher) {
      const publisher = firstCoPublisher(imprint.publisher);
      out.publisher = { value: cleanValue(publisher), quote: publisher.trim() };
    }
    if (imprint.year) {
      const withMonth = imprint.month ? findDate(`${imprint.month} ${imprint.year}`)?.iso : null;
      out.date = { value: withMonth ?? imprint.year, quote: imprint.year };
    }
    // The price, page count or ISBN before an imprint (`Title. $16.95. 224pp. ISBN … Lincoln: …`) end the head.
    headEnd = Math.min(imprint.start, ...[price?.index, pages?.start, isbn?.start].filter((i): i is number => i !== undefined && i > 0 && i < imprint.start));
  }
  if (!out.date) {
    const y = YEAR_RE.exec(work);
    if (y) out.date = { value: y[0], quote: y[0] };
  }
  if (headEnd < 0) {
    // No publisher block: the head ends where the year or the page count begins.
    const y = YEAR_RE.exec(work);
    headEnd = y ? y.index : pages ? pages.start : -1;
  }
  // Sentences of prose before an imprint in brackets (`…existe sim. Em seu livro Title (Intrínseca, 2012, 224 p.)`),
  // or a long run of them before one in the sentence (`…jedná se o knihu Jaroslava Doležala: Vazby knih, vyšla v SNTL…`):
  // a text naming works as it goes, which the prose readers read, not a citation.
  const head = t.slice(0, Math.max(headEnd, 0));
  if (headEnd > PROSE_HEAD && (/\(\s*$/.test(head) || headEnd > 2 * PROSE_HEAD) && PROSE_SENTENCES.test(head)) return null;
  if (headEnd > 0) readHead(t.slice(0, headEnd), line, out);
  const yearAt = imprint?.year ? work.indexOf(imprint.year, imprint.start) : -1;
  completeFromLine(out, t, yearAt >= 0 ? yearAt + 4 : -1);
  return out.title || out.authors || out.editors ? out : (authorDate ?? out);
}

/** `(Alfaguara, 2018), de Manuel Vilas.`: the author named after the imprint. */
const PEOPLE_AFTER_IMPRINT =
  /^\s*\)?\s*,\s*(?:by|de|di|von|par|por)\s+(\p{Lu}[^.;()]{1,80}?)(?=\s+(?:y|and|et|e|und)\s+(?:traducid|translat|tradu|übersetz)|[.;]|$)/u;

/** What a line gives beyond its head and imprint: the author after the imprint, a publisher among its parts. */
function completeFromLine(out: Citation, t: string, afterImprint: number): void {
  if (!out.authors && !out.editors && afterImprint > 0) {
    const who = PEOPLE_AFTER_IMPRINT.exec(t.slice(afterImprint));
    if (who?.[1] && looksLikeNameList(who[1])) setPeople(out, who[1]);
  }
  if (out.publisher) return;
  // `…, çeviren: A, Gav Perspektif Yayınları, inceleme, 330 sayfa, 2022`: the part that names itself a publisher.
  const title = out.title?.value ?? '';
  const part = t
    .split(/,\s+/)
    .map((p) => p.trim().replace(/[.;]+$/, ''))
    .find((p) => /^\p{Lu}/u.test(p) && p.length <= 60 && endsWithPublisherWord(p) && !title.includes(p) && !/[:\d]/.test(p));
  if (part) out.publisher = { value: cleanValue(part), quote: part };
}

/** A page count where a newspaper's capsule has it: `552 pages`, `352 pp.`, `352 p.`. */
const TRADE_PAGES = /\b(\d{2,4})\s*(?:pages|pp?\.?)(?![\p{L}])/u;
/** A price, its currency before or after it: `$40`, `€ 19,50`, `10 €`. */
const TRADE_PRICE = /[$£€]\s?\d|\d\s?€/;
const tradePublisherWord = lazy(() => new RegExp(`(?:^|[\\s,(])${PUBLISHER_WORDS}(?![\\p{L}])|\\b(?:Verlag|Editora|Edizioni|Yayınları)\\b`, 'u'));
/** A full stop that ends a part, not an initial's (`Devery S. Anderson`). */
const PART_END = /(?<!(?:^|\s)\p{Lu})\.\s+/u;
const TRADE_SKIP = /^(?:illustrated|translated|with|foreword|introduction|edited)\b/i;
/** Where the title may end and its people begin: `, by`, `. By`, ` di`, `, de`, ` d’`. */
const TRADE_BY = /[,.]?\s+(?:(?:by|BY|By|di|de|von|par|por)\s+|d[’']\s*)(?=\p{Lu})/gu;

/**
 * A newspaper's capsule, which gives no year: `EMMETT TILL: The Murder…, by Devery S. Anderson,
 * University Press of Mississippi, $40, 552 pages`, `The Fate of Rome. By Kyle Harper. Princeton
 * University Press. 440 pp. $35.`, `« Voyages dans l’histoire de France », de Guillaume Perrault (Perrin, 352 p., 10 €)`.
 */
function parseTradeLine(t: string): Citation | null {
  // Without a price, a word for a publishing house must say the line gives an imprint (`L’anomalie d’Hervé Le Tellier, Editions Gallimard, 332 pages`).
  if (t.length < 20 || t.length > MAX_LEN || !(TRADE_PRICE.test(t) || tradePublisherWord().test(t))) return null;
  const pages = TRADE_PAGES.exec(t);
  if (!pages) return null;
  // The title may hold the same small word (`l’histoire de France`): the first split whose people read as names.
  for (const by of t.matchAll(TRADE_BY)) {
    const c = tradeSplit(t, t.slice(0, by.index), t.slice(by.index + by[0].length), pages);
    if (c) return c;
  }
  return null;
}

function tradeSplit(t: string, head: string, tail: string, pages: RegExpExecArray): Citation | null {
  if (head.length < 2 || head.length > 200) return null;
  // `Author (Publisher, 352 p., 10 €)`: the publisher in brackets after the names.
  const after = tail.replace(/\s*\(\s*/, ', ');
  const price = TRADE_PRICE.exec(after);
  const pagesAt = after.search(TRADE_PAGES);
  const end = Math.min(price ? price.index : Infinity, pagesAt >= 0 ? pagesAt : Infinity);
  const rest = after.slice(0, end === Infinity ? after.length : end).replace(/[\s,.;]+$/, '');
  // `A. Publisher` (parts ended by full stops), else `A, Publisher` (by commas).
  const byStop = rest.split(PART_END).filter((p) => !TRADE_SKIP.test(p));
  const parts = byStop.length >= 2 && looksLikeNameList(byStop[0] ?? '') ? byStop : rest.split(/,\s+/);
  const [people, publisher] = [
    parts[0]?.trim(),
    parts
      .slice(1)
      .join(byStop === parts ? '. ' : ', ')
      .trim(),
  ];
  if (!people || !publisher || !looksLikeNameList(people) || publisher.length > 80 || !/^\p{Lu}/u.test(publisher)) return null;
  const title = subtitled(cleanValue(stripWrappingQuotes(head)));
  const c = emptyCitation(t, 4);
  // `Saggio di Paolo Mieli, Rizzoli, 290 pp`: a kind of book where the title would be.
  if (!onlyAKindOfBook(title)) c.title = { value: sentenceCase(title), quote: head };
  setPeople(c, people);
  c.publisher = { value: cleanValue(publisher), quote: publisher };
  c.pages = { value: Number(pages[1]), quote: pages[0] };
  return c;
}

/** `EMMETT TILL: The Murder…`, `A CHANGE IN ALTITUDE`: a title set in capitals, written as titles are. */
function sentenceCase(title: string): string {
  if (!/\p{Ll}/u.test(title)) return title.toLowerCase().replace(/(^|[\s:(-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  return title.replace(/^[\p{Lu}\s'’-]{3,}(?=:)/u, (m) => m.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()));
}

/** The second of a firm's two names (`Brown & Co.`, `Brown and Company`). */
const FIRM_END = /^\p{Lu}\p{Ll}+\s*(?:&|and)\s*(?:Co\.?|Company)$/u;

interface Imprint {
  place: string | null;
  publisher: string | null;
  year: string | null;
  /** Where the imprint starts: the head (title and people) ends there. */
  start: number;
  /** The publisher is a firm of two names, which the imprint's comma joins (as full as a place and a publisher). */
  firm?: boolean;
  /** A person's name stands between the title and the publisher (`Title, Author, Publisher, Year`). */
  named?: boolean;
  /** The month the imprint names before its year (`(settembre) 1980`, `Aralık 1971`). */
  month?: string;
}

/** The imprint in any of the orders citation styles put it in; the first style that matches wins. */
function findImprint(work: string): Imprint | null {
  const at = (m: RegExpExecArray, first: string) => m.index + m[0].indexOf(first);
  const pb = findPubBlock(work);
  if (pb?.[1] && pb[2] && pb[3]) {
    // `Milton, Queensland: Wiley; Honolulu: Bess Press, 2003`: co-publishers, the first named first.
    const first = pubNoYear().exec(work.slice(0, pb.index + 1));
    if (first?.[1] && first[2] && first[0].trimEnd().endsWith(';') && !NOT_PLACE.test(first[1].trim()))
      return { place: first[1], publisher: first[2], year: pb[3], start: at(first, first[1]) };
    return { ...houseFirst(pb[1], pb[2]), year: pb[3], start: at(pb, pb[1]) };
  }
  const known = publisherAtPlace(work) ?? bracketedOrColonImprint(work);
  if (known) return known;
  const ppy = placePublisherYear().exec(work);
  const [, ppPlace, ppPublisher, ppMonth, ppYear] = ppy ?? [];
  if (
    ppy &&
    ppPlace &&
    ppPublisher &&
    ppYear &&
    !NOT_PLACE.test(ppPlace) &&
    !lookupLabel(ppPlace) &&
    !isDate(`${ppPublisher} ${ppYear}`) &&
    !spansSentences(ppPublisher)
  ) {
    const month = ppMonth && isDate(`${ppMonth} ${ppYear}`) ? ppMonth : undefined;
    // `Little, Brown & Co., 2009`: a firm of two names, not a place and a publisher.
    if (FIRM_END.test(ppPublisher)) return { place: null, publisher: `${ppPlace}, ${ppPublisher}`, year: ppYear, month, start: at(ppy, ppPlace), firm: true };
    // `Les choses humaines, Karine Tuil, Gallimard, 2019`: after a title and a comma, its author's name, not a place.
    if (ppy[0].startsWith(',') && isLoneName(ppPlace) && !isPublishingPlace(ppPlace) && TITLE_WORD.test(work.slice(0, ppy.index)))
      return { place: null, publisher: ppPublisher, year: ppYear, month, start: at(ppy, ppPublisher), named: true };
    return { place: ppPlace, publisher: ppPublisher, year: ppYear, month, start: at(ppy, ppPlace) };
  }
  const ppdy = placePublisherDotYear().exec(work);
  if (ppdy?.[1] && ppdy[2] && ppdy[3] && !NOT_PLACE.test(ppdy[1]) && !lookupLabel(ppdy[1]))
    return { place: ppdy[1], publisher: ppdy[2], year: ppdy[3], start: at(ppdy, ppdy[1]) };
  const pyp0 = placeYearPublisher().exec(work);
  if (pyp0?.[1] && pyp0[2] && pyp0[3] && !NOT_PLACE.test(pyp0[1]) && !lookupLabel(pyp0[1]) && /^[^\d]*\p{Ll}[^\d]*$/u.test(pyp0[3])) {
    // `Aralık 1971, Sinan Yayınları`: a month, not a place, before the year.
    if (isDate(`${pyp0[1]} ${pyp0[2]}`)) return { place: null, publisher: pyp0[3], year: pyp0[2], month: pyp0[1], start: at(pyp0, pyp0[1]) };
    return { place: pyp0[1], publisher: pyp0[3], year: pyp0[2], start: at(pyp0, pyp0[1]) };
  }
  const py = publisherYear().exec(work);
  if (py?.[1] && py[2]) return { place: null, publisher: py[1], year: py[2], start: at(py, py[1]) };
  const pyp = publisherPlaceYear().exec(work);
  if (pyp?.[1] && pyp[2] && pyp[3] && !NOT_PLACE.test(pyp[2].trim()) && !lookupLabel(pyp[1]) && !isDate(`${pyp[2]} ${pyp[3]}`)) {
    // `A - B, L'Impero Ottomano, Torino 1981`: after the names and a comma, the title, not a publisher.
    const before = work.slice(0, pyp.index).trim();
    const named = !before.includes(',') && looksLikeNameList(before.replace(/\s+[–-]\s+/g, ' and '));
    if (pyp[0].startsWith(',') && named && !endsWithPublisherWord(pyp[1]) && !isOrganisation(pyp[1]))
      return { place: pyp[2], publisher: null, year: pyp[3], start: at(pyp, pyp[2]) };
    // `Les choses humaines, Karine Tuil, Gallimard 2019`: after a title, its author's name and the publisher, no place.
    if (pyp[0].startsWith(',') && isLoneName(pyp[1]) && !isPublishingPlace(pyp[2]) && !endsWithPublisherWord(pyp[1]) && TITLE_WORD.test(before))
      return { place: null, publisher: pyp[2], year: pyp[3], start: at(pyp, pyp[2]), named: true };
    return { place: pyp[2], publisher: pyp[1], year: pyp[3], start: at(pyp, pyp[1]) };
  }
  return looseImprint(work);
}

/**
 * The imprints whose year is not the last of the three: `Stuttgart (Kohlhammer Verlag) 2014`,
 * `Berlin 2003: de Gruyter`, `New York, Columbia University Press 2023`. The place must be a
 * publishing place, or the bracketed name call itself a publisher, for a capitalised word of a
 * title (German nouns) is no place.
 */
function bracketedOrColonImprint(work: string): Imprint | null {
  const at = (m: RegExpExecArray, first: string) => m.index + m[0].indexOf(first);
  const placed = (place: string) => !NOT_PLACE.test(place) && !lookupLabel(place);
  const br = placeBracketPublisherYear().exec(work);
  if (br?.[1] && br[2] && br[3] && placed(br[1]) && (isPublishingPlace(br[1]) || endsWithPublisherWord(br[2])) && !/\d/.test(br[2]))
    return { place: br[1], publisher: br[2], year: br[3], start: at(br, br[1]) };
  const yc = placeYearColonPublisher().exec(work);
  if (yc?.[1] && yc[2] && yc[3] && placed(yc[1]) && isPublishingPlace(yc[1]) && !isDate(`${yc[1]} ${yc[2]}`))
    return { place: yc[1], publisher: yc[3], year: yc[2], start: at(yc, yc[1]) };
  const bare = placePublisherBareYear().exec(work);
  if (bare?.[1] && bare[2] && bare[3] && placed(bare[1]) && isPublishingPlace(bare[1]) && !isPublishingPlace(bare[2]) && !spansSentences(bare[2]))
    return { place: bare[1], publisher: bare[2], year: bare[3], start: at(bare, bare[1]) };
  return null;
}

/** `Publisher, Place, Year` where only the place is a publishing place (`Seix-Barral, Barcelona, 2016`). */
function publisherAtPlace(work: string): Imprint | null {
  const re = publisherPlaceCommaYear();
  re.lastIndex = 0;
  for (let m = re.exec(work); m; m = re.exec(work)) {
    const [, publisher, place, year] = m;
    if (publisher && place && year && isPublishingPlace(place) && !isPublishingPlace(publisher) && !lookupLabel(publisher) && !spansSentences(publisher))
      return { place, publisher, year, start: m.index + m[0].indexOf(publisher) };
    re.lastIndex = m.index + Math.max(1, m[0].indexOf(',', 1));
  }
  return null;
}

/** `Espacio Editorial: Buenos Aires`: the house before the colon and its place after, the other way round from `Place: Publisher`. */
function houseFirst(before: string, after: string): { place: string; publisher: string } {
  const swapped = endsWithPublisherWord(before) && isPublishingPlace(after.replace(/[\s,.;]+$/, '')) && !endsWithPublisherWord(after);
  return swapped ? { place: after, publisher: before } : { place: before, publisher: after };
}

/**
 * A book published by two houses in two places (`Universidad Nacional Autónoma de México, Madrid,
 * España, Trama editorial`): the first house, the one named before the second place.
 */
function firstCoPublisher(publisher: string): string {
  const parts = publisher.split(/\s*,(?:\s*,)*\s*/);
  const second = parts.findIndex((p, i) => i > 0 && isPublishingPlace(p));
  return second > 0 && parts.length > second + 1 ? parts.slice(0, second).join(', ') : publisher;
}

/** The imprints that give less: a place and publisher with no year, a publisher and year, a place and year. */
function looseImprint(work: string): Imprint | null {
  const at = (m: RegExpExecArray, first: string) => m.index + m[0].indexOf(first);
  const pny = pubNoYear().exec(work);
  if (pny?.[1] && pny[2] && !NOT_PLACE.test(pny[1].trim()) && !lookupLabel(pny[1]))
    return { ...houseFirst(pny[1], pny[2]), year: null, start: at(pny, pny[1]) };
  const pcy = publisherCommaYear().exec(work);
  if (pcy?.[1] && pcy[2] && !lookupLabel(pcy[1]) && !isDate(`${pcy[1]} ${pcy[2]}`)) {
    // `, Christophe Guilluy. Flammarion, 2014`: the publisher is what follows the sentence's end.
    const publisher = pcy[1].split(/(?<=\p{Ll}{2})\.\s+/u).at(-1) ?? pcy[1];
    return { place: null, publisher, year: pcy[2], start: at(pcy, publisher) };
  }
  const pl = placeYear().exec(work);
  if (pl?.[1] && pl[2] && !NOT_PLACE.test(pl[1])) return { place: pl[1], publisher: null, year: pl[2], start: at(pl, pl[1]) };
  return labelledPublisher(work);
}

/** `… (2007). Editorial: Anagrama. 173 páginas`: a publisher under its label inside the line, the year elsewhere in it. */
const LABELLED_PUBLISHER = /(?:^|[.;,]\s+)(\p{L}[\p{L}ıİ]{3,15})\s*:\s*(\p{Lu}[^.;:()\d]{1,60}?)\s*(?=[.;,(]|$)/u;

function labelledPublisher(work: string): Imprint | null {
  const m = LABELLED_PUBLISHER.exec(work);
  const year = YEAR_RE.exec(work);
  if (!m?.[1] || !m[2] || !year || !lookupLabel(m[1])?.includes('publisher')) return null;
  return { place: null, publisher: m[2], year: year[0], start: m.index + m[0].indexOf(m[1]) };
}

/** A review's lead-in before the citation: `Review of`, `Rezension zu`, `Рецензия на книгу:`, `À propos de`. */
const SITE_LEAD =
  /^(?:scholarly article on topic|научная статья на тему)\s*['‘«"]\s*|^\d{1,4}\s+(?:book\s+reviews?|reviews?|rezensionen|comptes rendus|reseñas|resenhas|recensioni)\s+/i;
const LEAD_IN =
  /^(?:(?:ouvrage |livre )?recensée?|reviewed works?|rezensiert|reseñado|recensito|künye)\s*[:：]\s*|^(?:.{0,40}?(?:['‘«"]|\s[/|])\s*)?(?:(?:book\s+)?reviews?(?:ed)?(?:\s+essay)?\s*(?:of\b\s*:?|:|–|-)|rezension\s*(?:zu|von|:)|recensione\s*(?:di|a|:)|reseña\s*(?:de|:)|resenha\s*(?:de|:)|compte[- ]rendu\s*(?:de|:)|à propos de|рецензия на (?:книгу|кн\.|монографию)?\s*:?)\s*|^\[(?:review|rezension|recension|reseña|resenha|recensione|рецензия)(?:\s+на\s+(?:книгу|кн\.|монографию))?\s*:?\s*\]?\s*/i;
/** The review's lead-in, then the citation: `Review of`, `Rezension zu`, `Reviewed work:`. */
export function reviewLeadIn(text: string): boolean {
  return LEAD_IN.test(text.replace(SITE_LEAD, ''));
}
/** Who translated the work, after its title and author (`, translated by`, `[Tradução de …]`): not one of its people. */
const TRANSLATED = new RegExp(String.raw`\s*[–—,;.-]?\s+[[(]?(?:${TRANSLATION_WORD}|trans\.\s).*$`, 'iu');
/** Who helped the author, after the title or alone before the imprint (`avec la collaboration de Sylvie Dalbin`): no title. */
const COLLABORATION =
  /(?:^|[,.;]\s+)(?:avec la collaboration d[e']|with the (?:collaboration|assistance) of|in collaboration with|unter Mitarbeit von|con la colaboraci[óo]n de|con la collaborazione di|com a colabora[çc][ãa]o de)\s*.*$/iu;
/** Editors marked after their names: `Bruno Maida (a cura di), Title`, `A and B (eds.), Title`, `A (Hg.) TITLE`. */
const EDITORS_FIRST = /^(.{3,160}?)\s*\((?:eds?\.?|edd\.?|editors?|a cura di|dir\.?|dirs\.?|coords?\.?|hrsg\.?|hg\.?|orgs?\.?|ред\.?)\)\s*[,:.]?\s+(.+)$/iu;
/** `/ ed. by A, B` after the title (Russian and library styles). */
const SLASH_PEOPLE =
  /^(.+?)\s+\/\s+(?:((?:[Ee]d\.\s+[Bb]y|ED\.\s+BY|[Ee]ds?\.|EDS?\.|[Ee]dited [Bb]y|EDITED BY|[Hh]rsg\.(?:\s+[Vv]on)?|[Пп]од ред\.|[Ss]ous la dir\.(?:\s+de)?))\s+)?(\p{Lu}.+)$/u;
/** The kind of work that Russian citations put after the title (`«Последнее время»: Роман`). */
const GOST_KIND = /\s*:\s*(?:роман|повесть|монография|сборник(?:\s+статей)?|рассказы|стихи|учебное пособие|очерки|учебник)\.?\s*$/iu;

interface HeadReader {
  head: string;
  italic: string | null;
  out: Citation;
  setTitle: (s: string) => void;
}

/** Title and people from the part of the line before the imprint. */
function readHead(headRaw: string, line: Pick<Line, 'text' | 'runs'>, out: Citation): void {
  let head = headRaw
    .replace(/\[\d{1,3}\]/g, '')
    .replace(/^[*•†#]+\s*/, '')
    // A citation set in brackets under a review's title (`(Title / под ред. …, 2016. 334 с.)`) leaves its opening one.
    .replace(/^\((?=[^)]*$)/, '')
    .replace(/[\s,.;:([–—/|-]+$/, '')
    .replace(SITE_LEAD, '')
    .replace(LEAD_IN, '')
    .replace(/^\d{1,3}(?=\p{Lu})/u, '')
    .replace(TRANSLATED, '')
    .replace(COLLABORATION, '');
  if (head.length < 2) return;
  // A library record's areas (`Patria / Fernando Aramburu. — 1ª ed.`): the title and its statement of responsibility come first.
  const isbdArea = /\s\/\s.*?\.\s+(?:[–—]|--?)\s/u.exec(head);
  if (isbdArea) head = head.slice(0, isbdArea.index + isbdArea[0].search(/\.\s+(?:[–—]|--?)\s/u));
  const setTitle = (s: string) => {
    const v = subtitled(cleanValue(stripWrappingQuotes(s.replace(TRANSLATOR_AFTER, '').replace(SERIES_AFTER_TITLE, '').replace(GOST_KIND, ''))));
    if (v.length >= 2) out.title = { value: v, quote: s.trim() };
  };
  const r: HeadReader = { head, italic: italicText(line), out, setTitle };
  for (const read of HEAD_READERS) if (read(r)) return;
  setTitle(head);
}

/** `A, B & C. 2017. Title` (author–date), `Games in Economic Development Bruce Wydick. 2008` (title, author, year). */
function headWithYear({ head, out, setTitle }: HeadReader): boolean {
  const apa = /^(.{3,200}?)\.?\s+\(?((?:1[5-9]|20)\d\d)[a-z]?\)?\.\s+(\p{Lu}.+)$/u.exec(head);
  // `Jahrbuch der Lyrik 2003. Hrsg. v. A und B`: after the year come the people the title is by, not the title.
  if (apa?.[1] && apa[3] && looksLikeNameList(apa[1]) && !byOpening().test(apa[3])) {
    setPeople(out, apa[1], false);
    setTitle(apa[3]);
    return true;
  }
  // `… Bruce Wydick. 2008`, `… Daniel Cassany (2007)`: the year after the name, set off by a full stop or brackets.
  const tail = /^(.{3,300})\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:\.\s+\(?(?:1[5-9]|20)\d\d\)?|\s+\((?:1[5-9]|20)\d\d\))$/u.exec(head);
  if (tail?.[1] && tail[2] && looksLikePersonName(tail[2]) && TITLE_WORD.test(tail[1])) {
    setTitle(tail[1]);
    setPeople(out, tail[2], false);
    return true;
  }
  return false;
}

/** `A and B (eds.), Title`; `Title / ed. by A`; `Latham (Sean), Title`. */
function headMarkedPeople({ head, out, setTitle }: HeadReader): boolean {
  const ed = EDITORS_FIRST.exec(head);
  if (ed?.[1] && ed[2] && looksLikeNameList(ed[1])) {
    setPeople(out, ed[1], true);
    setTitle(ed[2]);
    return true;
  }
  const slash = SLASH_PEOPLE.exec(head);
  if (slash?.[1] && slash[3] && looksLikeNameList(slash[3].replace(/[.,;]+$/, ''))) {
    setTitle(slash[1]);
    setPeople(out, slash[3], !!slash[2]);
    return true;
  }
  const fr = /^(\p{Lu}[\p{L}'’-]+)\s+\(([\p{Lu}][\p{L}.'’ -]{1,40})\)\s*,\s+(\p{Lu}.+)$/u.exec(head);
  if (fr?.[1] && fr[2] && fr[3]) {
    out.authors = { value: [`${fr[2].trim()} ${fr[1]}`], quote: fr[0].slice(0, fr[0].indexOf(')') + 1) };
    setTitle(fr[3]);
    return true;
  }
  return false;
}

/** A name-like suffix after an inverted name (`Longman, Tremper, III. The Fear…`): part of the name. */
const NAME_SUFFIX_START = /^(?:Jr|Sr|II|III|IV)\b\.?/;

/** `Weinfurter, Stefan, Das Reich im Mittelalter`; `Peter Hilsch: Das Mittelalter`; `Young Adam d’Alexander Trocchi`. */
function headNamesFirst({ head, italic, out, setTitle }: HeadReader): boolean {
  const inv = /^(\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}),\s+(\p{Lu}.+)$/u.exec(head);
  if (inv?.[1] && inv[2] && inv[2].split(/\s+/).length >= 2 && !italic && !NAME_SUFFIX_START.test(inv[2])) {
    setPeople(out, inv[1], false);
    setTitle(inv[2]);
    return true;
  }
  const colon = /^([^:]{3,80}?)\s*:\s+(\p{Lu}.+)$/u.exec(head);
  // A comma among the names only in an inverted name (`Hilsch, Peter: …`), not before a title's first word (`Ófeigur Sigurðsson, Öræfi: …`).
  const namesBefore = colon?.[1] && (!colon[1].includes(',') || /^\p{Lu}[\p{L}'’-]+,\s/u.test(colon[1]));
  if (colon?.[1] && colon[2] && namesBefore && looksLikeNameList(colon[1]) && colon[1].split(/\s+/).length >= 2 && (!italic || colon[2].includes(italic))) {
    setPeople(out, colon[1], false);
    setTitle(colon[2]);
    return true;
  }
  const elided = /^(.{2,200}?)\s+d['’](\p{Lu}.{2,80})$/u.exec(head);
  if (elided?.[1] && elided[2] && looksLikeNameList(personName(elided[2]))) {
    setTitle(elided[1]);
    setPeople(out, elided[2], false);
    return true;
  }
  return false;
}

/** `Title, by Author`, `Title. By Author. Publisher`, `Title. Edited by A and B`. */
function headBy({ head, italic, out, setTitle }: HeadReader, punctuated: boolean): boolean {
  const [byComma, byPlain] = byPatterns();
  const by = punctuated ? byComma.exec(head) : italic && !/\bby\s+\p{Lu}/u.test(head.slice(head.indexOf(italic) + italic.length)) ? null : byPlain.exec(head);
  if (!by?.[1] || !by[3]) return false;
  // The names end at the first full stop after a word: a publisher, a series or a volume may follow.
  const named = by[3].replace(AFTER_PEOPLE, '');
  const end = /(?<=\p{Ll}{2})\.\s+(?=[\p{Lu}(])/u.exec(named);
  const people = end ? named.slice(0, end.index) : named;
  const rest = end ? named.slice(end.index + end[0].length).trim() : '';
  // A `by` must name people (`Neues über die alten Römer. Von A wie Aftershave…` names none).
  if (!by[2] && !looksLikeNameList(people.replace(/[.,;]+$/, ''))) return false;
  // `Ellis, Fiona, ed. New Models of…`: the editors named first, the title after the mark.
  if (by[2] && looksLikeNameList(by[1]) && !looksLikeNameList(people)) {
    setPeople(out, by[1], true);
    setTitle(by[3]);
    return true;
  }
  if (italic && by[1].includes(italic) && by[1].indexOf(italic) > 0) {
    // `Korsakova, Anna. The Steppe…, by …` is unusual; keep the italic title.
    setTitle(italic);
  } else setTitle(by[1]);
  setPeople(out, people, !!by[2] || /\((?:eds?|hrsg)\.?\)/i.test(people));
  // `By A. I. B. Tauris. 2019`: what follows the names in its own sentence is the publisher.
  if (!out.publisher && rest && /^\p{Lu}/u.test(rest) && rest.length <= 80 && !/\d/.test(rest) && !spansSentences(rest))
    out.publisher = { value: cleanValue(rest), quote: rest };
  return true;
}

/** The title in italics, the names before it; else names and title told apart by punctuation. */
function headItalicOrSplit({ head, italic, out, setTitle }: HeadReader): boolean {
  if (italic && head.includes(italic)) {
    setTitle(italic);
    // The full stop after a last initial (`Hebert, Jill M.`) is the initial's own.
    const before = head
      .slice(0, head.indexOf(italic))
      .replace(/[\s,.;:]+$/, '')
      .replace(/(?<=(?:^|[\s,])\p{Lu})$/u, '.');
    if (before && looksLikeNameList(before)) setPeople(out, before, false);
    return true;
  }
  const split = splitByPunctuation(head);
  if (!split) return false;
  setPeople(out, split.people, split.editors);
  setTitle(split.title);
  return true;
}

/** The ways a head names its title and people, the most telling first. */
/** `«Elizabeth Costello», de J. M. Coetzee`, `“Title” di Autore`: a title in quotation marks, then its author after a small word for `by`. */
const QUOTED_BY = /^([«“"‘„][^«»“”"‘’„]{2,200}[»”"’“])\s*,?\s+(?:de|di|da|by|von|par|por)\s+(\p{Lu}[^()[\]]{2,80})$/u;

function headQuotedBy({ head, out, setTitle }: HeadReader): boolean {
  const m = QUOTED_BY.exec(head);
  if (!m?.[1] || !m[2] || !looksLikeNameList(m[2].replace(/[.,;]+$/, ''))) return false;
  setTitle(m[1]);
  setPeople(out, m[2], false);
  return true;
}

const HEAD_READERS: readonly ((r: HeadReader) => boolean)[] = [
  headWithYear,
  headQuotedBy,
  headMarkedPeople,
  (r) => headBy(r, true),
  headNamesFirst,
  (r) => headBy(r, false),
  headItalicOrSplit,
];

/** A given name and a family name in full, then a full stop. */
const FULL_NAME_DOT = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}\.$/u;

/** Names and title told apart by a full stop or a comma, when nothing else in the head marks them. */
function splitByPunctuation(head: string): { people: string; title: string; editors: boolean } | null {
  // `Anna Korsakova. The Steppe and the Sea`, `Korsakova, Anna. The Steppe…`, `Ефимова В. В. Генерал…`:
  // the first full stop after which the title begins (not an initial's, unless the names end there).
  for (const m of head.matchAll(/\.\s+(?=[\p{Lu}«“"„])/gu)) {
    const people = head.slice(0, m.index + 1);
    const rest = head.slice(m.index + m[0].length);
    if (people.length > 120) break;
    // A one-word title only after a name in full (`Евгений Водолазкин. Авиатор`), not after an initial.
    if (/^\p{Lu}\.(?:\s|$)/u.test(rest) || (!/\s/.test(rest) && !FULL_NAME_DOT.test(people))) continue;
    // `Stanford J. Shaw, Title`: an initial's full stop, then the family name the names end with.
    if (/(?:^|\s)\p{Lu}\.$/u.test(people) && /^\p{Lu}[\p{L}'’-]+,\s/u.test(rest)) continue;
    // `Clayton C. Anderson. Title`: a given name, a middle initial, then the family name.
    if (/\p{Script=Latin}\p{Ll}+\s\p{Lu}\.$/u.test(people) && /^\p{Lu}\p{Ll}+\.\s/u.test(rest)) continue;
    const names = people.replace(/(?<=\p{L}{2,})\.$/u, '');
    if (looksLikeNameList(names)) {
      return { people: names, title: rest, editors: /\((?:eds?|hrsg)\.?\)|,?\s+eds?\.?$/i.test(names) };
    }
  }
  // `Anna Korsakova, The Steppe and the Sea`, `A, B et C, Title`, `Alberto Fuguet, Sudor`: the longest run of names before a comma.
  const parts = head.split(/,\s+/);
  for (let i = parts.length - 1; i >= 1; i--) {
    const names = parts.slice(0, i);
    const title = parts.slice(i).join(', ');
    if (names.join(', ').length > 160 || !/^\p{Lu}/u.test(title) || !isNameRun(names) || !looksLikeNameList(names.join(', '))) continue;
    // A one-word title only after a name in full: `Smith, John` is one inverted name.
    if (/\s/.test(title.trim()) || (names.length === 1 && (names[0] ?? '').split(/\s+/).length >= 2))
      return { people: names.join(', '), title, editors: false };
  }
  // `Rogers Brubaker – Fransa ve Almanya’da…`: the names, a dash, the title.
  const dash = /^([^–—]{3,60}?)\s+[–—-]\s+(\p{Lu}.+)$/u.exec(head);
  if (dash?.[1] && dash[2] && looksLikeNameList(dash[1]) && dash[2].split(/\s+/).length >= 2) return { people: dash[1], title: dash[2], editors: false };
  // `Les choses humaines, Karine Tuil`: the title, then its author.
  const after = /^(.{2,150}),\s+([^,]{4,60})$/u.exec(head);
  if (after?.[1] && after[2] && looksLikeNameList(after[2]) && !looksLikeNameList(after[1])) {
    return { people: after[2], title: after[1], editors: false };
  }
  return null;
}

/** Comma-separated parts that can all be people: full names, or one name inverted (`Weinfurter, Stefan`). */
function isNameRun(parts: readonly string[]): boolean {
  if (parts.every((p) => p.trim().split(/\s+/).length >= 2)) return true;
  return parts.length === 2 && /^\p{Lu}[\p{L}'’-]+$/u.test(parts[0]?.trim() ?? '');
}

/** The text of the line's longest italic run (a title set in italics), whitespace-normalised. */
function italicText(line: Pick<Line, 'text' | 'runs'>): string | null {
  if (!line.runs) return null;
  let best: string | null = null;
  for (const r of line.runs) {
    if (!(r.k & RUN_ITALIC)) continue;
    const s = clean(line.text.slice(r.s, r.e)).replace(/[\s,.;:]+$/, '');
    if (s.length >= 3 && (!best || s.length > best.length)) best = s;
  }
  return best;
}

/**
 * `Ahlakla Varolmak, Muhammet Şevki Aydın, Ketebe Yayınları`: a title of two capitalised words
 * reads like a name as well as the author does. Where the page's title names one of the two and
 * not the other, that one is the work's title.
 */
export function orientByPageTitle(c: Citation, pageTitle: string): void {
  const author = c.authors?.value.length === 1 ? c.authors.value[0] : null;
  if (!author || !c.authors || !c.title || !looksLikePersonName(c.title.value)) return;
  const page = fold(pageTitle);
  if (!page.includes(fold(author)) || page.includes(fold(c.title.value))) return;
  const title = c.title;
  c.title = { value: author, quote: c.authors.quote };
  c.authors = { value: [personName(title.value)], quote: title.quote };
}

/** Offer a citation line's fields. */
export function offerCitation(c: Citation, fs: FieldSet): void {
  const R = RANK.citation;
  const put = <T extends string | number | string[]>(path: FieldPath, q: Quoted<T> | null) => {
    if (q) fs.offer(path, q.value, 'citation', R, null, q.quote);
  };
  put('work.title', c.title);
  put('work.authors', c.authors);
  put('work.editors', c.editors);
  put('work.place', c.place);
  put('work.publisher', c.publisher);
  put('work.date', c.date);
  put('work.pages', c.pages);
  put('work.isbn', c.isbn);
  put('work.doi', c.doi);
  if (c.reviewer) fs.offer('review.reviewer', c.reviewer.value, 'citation', R, null, c.reviewer.quote);
}

/** How many of the work's fields the citation gives. */
export function citationFields(c: Citation): number {
  return [c.title, c.authors ?? c.editors, c.publisher, c.date, c.pages, c.place, c.isbn].filter(Boolean).length;
}

const CONTAINER_TAGS: ReadonlySet<string> = new Set(['body', 'html', 'main', 'article']);
const BY_LINE = /^(?:([Ee]dited|[Ee]ds?\.)\s+)?(?:[Bb]y|BY|[Vv]on|[Pp]ar)\s+(\p{Lu}.{1,150})$/u;

/**
 * A citation set as several short lines in one small box (`<div class="book-card">` with an
 * italic title, `By Selin Arıkan`, `Oxford University Press, 2018, 288 pp.`): complete the
 * citation from the neighbouring lines of that box. Returns the indices of the lines used.
 */
export function completeFromNeighbours(lines: readonly Line[], idx: number, c: Citation, root: Element | null, used: ReadonlySet<number>): number[] {
  const L = lines[idx];
  if (!L) return [];
  const box = L.brk ? L.block : L.block.parentElement;
  if (!box || box === root || CONTAINER_TAGS.has(box.localName)) return [];
  const inBox = (l: Line) => l.block === box || l.block.parentElement === box;
  const taken: number[] = [];
  for (let j = Math.max(0, idx - 4); j <= Math.min(lines.length - 1, idx + 3); j++) {
    const V = lines[j];
    if (V === undefined || j === idx || used.has(j) || !inBox(V) || V.text.length > 400) continue;
    const t = clean(V.text);
    if (!t) continue;
    const by = BY_LINE.exec(t);
    if (by && by[2] && !c.authors && !c.editors && looksLikeNameList(by[2].replace(/[.,;]+$/, '')) && setPeople(c, by[2], !!by[1])) {
      taken.push(j);
      continue;
    }
    // A heading after the citation heads a section of the review (`Synopsis`), not the work.
    if (!c.title && ((V.h > 0 && j < idx) || isAllItalic(V))) {
      const v = cleanValue(stripWrappingQuotes(t));
      if (v.length >= 2) {
        c.title = { value: v, quote: t };
        taken.push(j);
        continue;
      }
    }
    if (!c.isbn && t.length <= 60) {
      const i = findIsbn(t);
      if (i) {
        c.isbn = { value: i.isbn, quote: t.slice(i.start, i.end) };
        taken.push(j);
      }
    }
  }
  if (!c.title && !c.authors && !c.editors) taken.push(...capitalsAbove(lines, idx, c, inBox, used));
  c.score += taken.length;
  return taken;
}

/**
 * A header set over lines, as text taken from a journal's PDF gives it (`DANIEL CASSANY` /
 * `AFILAR EL LAPICERO, GUÍA DE REDACCIÓN…` / `Barcelona, Anagrama, 2007, 176 pp.`): above an
 * imprint alone, the title in capitals and above it the author's name; or the name alone.
 */
function capitalsAbove(lines: readonly Line[], idx: number, c: Citation, inBox: (l: Line) => boolean, used: ReadonlySet<number>): number[] {
  const at = (j: number) => {
    const l = lines[j];
    return l && !used.has(j) && inBox(l) && !l.h ? clean(l.text) : null;
  };
  const title = at(idx - 1);
  // `Arlette Boulogne` / `avec la collaboration de …. Paris : ADBS : Nathan, 2002. – 126 p.`: the author's name alone above.
  if (title && isLoneName(title) && !c.title) {
    setPeople(c, title);
    return [idx - 1];
  }
  if (!title || title.length < 4 || title.length > 200 || /\p{Ll}/u.test(title) || !/\p{Lu}{3}/u.test(title) || YEAR_RE.test(title)) return [];
  c.title = { value: cleanValue(title), quote: title };
  // A stray glyph a PDF leaves before the name (`r DANIEL CASSANY`).
  const name = at(idx - 2)?.replace(/^\p{Ll}\s+/u, '');
  if (!name || /\p{Ll}/u.test(name) || !looksLikeNameList(name)) return [idx - 1];
  setPeople(c, name);
  return [idx - 1, idx - 2];
}

function isAllItalic(line: Line): boolean {
  if (!line.runs) return false;
  const text = line.text.trim();
  let n = 0;
  for (const r of line.runs) if (r.k & RUN_ITALIC) n += clean(line.text.slice(r.s, r.e)).length;
  return text.length > 0 && n >= clean(text).length * 0.8;
}
