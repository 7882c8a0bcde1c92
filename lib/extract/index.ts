/**
 * Recognise a page that reviews (or describes) a publication and extract the work's fields and
 * the review's own. A pure function over a Document: no globals, no network, no storage; it
 * runs the same in a content script and in Node on happy-dom.
 *
 * One walk over the page text (lines.ts) feeds the labelled-line, citation-line, heading,
 * byline and summary readers; meta tags, JSON-LD and breadcrumbs are read with a few queries.
 * Every source offers values with a rank (fields.ts); the best offer per field wins.
 */
import { parseByline } from './byline';
import { categoriesFrom, readBreadcrumbs } from './breadcrumbs';
import { type Citation, citationFields, completeFromNeighbours, offerCitation, parseCitation } from './citation-line';
import { classify, type Evidence } from './classify';
import { FieldSet, RANK } from './fields';
import { collectJsonLd, offerJsonLd } from './json-ld';
import { type LabelHit, findLabelLines } from './label-lines';
import { offerLabels } from './label-fields';
import { STRONG_KEYS, type LabelKey } from './labels';
import { collectLines, type Line } from './lines';
import { collectMeta, firstMeta, OG_BOOK, offerMeta, scholarlyMetaFields } from './meta';
import {
  authorAfterTitle,
  logoText,
  mainHeading,
  namesSite,
  outsideHeading,
  reviewHeading,
  splitDocTitle,
  titleByAuthor,
  workTitleFromHeading,
} from './page-info';
import { isLoneName, personName, splitNames } from './normalize/names';
import type { Extraction, Review, Work } from './schema';
import { emptyReview, emptyWork, REVIEW_FIELDS, WORK_FIELDS } from './shape';
import { findSummary, isProse } from './summary';
import { offerPubHeader, readPubHeader, typeFromPath } from './pub-header';
import { offerMarc, readMarc } from './marc';
import { clean, fold } from './text';
import { readWorkBlock } from './work-block';
import { readProseImprint, readProseMention } from './prose-mention';
import { tidyTitle } from './normalize/title';

export type { Extraction } from './schema';
export { mightBeReview } from './prefilter';

/** Extract a page's review fields. Never throws: on any internal failure it returns "no review". */
export function extractReview(doc: Document, url: string): Extraction {
  return extractWithEvidence(doc, url).extraction;
}

/** The extraction with the evidence its verdict was drawn from (for fitting the classifier). */
export function extractWithEvidence(doc: Document, url: string): { extraction: Extraction; evidence: Evidence | null } {
  try {
    return extract(doc, url);
  } catch {
    return { extraction: emptyExtraction(url), evidence: null };
  }
}

function emptyExtraction(url: string): Extraction {
  return { url: String(url ?? '').slice(0, 8192), isReview: false, confidence: 0, work: emptyWork(), review: emptyReview(), fields: {} };
}

const YEAR_HINT = /(?:1[5-9]|20)\d\d/;
/** A theme's class for a book's own page (`node--type-book`, `single-book`). */
const BOOK_CLASS = /(?:^|[\s_-])(?:type-book|node--book|single-book|book-detail|book-page|product-book)(?=$|\s)/i;
/** A newspaper's capsule gives a price where a journal's citation gives a year. */
const PRICE_HINT = /[$£€]\s?\d/;
/**
 * Lines searched for a citation: a review's stands near the top of its page; deeper down they
 * are references, and parsing every line of a long page would cost more than the walk itself.
 */
const CITATION_WINDOW = 400;
/** Class names of byline elements (looked up by class, which browsers index). */
const BYLINE_CLASSES = [
  'byline',
  'by-line',
  'review-byline',
  'post-byline',
  'entry-author',
  'post-author',
  'author-name',
  'td-post-author-name',
  'article-author',
];

function extract(doc: Document, url: string): { extraction: Extraction; evidence: Evidence } {
  const page = collectLines(doc);
  const lines = page.lines;
  const hasMain = !!page.mainRoot;
  const fs = new FieldSet();

  // 1. Labelled lines in the main content.
  const hits = findLabelLines(lines, () => true);
  const used = new Set<number>();
  for (const h of hits) {
    used.add(h.line);
    for (const j of h.valueLines) used.add(j);
  }
  const workHits = hits.filter((h) => !h.keys.includes('reviewer'));
  const reviewerHits = hits.filter((h) => h.keys.includes('reviewer'));
  offerLabels(hits, fs, url);
  // A shop's or publisher's page sets the book's details (`Publisher:`, `Pages:`) apart from the
  // main column: when the main content has no labelled record, the rest of the page is read for one.
  const outsideHits = page.mainRoot && countKeys(workHits, true) < 2 ? labelsOutside(doc, page.mainRoot) : [];
  offerLabels(outsideHits, fs, url);
  const allWorkHits = outsideHits.length ? [...workHits, ...outsideHits] : workHits;

  // A library catalogue's MARC view.
  const marc = readMarc(lines);
  const marcFields = marc ? offerMarc(marc, fs) : 0;

  // 2. The citation line (prose) heading a review. Several such lines make a bibliography; a
  // review's own stands before its prose, a reference list's after it.
  let citation: Citation | null = null;
  let citationLine = -1;
  let citationLines = 0;
  for (let i = 0, n = Math.min(lines.length, CITATION_WINDOW); i < n; i++) {
    const l = lines[i]!;
    const head = l.text.length > 2400 ? l.text.slice(0, 2400) : l.text;
    if (used.has(i) || !(YEAR_HINT.test(head) || PRICE_HINT.test(head))) continue;
    const c = parseCitation(l) ?? brokenCitation(lines, i, used);
    if (!c) continue;
    citationLines++;
    if (!citation || c.score > citation.score) {
      citation = c;
      citationLine = i;
    }
  }
  if (citation) {
    used.add(citationLine);
    if (citation.text !== clean(lines[citationLine]!.text)) used.add(citationLine - 1);
    // The same citation again (a page's header and its print version): not the review's prose.
    const again = lines[citationLine]!.text;
    for (let i = 0; i < lines.length; i++) if (lines[i]!.text === again) used.add(i);
    for (const j of completeFromNeighbours(lines, citationLine, citation, page.mainRoot, used)) used.add(j);
    offerCitation(citation, fs);
  }

  // 3. Structured metadata.
  const ld = collectJsonLd(doc);
  offerJsonLd(ld, fs, url);
  const meta = collectMeta(doc);
  const cited =
    citation && citationFields(citation) >= 3
      ? { title: citation.title?.value ?? null, people: [...(citation.authors?.value ?? []), ...(citation.editors?.value ?? [])] }
      : null;
  const { citationIsReview } = offerMeta(meta, fs, cited);
  /** Something says this page is about a publication: only then are the costlier lookups worth it. */
  const hasWork = workHits.length > 0 || !!citation || marcFields > 0 || !!ld.work || fs.rank('work.title') >= RANK.dc;

  // 4. Headings and titles.
  const inner = mainHeading(lines);
  const docTitle = splitDocTitle(doc.title ?? '');
  // An h1 outside the content that only names the site (a blog's name) is not the page's heading.
  const own = inner?.level === 1 || inner?.entry;
  const outside = own ? null : outsideHeading(doc, page.mainRoot);
  const heading = own ? inner : ((outside && !namesSite(outside.text, docTitle, doc) ? outside : null) ?? inner);
  if (heading && heading.index >= 0) used.add(heading.index);
  if (heading) {
    const rank = heading.index >= 0 ? RANK.heading : RANK.heading - 5;
    fs.offer('review.title', heading.text, 'heading', rank, `h${heading.level}`, heading.text);
    const wt = workTitleFromHeading(heading.text, fs.list('work.authors'));
    fs.offer('work.title', wt, 'heading', rank, `h${heading.level}`, quoteIn(heading.text, wt));
  }
  // The short lines around the heading: a publication's type, date and authors on its own page.
  const pub = heading ? readPubHeader(heading.el) : null;
  const pathType = typeFromPath(url);
  // A publication's own page: it names its kind, and no citation or labelled record describes another work.
  const ownPage = !!(pub?.type ?? pathType) && !pub?.reviewType && countKeys(workHits, true) < 2 && !citation;
  const ogBook = OG_BOOK.test(firstMeta(meta, 'og:type')?.content.trim() ?? '');
  const bookPage =
    ogBook || (!!ld.work && !ld.review) || BOOK_CLASS.test(`${page.mainRoot?.getAttribute('class') ?? ''} ${doc.body?.getAttribute('class') ?? ''}`);
  if (heading && pub) offerPubHeader(pub, fs, { heading, ownPage, pathType, bookPage });
  else if (ownPage && pathType) fs.offer('work.type', pathType, 'url', RANK.title, null, null);
  // `Review: X by A and B`: the people named by a heading marked as a review.
  const marked = heading ? reviewHeading(heading.text) : null;
  if (marked && heading) {
    const path = marked.editors ? 'work.editors' : 'work.authors';
    fs.offer(path, splitNames(marked.people).names, 'heading', RANK.heading, `h${heading.level}`, marked.people);
  }
  // `X by A`, not marked: the work and its author, unless something on the page says more.
  const noPeople = () => !fs.list('work.authors').length && !fs.list('work.editors').length;
  // The document title says it where the heading names the review instead (`Critique de X`).
  const namedBy = !marked && !ownPage && noPeople() ? headingByAuthor(heading, docTitle.title, () => siteNames(doc, docTitle.site)) : null;
  const named = namedBy?.named ?? null;
  if (named && namedBy) {
    const where = namedBy.from === 'title' ? 'title' : `h${heading!.level}`;
    fs.offer('work.title', named.title, namedBy.from, RANK.heading + 1, where, named.title);
    fs.offer(named.editors ? 'work.editors' : 'work.authors', splitNames(named.people).names, namedBy.from, RANK.heading, where, named.people);
  }
  // A work's card beside the review: its title and, under it, its author.
  const block = !ownPage && !marked ? readWorkBlock(lines, heading, docTitle.title, bookPage) : null;
  if (block) {
    used.add(block.titleLine).add(block.peopleLine);
    fs.offer('work.title', block.title, 'content', RANK.heading + 2, null, block.title);
    fs.offer('work.authors', block.people, 'content', RANK.heading + 1, null, block.peopleQuote);
    fs.offer('work.publisher', block.publisher, 'content', RANK.heading, null, block.publisher);
    fs.offer('work.date', block.date, 'content', RANK.heading, null, block.date);
    fs.offer('work.pages', block.pages, 'content', RANK.heading, null, block.pages === null ? null : String(block.pages));
  }
  if (docTitle.title) {
    fs.offer('review.title', docTitle.title, 'title', RANK.title, 'title', docTitle.title);
    const wt = workTitleFromHeading(docTitle.title, fs.list('work.authors'));
    fs.offer('work.title', wt, 'title', RANK.title, 'title', quoteIn(docTitle.title, wt));
  }

  // `Picks and Pans Review: Family History` / `By Dani Shapiro` / `In Shapiro's new novel…`: a By
  // line under the heading whose person the review talks about names the work's author, not the reviewer.
  if (pub?.people.length && pub.peopleLines === 1 && !ownPage && noPeople() && authorInProse(lines, used, pub.people)) {
    fs.offer('work.authors', pub.people, 'byline', RANK.byline, null, pub.peopleQuote);
    const reviewer = fs.str('review.reviewer');
    if (reviewer && pub.people.some((p) => fold(p) === fold(reviewer))) fs.drop('review.reviewer');
  }

  // `O Outro Livro, de Philip Womack.`: the first lines name the work's author after its title
  // (the title as the heading gives it, or as the document title does).
  const titleFromDoc = docTitle.title ? workTitleFromHeading(docTitle.title, []) : null;
  const mentioned =
    !named && !block && !ownPage && noPeople() ? (authorAfterTitle(lines, fs.str('work.title')) ?? authorAfterTitle(lines, titleFromDoc)) : null;
  if (mentioned) {
    fs.offer('work.authors', [mentioned.name], 'content', RANK.heading - 1, null, mentioned.quote);
    fs.offer('work.title', mentioned.title, 'content', RANK.heading + 1, null, mentioned.title);
  }
  // `Title (Avid Reader Press, 352 pages, $15)`: a newspaper's review names the work's imprint in its prose.
  const imprint = !citation && !ownPage && countKeys(allWorkHits, true) < 2 ? readProseImprint(lines, (i) => used.has(i)) : null;
  if (imprint) {
    fs.offer('work.title', imprint.title, 'content', RANK.heading + 1, null, imprint.title);
    fs.offer('work.publisher', imprint.publisher, 'content', RANK.content, null, imprint.quote);
    fs.offer('work.date', imprint.date, 'content', RANK.content, null, imprint.quote);
    fs.offer('work.pages', imprint.pages, 'content', RANK.content, null, imprint.quote);
    if (noPeople()) fs.offer('work.authors', imprint.author ? [imprint.author] : null, 'content', RANK.heading - 2, null, imprint.author);
  }
  // `…in <i>Ironside</i>, by Fen Flack`, `the new novel by Anita Shreve`: the review's prose names the work.
  const inProse = !named && !block && !mentioned && !ownPage && noPeople() ? readProseMention(lines, (i) => used.has(i)) : null;
  if (inProse) {
    fs.offer('work.authors', [inProse.author], 'content', RANK.heading - 2, null, inProse.quote);
    fs.offer('work.title', inProse.title, 'content', RANK.heading + 1, null, inProse.title);
  }

  // 5. The reviewer: a labelled line, the JSON-LD Review's author, else a byline element.
  const stops = new Set<number>();
  for (const h of reviewerHits) stops.add(h.line);
  if (!fs.str('review.reviewer') && hasWork) offerBylineElement(doc, page.mainRoot, fs);
  // A review's page names who wrote it in its heading (`X – Recensione di A`), its article markup
  // or its author meta tag; on a publication's own page those name the work's authors.
  if (!ownPage && !fs.str('review.reviewer')) {
    const byHeading = reviewerInHeading(heading?.text ?? '') ?? reviewerInHeading(docTitle.title);
    if (byHeading) fs.offer('review.reviewer', byHeading, 'heading', RANK.byline - 1, null, byHeading);
    const articleAuthor = ld.article ? ldName(ld.article.author) : null;
    if (articleAuthor) fs.offer('review.reviewer', articleAuthor, 'json-ld', RANK.byline - 2, 'author', articleAuthor);
    const metaAuthor = firstMeta(meta, 'author', 'article:author')?.content.trim();
    if (metaAuthor && isLoneName(metaAuthor)) fs.offer('review.reviewer', metaAuthor, 'meta', RANK.byline - 3, 'author', metaAuthor);
  }

  // 6. Site name.
  if (fs.rank('review.siteName') < RANK.logo) {
    const logo = logoText(doc);
    if (logo) fs.offer('review.siteName', logo, 'content', RANK.logo, 'logo', logo);
  }
  if (docTitle.site) fs.offer('review.siteName', docTitle.site, 'title', RANK.title, 'title', docTitle.site);

  // 7. Categories from breadcrumbs.
  const crumbs = readBreadcrumbs(doc, page.crumbs, hasWork);
  const titles = [heading?.text ?? null, fs.str('work.title'), fs.str('review.title'), docTitle.title];
  const cats = categoriesFrom(crumbs, titles);
  if (cats.length)
    fs.offer(
      'review.categories',
      cats.map((c) => c.text),
      'breadcrumb',
      RANK.content,
      null,
      cats[0]!.text,
    );
  else if (ld.breadcrumbs.length) {
    const ldCats = categoriesFrom(
      ld.breadcrumbs.map((text, i) => ({ text, link: i < ld.breadcrumbs.length - 1 })),
      titles,
    );
    if (ldCats.length)
      fs.offer(
        'review.categories',
        ldCats.map((c) => c.text),
        'json-ld',
        RANK.breadcrumbLd,
        'BreadcrumbList',
        ldCats[0]!.text,
      );
  }

  // 8. The review's own text.
  const summary = findSummary(lines, (i) => !used.has(i), stops);
  if (summary) fs.offer('review.summary', summary.text, 'content', RANK.content, null, summary.quote);

  // 9. Is it a review?
  const section = `${fs.list('review.categories').join(' ')} ${filedUnder(lines)}`;
  const evidence: Evidence = {
    strongLabels: countKeys(allWorkHits, true),
    weakLabels: countKeys(allWorkHits, false),
    repeatedRecords: Math.max(repeatedRecords(workHits), repeatedRecords(outsideHits)),
    citationFields: citation ? citationFields(citation) : 0,
    citationLines,
    citationAfterProse: citation ? proseCount(lines, citationLine) : 0,
    labelsAfterProse: workHits.length ? proseCount(lines, workHits[0]!.line) : 0,
    citationInList: lines[citationLine]?.tag === 'li',
    ldReviewOfWork: !!(ld.review && ld.work),
    ldWork: !!ld.work,
    ldNonPublication: ld.reviewsNonPublication,
    ldListing: ld.listing,
    ldNews: ld.news,
    scholarlyMetaFields: citationIsReview ? 0 : scholarlyMetaFields(meta),
    ogBook,
    reviewerLine: reviewerHits.length > 0,
    reviewHeading: !!marked,
    catalogueRecord: marcFields >= 3,
    headingNamesAuthor: !!named || !!mentioned || !!block,
    proseNamesAuthor: !!inProse,
    pubType: ownPage,
    pubAuthors: ownPage && !!pub?.people.length,
    reviewWord: !!pub?.reviewType || REVIEW_WORD.test(`${pathOf(url)} ${doc.title ?? ''} ${heading?.text ?? ''} ${section}`),
    booksSection: BOOKS_WORD.test(`${pathOf(url)} ${section}`),
    hasSummary: !!summary,
    articles: page.articles,
    hasMain,
    rootUrl: isRootUrl(url),
    forumThread: hasReplies(lines),
    authorInProse: authorInProse(lines, used, [...fs.list('work.authors'), ...fs.list('work.editors')]),
    hasTitle: !!fs.str('work.title'),
    hasResponsible: fs.list('work.authors').length > 0 || fs.list('work.editors').length > 0 || !!fs.str('work.publisher'),
  };
  const verdict = classify(evidence);
  return { extraction: build(url, verdict.isReview, verdict.confidence, fs), evidence };
}

/**
 * A citation a <br> cut in two (`Author. «Title»: Роман. — М.: АСТ,` / `Редакция…, 2020`): the line
 * before, in the same block and ending mid-sentence, read with this one.
 */
function brokenCitation(lines: readonly Line[], i: number, used: ReadonlySet<number>): Citation | null {
  const prev = lines[i - 1];
  const l = lines[i]!;
  if (!prev || used.has(i - 1) || prev.block !== l.block || !/[,:;—–-]\s*$/.test(prev.text) || prev.text.length > 400) return null;
  return parseCitation({ ...l, text: `${prev.text.trim()} ${l.text.trim()}`, runs: null, links: null });
}

const REVIEWER_IN_HEADING =
  /(?:^|[\s–—|:-])(?:recensione di|review(?:ed)? by|rezension von|rezensiert von|compte rendu par|recensé par|reseña de|reseñado por|resenha de|рецензия от)\s+(.{4,60})$/iu;

function reviewerInHeading(text: string): string | null {
  const m = REVIEWER_IN_HEADING.exec(text);
  const name = m?.[1]?.trim();
  return name && isLoneName(name) ? name : null;
}

/** A JSON-LD person's name (the first of several), when it reads as a person's. */
function ldName(v: unknown): string | null {
  const first = Array.isArray(v) ? v[0] : v;
  const name = typeof first === 'string' ? first : first && typeof first === 'object' ? (first as { name?: unknown }).name : null;
  return typeof name === 'string' && isLoneName(name.trim()) ? name.trim() : null;
}

function offerBylineElement(doc: Document, root: Element | null, fs: FieldSet): void {
  // In the main content first; then a plain `.byline` elsewhere on the page (in a header above
  // the article), but not in sidebars, navigation, footers or forms.
  let el: Element | null = null;
  for (const c of BYLINE_CLASSES) {
    el = (root ?? doc).getElementsByClassName(c)[0] ?? null;
    if (el) break;
  }
  // A theme's own byline class (`ArticlePage-byline`).
  el ??= root?.querySelector('[class*="byline" i]') ?? null;
  if (!el && root) {
    const list = doc.getElementsByClassName('byline');
    for (let i = 0; i < list.length && i < 20 && !el; i++) {
      const e = list[i];
      if (e && !e.closest('aside, nav, footer, form')) el = e;
    }
  }
  if (!el) return;
  const text = clean((el.textContent ?? '').slice(0, 300));
  const b = parseByline(text);
  if (!b) return;
  if (fs.offer('review.reviewer', b.name, 'byline', RANK.byline, null, b.nameQuote)) {
    fs.drop('review.reviewerRole');
    fs.offer('review.reviewerRole', b.role, 'byline', RANK.byline, null, b.roleQuote);
  }
}

/** The work and its author named by the heading, else by the document title without its site suffix. */
function headingByAuthor(
  heading: { text: string } | null,
  docTitle: string,
  sites: () => readonly string[],
): { named: NonNullable<ReturnType<typeof titleByAuthor>>; from: 'heading' | 'title' } | null {
  const fromHeading = heading ? titleByAuthor(heading.text) : null;
  if (fromHeading) return { named: fromHeading, from: 'heading' };
  const fromTitle = docTitle && docTitle !== heading?.text ? titleByAuthor(docTitle) : null;
  // A document title names its site, which is no author.
  return fromTitle && !sites().some((s) => fold(s).includes(fold(fromTitle.people))) ? { named: fromTitle, from: 'title' } : null;
}

/** The names a page gives its site: its title's suffix, its logo, its og:site_name. */
function siteNames(doc: Document, titleSite: string | null): string[] {
  const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  return [titleSite, logoText(doc), og].filter((s): s is string => !!s && s.trim().length > 1);
}

/** The part of `whole` that `part` was cut from, for a quote (falls back to `whole`). */
function quoteIn(whole: string, part: string): string {
  return whole.includes(part) ? part : whole;
}

/** Labelled lines about the work outside the main content (a product page's details table). */
function labelsOutside(doc: Document, mainRoot: Element): LabelHit[] {
  return findLabelLines(collectLines(doc, OUTSIDE_LIMITS, mainRoot).lines, () => true).filter((h) => !h.keys.includes('reviewer'));
}

/** The rest of a page is read only so far: a details table is not buried under megabytes. */
const OUTSIDE_LIMITS = { maxChars: 60_000, maxLines: 2_000, maxNodes: 20_000 };

/** Words that call a page a review, in the languages read (in an address, a title, a section's name). */
const REVIEW_WORD = /review|rezension|besprechung|recension|recensione|rese[ñn]a|resenha|critique|compte[- ]rendu|inceleme|рецензи/i;
/** Words that name a section for books: `/books/`, `Libri`, `Kitaplar`, `Livres`, `Книги`. */
const BOOKS_WORD =
  /(?:^|[^\p{L}])(?:books?|livres?|libri|libros?|livros?|b[üu]cher|buch|sachbuch|kitap(?:lar)?|книг[иа]?|literatur[ea]?|littérature|letteratura|literatura|novels?|romans?|romanzi|novelas?)(?:[^\p{L}]|$)/iu;
/** A post's section as its footer or header says it: `Posted in Libri`, `Labels: Book Review`. */
const FILED_UNDER =
  /^\s*(?:posted in|filed under|categor(?:y|ies)|labels?|tags?|pubblicato in|publié dans|publicado en|publicado em|veröffentlicht in|kategori(?:e|ler)?|рубрик[аи])\s*:?\s+([\s\S]{2,120}?)\s*$/i;

function filedUnder(lines: readonly Line[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < 3; i++) {
    const t = lines[i]!.text;
    if (t.length > 160) continue;
    const m = FILED_UNDER.exec(t);
    if (m?.[1]) out.push(clean(m[1]));
  }
  return out.join(' ');
}

function hasReplies(lines: readonly Line[]): boolean {
  for (let i = 0, n = Math.min(lines.length, PROSE_WINDOW); i < n; i++) if (lines[i]!.h > 0 && REPLY.test(lines[i]!.text)) return true;
  return false;
}

/** A reply's heading in a forum thread (`Re: …`, `AW: …`). */
const REPLY = /^\s*(?:re|aw|antw|rép|rif|ynt|ответ)\s*:\s+\S/i;

/** Lines searched for the author's name in the review's prose. */
const PROSE_WINDOW = 300;

/**
 * The work's first author named again in the page's prose: a review talks about its author
 * (`Jounin rappelle que…`), where a news story's byline names someone the story does not.
 * Matched by the family name's stem, so that inflected forms count (`Багарякова`).
 */
function authorInProse(lines: readonly Line[], used: ReadonlySet<number>, people: readonly string[]): boolean {
  const first = people[0];
  if (!first) return false;
  const family = personName(first).split(/\s+/).pop() ?? '';
  if (family.replace(/[^\p{L}]/gu, '').length < 3) return false;
  const stem = family.length > 5 ? family.slice(0, family.length - 2) : family;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // As a name is written in prose (capitalised) or set in capitals, not as a common word (`students`).
  const re = new RegExp(`(?:^|[^\\p{L}])(?:${esc(stem)}|${esc(stem.toUpperCase())})`, 'u');
  for (let i = 0, n = Math.min(lines.length, PROSE_WINDOW); i < n; i++) {
    const l = lines[i]!;
    if (used.has(i) || l.h || !isProse(l.text)) continue;
    if (re.test(l.text.length > 4000 ? l.text.slice(0, 4000) : l.text)) return true;
  }
  return false;
}

/** How many paragraphs of prose stand before line `end` (counted up to five: more says no more). */
function proseCount(lines: readonly Line[], end: number): number {
  let n = 0;
  for (let i = 0; i < end && n < 5; i++) {
    const l = lines[i]!;
    if (!l.h && !l.quoted && isProse(l.text)) n++;
  }
  return n;
}

function countKeys(hits: readonly LabelHit[], strong: boolean): number {
  const keys = new Set<LabelKey>();
  for (const h of hits) for (const k of h.keys) if (STRONG_KEYS.has(k) === strong) keys.add(k);
  return keys.size;
}

/**
 * How many times a labelled record starts again: a key seen before comes back after other keys
 * (Author, Publisher, Year, Author, Publisher, Year… on a catalogue page).
 */
function repeatedRecords(hits: readonly LabelHit[]): number {
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

function pathOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return m?.[1] ?? '';
}

function isRootUrl(url: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^#]*)?/i.exec(url);
  if (!m) return false;
  const rest = m[1] ?? '/';
  return /^\/(?:index\.(?:html?|php))?$/i.test(rest);
}

const MAX_TEXT = 20_000;

function build(url: string, isReview: boolean, confidence: number, fs: FieldSet): Extraction {
  const work = emptyWork();
  const review = emptyReview();
  for (const f of WORK_FIELDS) setField(work, f, fs.get(`work.${f}`));
  if (work.title) work.title = tidyTitle(work.title, [...work.authors, ...work.editors]);
  for (const f of REVIEW_FIELDS) setField(review, f, fs.get(`review.${f}`));
  const fields = fs.provenance();
  // Drop provenance of values that did not survive.
  for (const key of Object.keys(fields)) {
    const [part, name] = key.split('.') as ['work' | 'review', string];
    const v = part === 'work' ? work[name as keyof Work] : review[name as keyof Review];
    if (v === null || (Array.isArray(v) && !v.length)) delete fields[key];
  }
  return { url: String(url ?? '').slice(0, 8192), isReview, confidence, work, review, fields };
}

/** Fields that name people, shown in reading order whichever source gave them. */
const PEOPLE = new Set(['authors', 'editors', 'reviewer']);

function setField(target: Work | Review, name: string, raw: unknown): void {
  const t = target as Record<string, unknown>;
  const cur = t[name];
  if (raw === undefined || raw === null) return;
  const v = PEOPLE.has(name)
    ? Array.isArray(raw)
      ? raw.map((x) => (typeof x === 'string' ? personName(x) : x))
      : typeof raw === 'string'
        ? personName(raw)
        : raw
    : raw;
  if (Array.isArray(cur)) {
    if (Array.isArray(v))
      t[name] = v
        .filter((x): x is string => typeof x === 'string' && !!x)
        .map((x) => x.slice(0, 2000))
        .slice(0, 200);
  } else if (name === 'pages') {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) t[name] = v;
  } else if (typeof v === 'string') t[name] = v.slice(0, MAX_TEXT);
}
