/**
 * The header of a publication's own page: think tanks, institutes and publishers state what
 * kind of publication it is, when it came out and who wrote it in short lines around its title
 * (`Issue Brief` / `August 26, 2021` / <h1> / `By A, B, and C`). Reads the small block around
 * the main heading, wherever it stands (often above the main content).
 */
import { findDate } from './normalize/dates';
import { pagesPart } from './normalize/pages';
import { isOrganisation, looksLikePersonName, personName, splitNames } from './normalize/names';
import { isPersonName } from './page-info';
import { MAX_LABEL, lookupLabel } from './labels';
import { cleanValue, fold } from './text';
import { lazy } from '../lazy';
import { FieldSet, RANK } from './fields';
import type { Heading } from './page-info';
import { headerLines, type HeaderLines } from './header-lines';
import { decoded } from './signals';

export interface PubHeader {
  /** The publication type as written (`Issue Brief`), or null. */
  type: string | null;
  /** The page's heading block calls it a review (`Book review`). */
  reviewType: boolean;
  date: string | null;
  dateQuote: string | null;
  people: string[];
  peopleQuote: string | null;
  /** A subtitle set apart under the heading (`<p class="subtitle">`). */
  subtitle: string | null;
  /** How many lines of the block name people (`By A`, a bare name): more than one is a list. */
  peopleLines: number;
  /** The people were read from a card that labels them (`Author` / `Michel Duclos`). */
  authorCard: boolean;
  /** A page count the block states on a line of its own or in its series line (`7 Seiten`). */
  pages: number | null;
  /** The type is a series the block numbers (`SWP-Aktuell 2022/A 12, 11.02.2022`): the site's own. */
  series: boolean;
  /** A line of the block heads an abstract (`Abstract`, `Öz`, `Resumo`): a paper's own page shows one. */
  abstract: boolean;
}

/** A heading for an abstract, alone on its line, in the languages read. */
const ABSTRACT_HEAD = /^(?:abstract|öz|özet|resumo|resumen|résumé|zusammenfassung|kurzfassung|riassunto|аннотация|реферат)\s*[:.]?$/iu;

/** Words that name a kind of publication when they stand alone on a line, in the languages we read. */
const TYPE_WORDS = [
  'report',
  'special report',
  'research report',
  'issue brief',
  'policy brief',
  'brief',
  'briefing',
  'briefing paper',
  'policy paper',
  'research paper',
  'briefing paper',
  'working paper',
  'discussion paper',
  'occasional paper',
  'white paper',
  'policy report',
  'study',
  'monograph',
  'perspective',
  'edited volume',
  'book chapter',
  'chapter',
  'thesis',
  'dissertation',
  'phd thesis',
  'doctoral thesis',
  'master thesis',
  'journal article',
  'research article',
  'policy analysis',
  'policy memo',
  'technical report',
  'fact sheet',
  'guide',
  'handbook',
  'studie',
  'bericht',
  'arbeitspapier',
  'sammelband',
  'buchkapitel',
  'dissertation',
  'monographie',
  'rapport',
  'étude',
  "note d'analyse",
  'thèse',
  'document de travail',
  'informe',
  'estudio',
  'documento de trabajo',
  'tesis',
  'relatório',
  'estudo',
  'tese',
  'доклад',
  'отчет',
  'отчёт',
  'монография',
  'диссертация',
  'rapor',
  'tez',
  'rapporto',
  'studio',
  'policy note',
  'research note',
  'discussion note',
  'diskussionspapier',
  'kurzanalyse',
  'note de recherche',
  'note de synthèse',
  'documento di lavoro',
  'documento de discusión',
  'texto para discussão',
  'nota técnica',
  'аналитическая записка',
  'аналитический доклад',
  'рабочая тетрадь',
  'politika notu',
  'tartışma notu',
  'değerlendirme notu',
];
const REVIEW_WORDS = [
  'book review',
  'review',
  'review essay',
  'book note',
  'rezension',
  'compte rendu',
  'recension',
  'reseña',
  'resenha',
  'рецензия',
  'kitap incelemesi',
  'recensione',
];

const types = lazy(() => new Set(TYPE_WORDS.map(fold)));
const reviews = lazy(() => new Set(REVIEW_WORDS.map(fold)));
const BY = /^(?:by|von|par|por|di|de|автор(?:ы)?\s*:?|yazar(?:lar)?\s*:?|authors?\s*:|written by)\s+(.{3,300})$/i;
/** `City We Became by N.K. Jemisin (Orbit)`: a list's item naming a book and its author. */
const BY_INSIDE = /\s(?:by|von|par|por|di)\s+\p{Lu}/u;

/**
 * A publication type named by a folder of the address: `/issue-brief/…`, `/pubs/perspectives/…`.
 * The last segment is the page's own name: `/publikationen/policy-papers/` is the folder's index,
 * a list of its papers, not one of them.
 */
export function typeFromPath(url: string): string | null {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  for (const seg of path.split('/').filter(Boolean).slice(0, -1)) {
    const words = decoded(seg).replace(/[-_]+/g, ' ').trim();
    const single = words.replace(/s$/, '');
    for (const w of [words, single]) if (w.length > 3 && types().has(fold(w)) && !GENERIC_PATH.has(fold(w))) return w.charAt(0).toUpperCase() + w.slice(1);
  }
  return null;
}

/** Type words too common as a folder name to say anything. */
const GENERIC_PATH = new Set(['guide', 'study', 'chapter', 'studio']);

/**
 * Names separated by semicolons or slashes, each a person's, written in either order; or full names
 * separated by commas (`Korhan Levent Ertürk, Gökhan Şengül`), as a journal prints its authors
 * under an article's title. A comma list needs two words in every name: `Ertürk, Korhan` is one.
 */
function isNameList(p: string): boolean {
  // A colon is a label's or a credit's (`By: A / Illustrated by: B`), never part of a list of names.
  if (p.length > 200 || p.includes(':')) return false;
  // `Hornidge, Anna-Katharina / Axel Berger`: a slash sets names apart as a semicolon does.
  const apart = p.includes(';') || p.includes(' / ');
  if (!apart && !p.includes(',')) return false;
  const parts = p.split(apart ? /\s*;\s*|\s+\/\s+/ : /\s*,\s*|\s+(?:and|und|et|e|y|ve|и)\s+/).filter(Boolean);
  return parts.length >= 2 && parts.length <= 12 && parts.every((n) => (apart || /\S\s+\S/.test(n)) && looksLikePersonName(personName(n)));
}

/**
 * How many letters of `f` make it a plural of a type word (`Briefing Papers`; German's
 * `Arbeitspapiere`, `Studien`, as a section's kicker names its kind): 0 for the word itself,
 * null for no type word.
 */
function singularType(f: string): number | null {
  if (types().has(f)) return 0;
  for (const end of ['s', 'e', 'n']) if (f.endsWith(end) && types().has(f.slice(0, -1))) return 1;
  return null;
}

/** `Briefing Papers, 15 January 2018`: a type word, then what follows it, as two parts. */
function typeThenRest(part: string): string[] {
  const m = /^([^,]{3,40}),\s+(.+)$/.exec(part);
  if (!m?.[1] || !m[2]) return [part];
  const f = fold(m[1]);
  return types().has(f) || (f.endsWith('s') && types().has(f.slice(0, -1))) ? [m[1], m[2]] : [part];
}

export function readPubHeader(heading: Element): PubHeader | null {
  return pubHeaderOf(headerLines(heading));
}

/** What a heading block's lines say (read by header-lines.ts, on the page or apart from it). */
export function pubHeaderOf({ title, subtitle, lines }: HeaderLines): PubHeader | null {
  const out: PubHeader = {
    type: null,
    reviewType: false,
    date: null,
    dateQuote: null,
    people: [],
    peopleQuote: null,
    subtitle,
    peopleLines: 0,
    authorCard: false,
    pages: null,
    series: false,
    abstract: false,
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (line === title) continue;
    // `Author` above the name, as a card shows it.
    const next = lines[i + 1];
    if (!out.people.length && next && line.length <= MAX_LABEL && lookupLabel(line)?.includes('authors')) {
      const names = splitNames(next).names.filter(looksLikePersonName);
      if (names.length) {
        out.people = names;
        out.peopleQuote = next;
        out.authorCard = true;
        i++;
        continue;
      }
    }
    // `Letzte Aktualisierung` / `10.03.2025`: the page's own change, not the publication's date.
    if (LAST_CHANGE.test(line) || (i > 0 && LAST_CHANGE.test(lines[i - 1] ?? '') && (lines[i - 1]?.length ?? 0) <= MAX_LABEL)) continue;
    if (readSeriesLine(line, out)) continue;
    if (line.length <= 20 && ABSTRACT_HEAD.test(line)) {
      out.abstract = true;
      continue;
    }
    for (const part of line.split(/\s+[·•|–—]\s+|\s+\|\s*/).flatMap(typeThenRest)) {
      const p = cleanValue(part);
      if (!p) continue;
      const f = fold(p.replace(/[:.]$/, ''));
      const singular = out.type ? null : singularType(f);
      if (singular !== null) {
        out.type = p.replace(/[:.]$/, '').slice(0, p.replace(/[:.]$/, '').length - singular);
        continue;
      }
      if (reviews().has(f)) {
        out.reviewType = true;
        continue;
      }
      const by = BY.exec(p) ?? BY_INSIDE.exec(p);
      if (by) out.peopleLines++;
      if (by && by[1] && !out.people.length) {
        // `Von Zeit zu Zeit erscheinen …`: a sentence that opens with the word, not a By line.
        const names = splitNames(by[1]).names.filter((n) => n.length <= 80 && (looksLikePersonName(personName(n)) || isOrganisation(n)));
        if (names.length) {
          out.people = names;
          out.peopleQuote = by[1];
        }
        continue;
      }
      // A line that is only a person's name, or a list of names (`Kavanagh, Jennifer; Rich, Michael D.`), right under the heading.
      if (!out.people.length && i > 0 && lines[i - 1] === title && p !== out.subtitle && (isPersonName(p) || isNameList(p))) {
        out.peopleLines++;
        out.people = splitNames(p).names;
        out.peopleQuote = p;
        continue;
      }
      const pages = out.pages === null ? pagesPart(p) : null;
      if (pages !== null) {
        out.pages = pages;
        continue;
      }
      if (!out.date && p.length <= 40) {
        const d = findDate(p);
        if (d && d.iso.length >= 7 && p.length - (d.end - d.start) <= 12) {
          out.date = d.iso;
          out.dateQuote = p.slice(d.start, d.end);
        }
      }
    }
  }
  return out.type || out.reviewType || out.people.length || out.date || out.subtitle ? out : null;
}

/** A label for when a page last changed, in the languages read. */
const LAST_CHANGE =
  /^(?:last\s+(?:updated|modified|changed|update)|updated(?:\s+on)?|modified|letzte\s+(?:aktualisierung|änderung)|zuletzt\s+(?:aktualisiert|geändert)|aktualisiert(?:\s+am)?|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour(?:\s+le)?|última\s+(?:actualización|atualização|modificación)|actualizado|atualizado|ultimo\s+aggiornamento|aggiornato|son\s+güncelleme|güncellenme(?:\s+tarihi)?|обновлено|дата\s+обновления)(?![\p{L}])/iu;

/** A series' number after its name (`2022/A 12`, `No. 5`, `Nr. 27/2020`). */
const SERIES_NUMBER = /\s+(?:(?:no|nr|n°|№)\.?\s*)?\d[\w/.-]*(?:\s+\p{L}{0,2}\s*\d[\w/.-]*)?$/iu;

/**
 * `SWP-Aktuell 2022/A 12, 11.02.2022, 7 Seiten`: a series and its number, the date and the page
 * count in one line under the heading. The series names the kind of publication.
 */
function readSeriesLine(line: string, out: PubHeader): boolean {
  const parts = line.split(/,\s+/);
  if (parts.length < 2 || parts.length > 4 || line.length > 120) return false;
  let date: ReturnType<typeof findDate> = null;
  let dateQuote: string | null = null;
  let pages: number | null = null;
  let series: string | null = null;
  for (const [k, part] of parts.entries()) {
    const d = findDate(part);
    const n = pagesPart(part);
    if (d && d.start === 0 && d.end === part.trim().length && d.iso.length >= 7) [date, dateQuote] = [d, part.trim()];
    else if (n !== null) pages = n;
    else if (k === 0 && SERIES_NUMBER.test(part)) series = part.replace(SERIES_NUMBER, '').trim();
    else return false;
  }
  if (!date || (!pages && !series) || (series !== null && !/^\p{L}[\p{L}\s.'’-]{1,40}$/u.test(series))) return false;
  out.date ??= date.iso;
  out.dateQuote ??= dateQuote;
  out.pages ??= pages;
  if (series && !out.type) {
    out.type = series;
    out.series = true;
  }
  return true;
}

/** `A Novel`, `Roman - Der Nummer 1 Bestseller`: what kind of book it is, under its title. */
const KIND_OF_BOOK =
  /^(?:(?:an?|un|une|ein|eine|um|uma)\s+)?(?:novel|roman|romanzo|novela|romance|роман|stories|short stories|memoir|poems|erzählungen?|nouvelles|racconti|cuentos|contos|kriminalroman|thriller|krimi)(?![\p{L}])/iu;

/**
 * Offers what a publication's header says: its type always; its authors, date and subtitle on
 * the publication's own page (or a book's); on a review headed `Book Review` / `By A` / `Reviewed
 * by B`, the By line as the work's authors.
 */
export function offerPubHeader(
  pub: PubHeader,
  fs: FieldSet,
  page: { heading: Heading; ownPage: boolean; bookPage: boolean; pathType: string | null; folder: boolean },
): void {
  const { heading, ownPage } = page;
  if (pub.type) fs.offer('work.type', pub.type, 'content', RANK.heading, null, pub.type);
  else if (ownPage && page.pathType) fs.offer('work.type', page.pathType, 'url', RANK.title, null, null);
  const reviewer = fs.str('review.reviewer');
  const byLineIsAuthor = pub.reviewType ? !!reviewer && !pub.people.some((p) => fold(p) === fold(reviewer)) : ownPage || page.bookPage;
  if (pub.people.length && byLineIsAuthor) fs.offer('work.authors', pub.people, 'byline', RANK.byline, null, pub.peopleQuote);
  // A page in its site’s folder of publications (or with an author’s card and a date) is the
  // publication’s own too, for its subtitle and date. A subtitle is the work's too under a
  // heading that is the work's title: a shop's page of a book, or a review headed by the title
  // that something else on the page (a label, a citation, the metadata) gives.
  const headed = cleanValue(heading.text);
  const titleIsHeading = fs.source('work.title') !== 'heading' && fold(fs.str('work.title') ?? '') === fold(headed);
  const subtitle = pub.subtitle && !KIND_OF_BOOK.test(pub.subtitle) ? pub.subtitle : null;
  if (subtitle && (ownPage || page.folder || ((page.bookPage || titleIsHeading) && !fold(headed).includes(fold(subtitle)))))
    fs.offer('work.title', withSubtitle(headed, subtitle), 'heading', Math.max(RANK.heading + 2, fs.rank('work.title') + 1), `h${heading.level}`, subtitle);
  if (!ownPage && !page.folder) return;
  fs.offer('work.date', pub.date, 'content', RANK.byline, null, pub.dateQuote);
  if (pub.pages !== null) fs.offer('work.pages', pub.pages, 'content', RANK.byline, null, String(pub.pages));
}

/** `Pourquoi et comment ?` / `L’exemple des…`: a heading that ends in its own mark takes its subtitle after a space, not a colon. */
function withSubtitle(title: string, subtitle: string): string {
  return /[?!…]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}
