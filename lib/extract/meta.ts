/**
 * <meta> tags: Highwire `citation_*`, Dublin Core (`DC.*`, `DCTERMS.*`), OpenGraph (`og:*`,
 * `book:*`, `article:*`) and the plain ones (`author`, `description`, `application-name`).
 * One query over the document's meta elements; names are folded to lower case.
 */

import { FieldSet, RANK } from './fields';
import { normalizeDate } from './normalize/dates';
import { findDoi, findIsbn } from './normalize/ids';
import { personName, splitNames } from './normalize/names';
import { parsePages } from './normalize/pages';
import type { FieldPath } from './schema';
import { cleanValue, fold } from './text';

export interface MetaValue {
  /** The name as written (`DC.creator`, `citation_author`). */
  name: string;
  content: string;
  /** The `scheme` attribute, when given (Dublin Core). */
  scheme: string | null;
}

export type MetaMap = Map<string, MetaValue[]>;

const MAX_META = 500;

export function collectMeta(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  const list = doc.getElementsByTagName('meta');
  for (let i = 0; i < list.length && i < MAX_META; i++) {
    const el = list[i];
    if (!el) continue;
    const name = el.getAttribute('name') ?? el.getAttribute('property');
    const content = el.getAttribute('content');
    if (!name || content === null || !content.trim()) continue;
    const key = name
      .trim()
      .toLowerCase()
      .replace(/^dcterms[.:]/, 'dcterms.')
      .replace(/^dc[.:]/, 'dc.');
    const v: MetaValue = { name: name.trim(), content: content.length > 20_000 ? content.slice(0, 20_000) : content, scheme: el.getAttribute('scheme') };
    const arr = map.get(key);
    if (arr) {
      if (arr.length < 100) arr.push(v);
    } else map.set(key, [v]);
  }
  return map;
}

/** The first value among the given names, in the order given. */
export function firstMeta(map: MetaMap, ...names: string[]): MetaValue | null {
  for (const n of names) {
    const v = map.get(n);
    if (v && v[0]) return v[0];
  }
  return null;
}

/** All values of the first name that has any. */
export function allMeta(map: MetaMap, ...names: string[]): MetaValue[] {
  for (const n of names) {
    const v = map.get(n);
    if (v && v.length) return v;
  }
  return [];
}

/**
 * How much Highwire or Dublin Core data about a publication the page declares: the number of
 * distinct fields given (0 without a title and an author or publisher).
 */
export function scholarlyMetaFields(map: MetaMap): number {
  const has = (...names: string[]) => names.some((n) => map.has(n));
  const title = has('citation_title', 'dc.title', 'dcterms.title');
  const who = has('citation_author', 'citation_authors', 'citation_editor', 'dc.creator', 'dcterms.creator');
  const publisher = has(
    'citation_publisher',
    'citation_technical_report_institution',
    'citation_dissertation_institution',
    'citation_journal_title',
    'dc.publisher',
    'dcterms.publisher',
  );
  if (!title || !(who || publisher)) return 0;
  return [
    title,
    who,
    publisher,
    has('citation_publication_date', 'citation_date', 'citation_year', 'citation_online_date', 'dc.date', 'dcterms.issued', 'dcterms.date', 'dcterms.created'),
    has('citation_doi', 'citation_isbn', 'dc.identifier', 'dcterms.identifier'),
    has('citation_article_type', 'dc.type', 'dcterms.type', 'citation_technical_report_number'),
    has('citation_pdf_url', 'citation_firstpage', 'citation_num_pages', 'dcterms.extent'),
    has('citation_keywords', 'dc.subject', 'dcterms.subject'),
  ].filter(Boolean).length;
}

// ---------------------------------------------------------------------------------------------
// From meta tags to fields.

/** og:type values of a book's own page. */
export const OG_BOOK = /^books?(?:\.book)?$/i;

/** A `citation_title` that names a review rather than the work (journal review pages). */
const REVIEW_TITLE =
  /\(review\)|\breview of\b|^review:|\bbook review\b|\brezension\b|\bcompte rendu\b|\brecensione\b|\brese[ñn]a\b|\bresenha\b|\brecension\b|рецензи[яи]|kitap (?:incelemesi|değerlendirmesi)/i;

function offerValues(fs: FieldSet, path: FieldPath, values: MetaValue[], rank: number, split = false): void {
  const [first] = values;
  if (!first) return;
  let names: string[] = [];
  for (const v of values) {
    const list = split || values.length === 1 ? splitNames(v.content).names : [cleanValue(v.content)];
    for (const n of list) if (n && !names.includes(n)) names.push(n);
  }
  names = names.slice(0, 50);
  fs.offer(path, names, 'meta', rank, first.name, first.content);
}

function offerOne(fs: FieldSet, path: FieldPath, v: MetaValue | null, rank: number, read: (s: string) => string | number | null = cleanValue): void {
  if (!v) return;
  fs.offer(path, read(v.content), 'meta', rank, v.name, v.content);
}

function keywordList(values: MetaValue[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const k of v.content.split(values.length > 1 ? /\s*;\s*/ : /\s*[;,]\s*/)) {
      const t = cleanValue(k);
      if (t && !out.includes(t)) out.push(t);
    }
  }
  return out.slice(0, 100);
}

/** Who the page cites as the reviewed work, when a reader found a citation. */
type Cited = { title: string | null; people: string[] } | null;

/**
 * Offer Highwire (`citation_*`), Dublin Core, OpenGraph book and article metadata.
 * Returns whether the citation_* tags describe the review itself (a journal's review page).
 */
export function offerMeta(m: MetaMap, fs: FieldSet, cited: Cited = null): { citationIsReview: boolean } {
  const citedTitle = cited?.title ?? null;
  const title = firstMeta(m, 'citation_title');
  // The tags describe the review when their title says so, or when the page cites another work.
  const describesOther = (t: string) => !!citedTitle && !fold(t).includes(fold(citedTitle).slice(0, 30));
  const section = firstMeta(m, 'dc.type.articletype', 'citation_article_type');
  const reviewSection = !!section && (REVIEW_TITLE.test(section.content) || /^\s*(?:book\s+)?reviews?\s*$/i.test(section.content));
  const citationIsReview = !!title && (reviewSection || REVIEW_TITLE.test(title.content) || describesOther(title.content));
  if (citationIsReview) {
    offerOne(fs, 'review.title', title, RANK.og);
    const a = firstMeta(m, 'citation_author');
    if (a) fs.offer('review.reviewer', reviewerName(a.content), 'meta', RANK.byline, a.name, a.content);
  } else if (title) {
    offerCitedReviewer(m, fs, cited);
    offerHighwireWork(m, fs, title);
  }
  const dcTitle = firstMeta(m, 'dc.title', 'dcterms.title');
  // An OJS section of reviews: the Dublin Core tags describe the review as well.
  if (dcTitle && !describesOther(dcTitle.content) && !reviewSection) offerDublinCoreWork(m, fs, dcTitle);
  const ogType = firstMeta(m, 'og:type');
  if (ogType && OG_BOOK.test(ogType.content.trim())) offerOgBook(m, fs);
  offerPageMeta(m, fs);
  return { citationIsReview };
}

/** `Carroll, A.K.J.`: turned around before it is cleaned, whose trailing full stop is an initial's. */
function reviewerName(content: string): string {
  return cleanValue(personName(content.trim()));
}

/** The page cites a work and its tags name someone else as author: the review's author. */
function offerCitedReviewer(m: MetaMap, fs: FieldSet, cited: Cited): void {
  const a = firstMeta(m, 'citation_author');
  const citedPeople = (cited?.people ?? []).map((p) => fold(p));
  if (
    a &&
    citedPeople.length &&
    !citedPeople.some((p) =>
      fold(a.content)
        .split(/[\s,]+/)
        .some((w) => w.length > 2 && p.includes(w)),
    )
  ) {
    fs.offer('review.reviewer', reviewerName(a.content), 'meta', RANK.byline, a.name, a.content);
  }
}

/** Highwire `citation_*` tags that describe the work (`title` is its `citation_title`). */
function offerHighwireWork(m: MetaMap, fs: FieldSet, title: MetaValue): void {
  const R = RANK.citationMeta;
  offerOne(fs, 'work.title', title, R);
  offerValues(fs, 'work.authors', allMeta(m, 'citation_author', 'citation_authors'), R, m.has('citation_authors'));
  offerValues(fs, 'work.editors', allMeta(m, 'citation_editor'), R);
  const inst = allMeta(m, 'citation_author_institution');
  const uniq = [...new Set(inst.map((v) => cleanValue(v.content)))];
  const [firstInst] = inst;
  if (firstInst) fs.offer('work.affiliation', uniq.join('; '), 'meta', R, 'citation_author_institution', firstInst.content);
  offerOne(
    fs,
    'work.publisher',
    firstMeta(m, 'citation_publisher', 'citation_technical_report_institution', 'citation_dissertation_institution', 'citation_conference_title'),
    R,
  );
  // The journal an article appeared in is where it is read, not who published it.
  offerOne(fs, 'review.siteName', firstMeta(m, 'citation_journal_title'), RANK.fallback);
  offerOne(
    fs,
    'work.date',
    firstMeta(m, 'citation_publication_date', 'citation_date', 'citation_cover_date', 'citation_year', 'citation_online_date'),
    R,
    normalizeDate,
  );
  offerOne(fs, 'work.type', firstMeta(m, 'citation_article_type', 'citation_type'), R);
  const np = firstMeta(m, 'citation_num_pages', 'citation_pages');
  if (np) offerOne(fs, 'work.pages', np, R, parsePages);
  else {
    const fp = firstMeta(m, 'citation_firstpage');
    const lp = firstMeta(m, 'citation_lastpage');
    const a = fp ? parseInt(fp.content, 10) : NaN;
    const b = lp ? parseInt(lp.content, 10) : NaN;
    if (fp && b >= a && b - a < 5000) fs.offer('work.pages', b - a + 1, 'meta', R, 'citation_firstpage', fp.content);
  }
  const kw = allMeta(m, 'citation_keywords');
  const [firstKw] = kw;
  if (firstKw) fs.offer('work.keywords', keywordList(kw), 'meta', R, firstKw.name, firstKw.content);
  offerOne(fs, 'work.isbn', firstMeta(m, 'citation_isbn'), R, (s) => findIsbn(s)?.isbn ?? cleanValue(s));
  offerOne(fs, 'work.doi', firstMeta(m, 'citation_doi'), R, findDoi);
  offerOne(fs, 'work.link', firstMeta(m, 'citation_pdf_url', 'citation_fulltext_html_url', 'citation_public_url'), R, (s) =>
    /^https?:\/\//i.test(s.trim()) ? s.trim() : null,
  );
  offerOne(fs, 'work.language', firstMeta(m, 'citation_language'), R);
}

/** Dublin Core (`DC.*` and `DCTERMS.*`) tags that describe the work (`title` is its title). */
function offerDublinCoreWork(m: MetaMap, fs: FieldSet, title: MetaValue): void {
  const D = RANK.dc;
  offerOne(fs, 'work.title', title, D);
  offerValues(fs, 'work.authors', allMeta(m, 'dc.creator', 'dcterms.creator'), D);
  offerOne(fs, 'work.publisher', firstMeta(m, 'dc.publisher', 'dcterms.publisher'), D);
  offerOne(
    fs,
    'work.date',
    firstMeta(m, 'dcterms.issued', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created'),
    D,
    normalizeDate,
  );
  offerOne(fs, 'work.type', firstMeta(m, 'dc.type', 'dcterms.type'), D);
  const subj = allMeta(m, 'dc.subject', 'dcterms.subject');
  const [firstSubj] = subj;
  if (firstSubj) fs.offer('work.keywords', keywordList(subj), 'meta', D, firstSubj.name, firstSubj.content);
  offerOne(fs, 'work.language', firstMeta(m, 'dc.language', 'dcterms.language'), D);
  for (const id of allMeta(m, 'dc.identifier', 'dcterms.identifier')) {
    const c = id.content;
    const doi = /doi|^10\.\d/i.test(c) ? findDoi(c) : null;
    if (doi) fs.offer('work.doi', doi, 'meta', D, id.name, c);
    const isbn = /isbn|^97[89]/i.test(c) ? findIsbn(c) : null;
    if (isbn) fs.offer('work.isbn', isbn.isbn, 'meta', D, id.name, c);
    if (!doi && /^\s*https?:\/\//i.test(c)) fs.offer('work.link', c.trim(), 'meta', D, id.name, c);
  }
  const ext = firstMeta(m, 'dcterms.extent', 'dc.format.extent');
  if (ext) offerOne(fs, 'work.pages', ext, D, parsePages);
}

/**
 * OpenGraph `book:*` tags, on a page whose og:type says it is a book's. The og:type itself gives
 * no type: it tells link previews how to show the page, where the work's type is the kind the
 * page names (`Hardback`, `Thesis`, `Issue Brief`).
 */
function offerOgBook(m: MetaMap, fs: FieldSet): void {
  const B = RANK.ogBook;
  offerOne(fs, 'work.title', firstMeta(m, 'og:title'), B);
  offerValues(fs, 'work.authors', allMeta(m, 'book:author', 'books:author'), B);
  offerOne(fs, 'work.isbn', firstMeta(m, 'book:isbn', 'books:isbn'), B, (s) => findIsbn(s)?.isbn ?? null);
  offerOne(fs, 'work.date', firstMeta(m, 'book:release_date', 'books:release_date'), B, normalizeDate);
  const tags = allMeta(m, 'book:tag');
  const [firstTag] = tags;
  if (firstTag) fs.offer('work.keywords', keywordList(tags), 'meta', B, 'book:tag', firstTag.content);
}

/** What the tags say about the review page itself: its site, date and title. */
function offerPageMeta(m: MetaMap, fs: FieldSet): void {
  offerOne(fs, 'review.siteName', firstMeta(m, 'og:site_name'), RANK.meta);
  offerOne(fs, 'review.siteName', firstMeta(m, 'application-name', 'apple-mobile-web-app-title'), RANK.ogBook);
  offerOne(fs, 'review.published', firstMeta(m, 'article:published_time', 'og:published_time', 'article:published'), RANK.meta, normalizeDate);
  offerOne(fs, 'review.title', firstMeta(m, 'og:title', 'twitter:title'), RANK.og);
}
