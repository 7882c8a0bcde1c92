/**
 * A work named apart from the page's own heading, as review sites and shops set a book's card
 * beside a review: a title line and, right under it, who wrote it (`Voyage de classes` /
 * `Nicolas Jounin`; `Höhepunkte des Mittelalters` / `von Stephan Füssel`; `O quarto mágico` /
 * `de Débora Lopes`; `Ucuz Romancılar` / `Murat Menteş · Alfa Yayınları · 2024`), or the name set
 * right above the heading (`Fernando Aramburu` / `Patria`).
 */
import type { Heading } from './page-info';
import { type Line, RUN_ITALIC, RUN_STRONG } from './lines';
import { lookupLabel } from './labels';
import { endsWithPublisherWord, isLoneName, personName, splitNames, withoutOtherParts } from './normalize/names';
import { pagesPart } from './normalize/pages';
import { isPersonName, namesOnly } from './page-info';
import { kickerAuthor } from './prose-mention';
import { isProse } from './summary';
import { clean, cleanValue, fold } from './text';
import { escapeRegExp } from '../escape-regexp';

export interface WorkBlock {
  title: string;
  titleLine: number;
  people: string[];
  peopleQuote: string;
  peopleLine: number;
  publisher: string | null;
  date: string | null;
  pages: number | null;
  /** An ISBN the people's line ends with (`Sabahattin Ali ISBN: 978-605-314-352-9`). */
  isbn?: string | null;
  /** The people's line marks them as the work's editors (`A and B (eds)`). */
  editors?: boolean;
}

/** Lines searched: a work's card stands near the top, with the review. */
const WINDOW = 40;
/** Words that put a byline under a story as readily as an author under a book. */
const BYLINE = /^(?:by|von|par|por|di|av|door|от)\s+(.+)$/i;
/** Words that name a book's author and no story's writer. */
const AUTHORSHIP = /^(?:de|d[’'])\s*(.+)$/i;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/**
 * `Abdellah TAÏA`: a name alone with its family name in capitals, as French catalogues and book
 * blogs set a book's author; a story's byline keeps the name's own case.
 */
const CATALOGUE_NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+\p{Lu}\.)?\s+\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,})*$/u;
const CELLS: ReadonlySet<string> = new Set(['td', 'th']);

/**
 * The one work card among the page's first lines, or null. Right under the page's main
 * heading a `By` line or a bare name is the story's byline, not a work's author; several cards
 * are a list of works.
 */
export function readWorkBlock(lines: readonly Line[], heading: Heading | null, docTitle: string, bookPage = false): WorkBlock | null {
  const titleText = fold(docTitle);
  const headings: string[] = [];
  // Several `By` lines make a list of works (a round-up), whose first card is no page's work.
  const oneByLine = byLines(lines) === 1;
  const byPeopleLine = new Map<number, WorkBlock>();
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    const whole = clean(l.text.length > 400 ? l.text.slice(0, 400) : l.text);
    const record = l.h || i === heading?.index ? recordLine(whole) : null;
    if (record) byPeopleLine.set(i, { ...record, titleLine: i, peopleLine: i });
    // `Click to search this book <b>The story of Owen</b>` / `by E K Johnston`: a title set in
    // bold or italics at the end of its line, a `By` line right under it.
    const setApart = oneByLine && l.brk && BYLINE.test(clean(lines[i + 1]?.text ?? '')) ? endRun(l) : null;
    const t = setApart ?? whole;
    const f = fold(t);
    // An infobox's cells (`Großhau` / `Gemeinde Hürtgenwald`) are no book's card.
    const isTitle = !CELLS.has(l.tag) && (!!setApart || titleLike(t, f, i === heading?.index, titleText, headings));
    if (l.h) headings.push(f);
    if (!isTitle) continue;
    for (let j = i + 1; j <= i + 2 && j < n; j++) {
      const below = lines[j];
      if (below === undefined || below.h || CELLS.has(below.tag)) break;
      const next = clean(below.text.length > 400 ? below.text.slice(0, 400) : below.text);
      // Under a heading a By line or a bare name is a byline, unless the document title names
      // that person with the work; under a line that could itself be a name, a bare name says nothing.
      const underHeading = i === heading?.index || l.h > 0;
      // On a book's own page the names under its title are its authors.
      // A "name" the title line itself holds (`Bradford Exchange railway station` / `Bradford Exchange`) is no author.
      // A bold title with a By line under it is a card whatever its words (`The Lie Tree.` / `by Hardinge, Frances`).
      // `YOUR NAME HERE` / `HELEN DeWITT & ILYA GRIDNEFF` / `Dalkey Archive Press`: a publisher's line under the names makes the lines a work's record.
      const imprint = imprintBelow(lines, j);
      const p = peopleLine(
        next,
        (name) =>
          (!setApart && !bookPage && !imprint && isLoneName(t)) ||
          f.includes(fold(name)) ||
          (underHeading && !bookPage && !titleText.includes(fold(name)) && !CATALOGUE_NAME.test(next)),
      );
      if (p && imprint && !p.publisher) p.publisher = imprint;
      if (p) {
        const facts = factsBelow(lines, j);
        // The title line nearest the names is the work's (a heading may repeat it with more).
        byPeopleLine.set(j, {
          title: cleanValue(t),
          titleLine: i,
          peopleLine: j,
          peopleQuote: next,
          ...p,
          publisher: p.publisher ?? facts?.publisher ?? null,
          date: p.date ?? facts?.date ?? null,
          pages: facts?.pages ?? null,
        });
        break;
      }
      if (next.length > 60) break;
    }
  }
  if (byPeopleLine.size === 0) return classedRecord(lines) ?? (heading ? nameAboveHeading(lines, heading) : null);
  return byPeopleLine.size === 1 ? (byPeopleLine.values().next().value ?? null) : null;
}

/** Class names that say an element holds a book's title, or its author, in the languages read. */
const TITLE_CLASS = /^(?:titel|titre|title|titolo|titulo|título|book-?title|book_title|booktitle|baslik)$/i;
const AUTHOR_CLASS = /^(?:auteurs?|authors?|autor(?:es|en)?|autore|autori|yazar|book-?authors?|book_author|bookauthor)$/i;

/** A whole class name, not one of its words as hasClassWord reads them: `post-title` and `post-author` head a blog post, not a book's record. */
const hasClass = (el: Element, re: RegExp) => (el.getAttribute('class') ?? '').split(/\s+/).some((c) => re.test(c));

/**
 * `<p class="auteur">Herman Beliën &amp; Monique Hoogstraten</p>` / `<p class="titel">…</p>`: a
 * hand-made record whose elements' classes say which line is the title and which the author,
 * side by side in one parent, once on the page.
 */
function classedRecord(lines: readonly Line[]): WorkBlock | null {
  let found: WorkBlock | null = null;
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || !hasClass(l.block, TITLE_CLASS) || l.block.closest('nav, aside, footer, header, form')) continue;
    for (const j of [i - 1, i + 1]) {
      const by = lines[j];
      if (!by || by.block === l.block || by.block.parentElement !== l.block.parentElement || !hasClass(by.block, AUTHOR_CLASS)) continue;
      const title = clean(l.text);
      const p = titleLike(title, fold(title), true, '', []) ? peopleLine(clean(by.text), () => false) : null;
      if (!p) continue;
      // Two such records make a list of works.
      if (found) return null;
      found = { title: cleanValue(title), titleLine: i, peopleLine: j, peopleQuote: clean(by.text), ...p, pages: null };
    }
  }
  return found;
}

/**
 * `Fernando Aramburu` / <h1>Patria</h1>: a shop's or a post's heading with its author's name alone
 * on the line right above it (a kicker names a section, never a person).
 */
function nameAboveHeading(lines: readonly Line[], heading: Heading): WorkBlock | null {
  const above = lines[heading.index - 1];
  const title = clean(heading.text);
  if (!above || above.h || CELLS.has(above.tag) || above.links?.length) return null;
  // A kicker broken by a <br> (`дебютный роман<br>Гузель Яхиной`) is read as one line.
  const before = lines[heading.index - 2];
  const line = clean(above.brk && before?.block === above.block ? `${before.text} ${above.text}` : above.text);
  // The name alone, or a kicker that says whose book it is (`дебютный роман Гузель Яхиной`).
  const name = isLoneName(line) ? line : (kickerAuthor(line) ?? '');
  if (!isPersonName(name) || isLoneName(title) || fold(title).includes(fold(name)) || !titleLike(title, fold(title), true, '', [])) return null;
  // A section's or column's name (`Likely Stories`) looks like a person's too: unless a kicker says whose book it is, the text below must name that person again.
  const surname = fold(name.split(/\s+/).at(-1) ?? '');
  const named = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u');
  const kicker = name !== line;
  if (!kicker && (surname.length < 3 || !lines.slice(heading.index + 1, heading.index + 1 + WINDOW).some((l) => named.test(fold(l.text.slice(0, 3000))))))
    return null;
  return {
    title: cleanValue(title),
    titleLine: heading.index,
    people: [name],
    peopleQuote: line,
    peopleLine: heading.index - 1,
    publisher: null,
    date: null,
    pages: null,
  };
}

/** The publisher on the line after `j` in the same block (`Dalkey Archive Press (non-affiliate link)`), or null. */
function imprintBelow(lines: readonly Line[], j: number): string | null {
  const here = lines[j];
  const below = lines[j + 1];
  if (!here || !below || below.block !== here.block || below.text.length > 120) return null;
  const t = cleanValue(clean(below.text).replace(/\s*\([^()]{1,80}\)$/, ''));
  return t.length <= 60 && !/\d/.test(t) && endsWithPublisherWord(t) ? t : null;
}

/** Lines under a card's names read for its facts. */
const FACT_LINES = 4;

/**
 * `Il suggeritore` / `Donato Carrisi` / `Longanesi` / `pp. 468` / `2009`: short lines under a
 * card's names, in the same block, give one fact each: the publisher (right under the names),
 * the length, the year. The run ends at the first line that is none of these; a lone name under
 * the names is another person, and a publisher alone, without a length or a year, may be anything.
 */
function factsBelow(lines: readonly Line[], j: number): { publisher: string | null; date: string | null; pages: number | null } | null {
  const here = lines[j];
  let [publisher, date, pages]: [string | null, string | null, number | null] = [null, null, null];
  for (let k = j + 1; here && k <= j + FACT_LINES; k++) {
    const l = lines[k];
    if (!l || l.h || l.block !== here.block || l.text.length > 60) break;
    const t = cleanValue(clean(l.text));
    const pg = pagesPart(t);
    if (YEAR.test(t) && !date) date = t;
    else if (pg && !pages) pages = pg;
    else if (k === j + 1 && /^\p{Lu}/u.test(t) && !/\d/.test(t) && t.split(/\s+/).length <= 5 && (endsWithPublisherWord(t) || !isLoneName(t))) publisher = t;
    else break;
  }
  return date || pages ? { publisher, date, pages } : null;
}

/** How many short `By A` lines the page has (counting stops at two). */
function byLines(lines: readonly Line[]): number {
  let n = 0;
  for (let i = 0; i < lines.length && i < 400 && n < 2; i++) {
    const t = lines[i]?.text ?? '';
    if (t.length <= 80 && BYLINE.test(clean(t))) n++;
  }
  return n;
}

/** The text of a bold or italic run that ends the line, when it is a title's length. */
function endRun(l: Line): string | null {
  const run = l.runs?.find((r) => r.k & (RUN_STRONG | RUN_ITALIC) && r.e >= clean(l.text).length - 1 && r.e - r.s >= 3);
  const text = run ? cleanValue(l.text.slice(run.s, run.e)) : '';
  return text.length >= 3 && text.length <= 200 && !isProse(text) ? text : null;
}

const RECORD_SEPARATOR = /\s+(?:\|\|?|·|•|\/\/)\s+/;

/** `LESSICO FAMIGLIARE || Natalia Ginzburg || Einaudi || 2010 || 296 pagine`: a work's record in one line. */
function recordLine(t: string): Omit<WorkBlock, 'titleLine' | 'peopleLine'> | null {
  const parts = t.split(RECORD_SEPARATOR).map((p) => p.trim());
  if (parts.length < 3 || parts.length > 7 || (parts[0] ?? '').length < 2) return null;
  let people: string | null = null;
  let publisher: string | null = null;
  let date: string | null = null;
  let pages: number | null = null;
  for (const p of parts.slice(1)) {
    const pg = pagesPart(p);
    if (YEAR.test(p)) date ??= p;
    else if (pg) pages ??= pg;
    else if (!people && isPersonName(p)) people = p;
    else if (!/\d/.test(p) && p.length <= 60) publisher ??= cleanValue(p);
    else return null;
  }
  if (!people || (!date && !pages && !publisher)) return null;
  return { title: titleCased(cleanValue(parts[0] ?? '')), people: [people], peopleQuote: people, publisher, date, pages };
}

/** A title set in capitals, as such records set it, written with only its first letter capital. */
function titleCased(t: string): string {
  return /\p{Ll}/u.test(t) ? t : t.charAt(0) + t.slice(1).toLowerCase();
}

function titleLike(t: string, f: string, mainHeading: boolean, titleText: string, headings: readonly string[]): boolean {
  if (t.length < 3 || t.length > 200 || t.endsWith(':') || isProse(t) || lookupLabel(t)) return false;
  if (mainHeading) return true;
  // A line the document title or a heading above repeats: the work's title set apart (a section's
  // heading, `Literatur` above a list, is not).
  return f.length >= 4 && (titleText.includes(f) || headings.some((h) => h !== f && h.includes(f)));
}

/** `… ISBN: 978-605-314-352-9` ending a shop's line of the author's name. */
const ISBN_TAIL = /\s+ISBN(?:-1[03])?\s*:?\s*((?:97[89][\s-]?)?\d[\d\s-]{7,14}[\dXx])\s*$/;

function peopleLine(
  line: string,
  isByline: (name: string) => boolean,
): { people: string[]; publisher: string | null; date: string | null; isbn: string | null; editors: boolean } | null {
  if (line.length < 3 || line.length > 150) return null;
  const isbnTail = ISBN_TAIL.exec(line);
  const named = withoutOtherParts(isbnTail ? line.slice(0, isbnTail.index) : line);
  const { editors } = splitNames(named);
  // `Fernando Aramburu (Tusquets)`: the publisher in brackets after the name, as a book's box sets it; `(eds)` is no publisher.
  const bracketed = editors ? null : /^([^()]+?)\s+\(([^()\d]{2,60})\)$/.exec(named);
  const t = bracketed?.[1] ?? named;
  const parts = t.split(/\s+[·•|]\s+/).map((p) => p.trim());
  if (bracketed?.[2]) parts.push(bracketed[2].trim());
  const first = parts[0] ?? '';
  const by = BYLINE.exec(first);
  const de = AUTHORSHIP.exec(first);
  const raw = (by?.[1] ?? de?.[1] ?? first).trim();
  if ((by || parts.length === 1) && !de && isByline(raw)) return null;
  // `Alex's Bookshelf`, `Giriş YapSepetim` (two links run together): not a name.
  if (raw.endsWith(':') || /['’]s\b/.test(raw) || /\p{Ll}{2}\p{Lu}/u.test(raw.replace(/\bMac(?=\p{Lu})/gu, ''))) return null;
  const names = splitNames(raw).names;
  // A catalogue writes the name inverted (`by Hardinge, Frances`).
  const readable = names.map(personName);
  if (!readable.length || !readable.every((n) => namesOnly(n) && (isLoneName(n) || /^\p{Lu}[\p{Lu}\s.'’-]+$/u.test(n)))) return null;
  let publisher: string | null = null;
  let date: string | null = null;
  for (const p of parts.slice(1)) {
    if (YEAR.test(p)) date ??= p;
    else if (!/\d/.test(p) && p.length <= 60 && (endsWithPublisherWord(p) || !isLoneName(p))) publisher ??= cleanValue(p);
    else return null;
  }
  return { people: names, publisher, date, isbn: isbnTail?.[1] ?? null, editors };
}
