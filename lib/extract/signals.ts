/**
 * What the page says of itself that the classifier reads and no reader offers as a field: the
 * words in its address and section, replies, how much prose stands before a record, how its
 * labelled records repeat, and whether its prose talks about the work's author.
 */
import type { LabelHit } from './label-lines';
import { STRONG_KEYS, type LabelKey } from './labels';
import type { Line } from './lines';
import { personName } from './normalize/names';
import { proseMentionAuthors } from './prose-mention';
import { isProse } from './summary';
import { clean, fold } from './text';
import { escapeRegExp } from '../escape-regexp';
import { REVIEW_NOUN } from './review-words';

/**
 * Words that call a page a review, in the languages read (in an address, a title, a section's
 * name); the words for criticism (`Kritik`, `kritika`) only where a compound makes them a book's.
 */
export const REVIEW_WORD = new RegExp(
  `${REVIEW_NOUN}|рецензи|рецензі|critique|inceleme|kitap yorum|buchkritik|romankritik|könyvkritika|recenzió|kirja-arvio`,
  'i',
);
/** Words that name a section for books: `/books/`, `Libri`, `Kitaplar`, `Livres`, `Книги`. */
export const BOOKS_WORD =
  /(?:^|[^\p{L}])(?:books?|livres?|libri|libros?|livros?|b[üu]cher|buch|sachbuch|kitap(?:lar)?|книг[иа]?|книжк[иа]|literatur[ea]?|littérature|letteratura|literatura|literatuur|litteratur|irodalom|kirjallisuus|novels?|romans?|romanzi|novelas?|bok|b[øo]ker|b[öo]cker|bog|b[øo]ger|boek(?:en)?|ksi[ąa][żz]k[ia]|knihy?|k[öo]nyv(?:ek)?|kirjat?|c[aă]r[tț]i|llibres?)(?:[^\p{L}]|$)/iu;
/**
 * Words by which a page's title or heading calls it something other than a review of one work:
 * a list or roundup (a month's reading wrap-up, `Os melhores livros do ano`, `50 лучших романов`, `Novedades editoriales`), an interview, an event, guidelines or a call, a bibliography, search
 * results or a catalogue browsed by title or date (`Browsing Theses by Title`), a list of authors, a film.
 * English `best` says nothing of number: it is a list's before a plural (`10 best new books`), `of`
 * or nothing, and praise of one work before a singular (`the best novel about grief this year`).
 */
export const OTHER_KIND_WORD =
  /(?:^|[^\p{L}])(?:bestsellers?|best(?=\s+of\b|(?:\s+[\p{L}'’-]+){0,2}?\s+[\p{L}'’-]*s(?![\p{L}'’-])|[^\p{L}]*$)|besten|лучшие|лучших|meilleur(?:e)?s|mejores|melhores|migliori|novedades|nouveautés|novità|novidades|top\s+\d+|round-?ups?|interviews?|entretiens?|entrevistas?|intervista|röportaj|söyleşi|интервью|інтерв['’]ю|wywiad|rozhovor|intervju|haastattelu|gespräch|q\s*&\s*a|in conversation|conversation with|беседа|reviewers|rezensent(?:en|innen)|launch(?:es)?|signings?|lesung(?:en)?|veranstaltung(?:en)?|lançamento|presentazione|presentaci[oó]n|imza günü|презентаци[яи]|guidelines|submissions?|call for|(?:books|publications|titles) received|(?:livres|ouvrages) reçus|eingegangene bücher|libri ricevuti|libros recibidos|richtlinien|bibliograph\p{L}*|références|literaturverzeichnis|kaynakça|библиографи\p{L}*|search|suche|recherche|résultats|arama|поиск|brows(?:e|ing)|parcourir|durchsuchen|authors|autoren|auteurs|autori|yazarlar|авторы|empfehlungen|sélection|подборка|movies?|film reviews?|filmkritik|critique du film|reseña de la película|resenha do filme|recensione del film|рецензия на фильм|wrap-?ups?|monatsrückblick|jahresrückblick|lesemonat|mini reviews?)(?:[^\p{L}]|$)/iu;

/**
 * Kinds of publication in the plural (`Policy Papers`, `Rezensionen`, `Yayınlar`): a heading that is
 * only that, perhaps after its section's name (`Cluster-Veröffentlichungen: Policy Papers`), heads
 * the list of a series, not one of its items.
 */
const KINDS_PLURAL =
  /^(?:[\p{L}'’-]+\s+){0,2}(?:reports|papers|briefs|briefings|publications|studies|reviews|analyses|commentaries|summaries|explainers|veröffentlichungen|publikationen|studien|berichte|analysen|rezensionen|buchbesprechungen|rapports|études|notes|comptes rendus|critiques|informes|publicaciones|estudios|reseñas|relatórios|publicações|estudos|resenhas|rapporti|pubblicazioni|studi|recensioni|raporlar|yayınlar|incelemeler|доклады|отчёты|отчеты|публикации|исследования|рецензии)$/iu;

export function kindsHeading(heading: string): boolean {
  const last =
    heading
      .slice(0, 200)
      .split(/\s*[:|–—]\s*/)
      .pop() ?? '';
  return KINDS_PLURAL.test(last.trim());
}

/**
 * The page's subheadings are questions (`À quel moment sentez-vous que votre roman est terminé ?`):
 * an interview, whatever its title says.
 */
export function questionsAsHeadings(lines: readonly Line[]): boolean {
  let questions = 0;
  for (const line of lines) if (line.h >= 2 && /[?？]\s*$/u.test(line.text) && ++questions >= 2) return true;
  return false;
}

/** A post's section as its footer or header says it: `Posted in Libri`, `Labels: Book Review`. */
const FILED_UNDER =
  /^\s*(?:posted in|filed under|categor(?:y|ies)|labels?|tags?|pubblicato in|publié dans|publicado en|publicado em|veröffentlicht in|kategori(?:e|ler)?|рубрик[аи])\s*:?\s+([\s\S]{2,120}?)\s*$/i;

export function filedUnder(lines: readonly Line[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < 3; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const t = line.text;
    if (t.length > 160) continue;
    const m = FILED_UNDER.exec(t);
    if (m?.[1]) out.push(clean(m[1]));
  }
  return out.join(' ');
}

export function hasReplies(lines: readonly Line[]): boolean {
  for (let i = 0, n = Math.min(lines.length, PROSE_WINDOW); i < n; i++) {
    const l = lines[i];
    if (l && l.h > 0 && REPLY.test(l.text)) return true;
  }
  return false;
}

/** A reply's heading in a forum thread (`Re: …`, `AW: …`). */
const REPLY = /^\s*(?:re|aw|antw|rép|rif|ynt|ответ)\s*:\s+\S/i;

/** Lines searched for the author's name in the review's prose. */
export const PROSE_WINDOW = 300;

/**
 * The work's first author named again in the page's prose: a review talks about its author
 * (`Jounin rappelle que…`), where a news story's byline names someone the story does not.
 * Matched by the family name's stem, so that inflected forms count (`Багарякова`).
 */
export function authorInProse(lines: readonly Line[], used: ReadonlySet<number>, people: readonly string[]): boolean {
  const first = people[0];
  if (!first) return false;
  const family = personName(first).split(/\s+/).pop() ?? '';
  if (family.replace(/[^\p{L}]/gu, '').length < 3) return false;
  const stem = family.length > 5 ? family.slice(0, family.length - 2) : family;
  // As a name is written in prose (capitalised) or set in capitals, not as a common word (`students`);
  // an accented letter may be written with another accent or none (`Solà`, `Solá`).
  const re = new RegExp(`${anyAccent(stem)}|${anyAccent(stem.toUpperCase())}`, 'gu');
  return proseHas(lines, used, (t) => atWordStart(re, t));
}

/** `s` as a pattern whose accented letters match any letter. */
function anyAccent(s: string): string {
  return escapeRegExp(s).replace(/[^\x20-\x7e]/gu, (c) => (c.normalize('NFD').length > 1 ? '\\p{L}' : c));
}

/**
 * The family name of `name` used on its own in the prose (`Aytmatov’un kitapları`), as a review
 * refers to the work's author; a title's last word rarely stands without the words before it.
 */
export function surnameAlone(lines: readonly Line[], used: ReadonlySet<number>, name: string): boolean {
  const words = name.trim().split(/\s+/);
  const family = words.at(-1) ?? '';
  const before = words.at(-2);
  if (words.length < 2 || !before || family.replace(/[^\p{L}]/gu, '').length < 3) return false;
  const re = new RegExp(`${escapeRegExp(family)}(?![\\p{L}])(?<!${escapeRegExp(before)}\\s+${escapeRegExp(family)})`, 'gu');
  return proseHas(lines, used, (t) => atWordStart(re, t));
}

const LETTER = /\p{L}/u;

/**
 * Whether the global `re` matches `t` where no letter stands right before. Checked by hand: a
 * pattern that opens with `(?:^|[^\p{L}])` is tried at every character of a long paragraph.
 */
export function atWordStart(re: RegExp, t: string): boolean {
  return matchAtWordStart(re, t) !== null;
}

/** The first match of the global `re` in `t` where no letter stands right before, or null. */
export function matchAtWordStart(re: RegExp, t: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (!LETTER.test(t.charAt(m.index - 1))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Whether a paragraph of the page's prose (not a heading, not a line read as something else) passes `test`. */
export function proseHas(lines: readonly Line[], used: ReadonlySet<number>, test: (text: string) => boolean): boolean {
  for (let i = 0, n = Math.min(lines.length, PROSE_WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    // A program's output set as code (`Author: Maya Chen <…>` in `git log`) is not the page's prose.
    if (used.has(i) || l.h || l.tag === 'pre' || !isProse(l.text)) continue;
    if (test(l.text.length > 4000 ? l.text.slice(0, 4000) : l.text)) return true;
  }
  return false;
}

/** The page's prose says `phrase` again (a title, a name), ignoring case and accents. */
export function proseRepeats(lines: readonly Line[], used: ReadonlySet<number>, phrase: string): boolean {
  const want = fold(phrase);
  return want.length >= 4 && proseHas(lines, used, (t) => fold(t).includes(want));
}

/** How many paragraphs of prose stand before line `end` (counted up to five: more says no more). */
export function proseCount(lines: readonly Line[], end: number): number {
  let n = 0;
  for (let i = 0; i < end && n < 5; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    if (!l.h && !l.quoted && isProse(l.text)) n++;
  }
  return n;
}

export function countKeys(hits: readonly LabelHit[], strong: boolean): number {
  const keys = new Set<LabelKey>();
  for (const h of hits) for (const k of h.keys) if (STRONG_KEYS.has(k) === strong) keys.add(k);
  return keys.size;
}

/**
 * How many times a labelled record starts again: a key seen before comes back after other keys
 * (Author, Publisher, Year, Author, Publisher, Year… on a catalogue page).
 */
export function repeatedRecords(hits: readonly LabelHit[]): number {
  const lastAt = new Map<LabelKey, number>();
  const restarts = new Map<LabelKey, number>();
  hits.forEach((h, idx) => {
    for (const k of h.keys) {
      const prev = lastAt.get(k);
      if (prev !== undefined && idx - prev > 1 && STRONG_KEYS.has(k)) restarts.set(k, (restarts.get(k) ?? 0) + 1);
      lastAt.set(k, idx);
    }
  });
  let max = 0;
  for (const n of restarts.values()) max = Math.max(max, n);
  return max;
}

export function pathOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return m?.[1] ?? '';
}

export function isRootUrl(url: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^#]*)?/i.exec(url);
  if (!m) return false;
  const rest = m[1] ?? '/';
  return /^\/(?:index\.(?:html?|php))?$/i.test(rest);
}

/**
 * A folder for an institution's own publications, in the address (`/publications/…`, `/research/…`,
 * `/record/…`), or for its reports in the plural (`/raporlar/…`, `/informes/…`).
 */
const PUBLICATION_FOLDER =
  /^(?:publications?|pubs|research|analysis|analyses|analisis|análisis|analyse|analysen|documents?|records?|thinktank|papers?|working-papers?|publikationen|publicaciones|publicacoes|publicações|publicazioni|yayinlar|yayınlar|publikatsii|reports|rapports|informes|relatorios|relatórios|berichte|raporlar|rapporti|doklady|доклады)$/i;

/** The page sits in its site's folder of publications: the site is the one that published it. */
export function publicationFolder(url: string): boolean {
  const segments = pathOf(url).split('/').slice(1, -1);
  return segments.some((s) => PUBLICATION_FOLDER.test(decoded(s)));
}

/** A path segment as written before it was escaped (`publica%C3%A7%C3%B5es`: `publicações`). */
export function decoded(seg: string): string {
  if (!seg.includes('%')) return seg;
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

/** A page number beyond the first in the address or the title: one page of an archive or a tag's listing. */
const PAGE_OF_ARCHIVE_URL = /[/?&](?:page|paged|seite|pagina|sayfa)[/=-]?(?:[2-9]|\d\d)/i;
const PAGE_OF_ARCHIVE_TITLE = /(?:^|[\s|–—-])(?:page|seite|página|pagina|sayfa|страница)\s+(?:[2-9]|\d\d)/i;

/** Words for books in the plural in a heading (`10 best new books`, `Yaz kitapları`, `Bücherbrief`): a page about several. */
const BOOKS_PLURAL =
  /(?:^|[^\p{L}])(?:books|novels|reads|picks|livros|libros|libri|livres|romans|romane|romanzi|novelas|b[üu]cher\p{L}*|kitaplar\p{L}*|книги|книг|романы)(?:[^\p{L}]|$)/iu;

export interface MentionContext {
  lines: readonly Line[];
  used: ReadonlySet<number>;
  /** Only the prose names the work's author: only then are its other mentions counted. */
  proseNamesAuthor: boolean;
  url: string;
  pageTitle: string;
  headings: readonly (string | null)[];
}

/**
 * What says that a work the prose names is one of several: the page is one page of an archive,
 * its heading names books in the plural, or its prose names the works of several authors.
 */
export function mentionSignals(c: MentionContext): { archivePage: boolean; booksPlural: boolean; severalAuthorsNamed: boolean } {
  return {
    archivePage: PAGE_OF_ARCHIVE_URL.test(c.url.slice(0, 2048)) || PAGE_OF_ARCHIVE_TITLE.test(c.pageTitle.slice(0, 300)),
    booksPlural: BOOKS_PLURAL.test(c.headings.map((h) => (h ?? '').slice(0, 300)).join(' ')),
    severalAuthorsNamed: c.proseNamesAuthor && proseMentionAuthors(c.lines, (i) => c.used.has(i)) >= 2,
  };
}
